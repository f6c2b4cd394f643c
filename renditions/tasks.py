"""The background task that makes an image's renditions (run by `manage.py run_worker`)."""

import logging
from io import BytesIO
from math import ceil

import PIL.Image
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files import File
from django.db.models import ForeignKey, Q
from django_tasks import task
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, ReferenceIndex

from page_cache.purge import page_paths, purge_after_commit

from . import specs

logger = logging.getLogger(__name__)


@task()
def make_renditions(image_id):
    """Make every rendition the site shows for this image; return how many were made.

    One at a time, so the worker holds one decoded image at a time (Wagtail's own batch opens the
    original in three threads at once), and from a reduced working copy of a large JPEG. An image
    over the pixel limit, from before the limit, is never decoded.
    """
    image = get_image_model().objects.filter(pk=image_id).first()
    if image is None:
        return 0
    if image.width * image.height > settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS:
        logger.error(
            "Image %s is %s x %s pixels, over WAGTAILIMAGES_MAX_IMAGE_PIXELS; its renditions are not made. "
            "Upload a smaller copy.",
            image.pk,
            image.width,
            image.height,
        )
        return 0
    made = 0
    missing = [spec for spec in specs.ALL if spec not in _made_specs(image)]
    working_copy = _working_copy(image) if missing else None
    for spec in missing:
        if working_copy is None:
            image.get_rendition(spec)
        else:
            _make_from(image, _filter(spec), working_copy)
        made += 1
    if made:
        # A page served meanwhile showed placeholders, and a CDN may be keeping that copy.
        purge_after_commit({path for page in pages_showing(image) for path in page_paths(page)})
    return made


def pages_showing(image):
    """Live pages that choose the image (a hero, an author's photo), and live pages that choose those
    (a guide choosing the author page whose photo it is).

    Pages choosing the image are found by their own image fields as well as by Wagtail's reference
    index: the index is brought up to date by a task that waits in the queue behind this one, so a
    page published while the renditions were being made is not in it yet."""
    page_type = ContentType.objects.get_for_model(Page)

    def choosing(obj):
        ids = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type).values_list("object_id")
        return set(Page.objects.live().filter(pk__in=[int(pk) for (pk,) in ids]).values_list("pk", flat=True))

    direct = choosing(image) | _pages_with_image_field(image)
    found = set(direct)
    for page in Page.objects.filter(pk__in=direct):
        found |= choosing(page)
    return Page.objects.filter(pk__in=found).order_by("path").specific()


def _pages_with_image_field(image):
    """Ids of live pages whose own image fields (ForeignKeys to the image model) hold this image."""
    found = set()
    for model in apps.get_models():
        if not issubclass(model, Page) or model._meta.proxy:
            continue
        fields = [
            field.attname
            for field in model._meta.local_concrete_fields
            if isinstance(field, ForeignKey) and field.related_model is type(image)
        ]
        if fields:
            chooses = Q()
            for attname in fields:
                chooses |= Q(**{attname: image.pk})
            found |= set(model.objects.live().filter(chooses).values_list("pk", flat=True))
    return found


# Twice the widest rendition (the 1440 px hero), so downscaling from it stays sharp.
WORKING_LONG_SIDE = 2880


def _working_copy(image):
    """A large JPEG decoded at 1/2, 1/4 or 1/8 scale (Pillow's draft mode, done inside the JPEG
    decoder), no smaller than WORKING_LONG_SIDE: a 40 MP original then costs a 10 MP decode instead
    of fourteen 40 MP ones. Only where the result is the same as from the original: no focal point
    (its coordinates are the original's) and no EXIF rotation. None means: use the original."""
    if image.has_focal_point() or max(image.width, image.height) < 2 * WORKING_LONG_SIDE:
        return None
    with image.open_file() as original:
        decoded = PIL.Image.open(original)
        if decoded.format != "JPEG" or decoded.getexif().get(0x0112, 1) != 1:
            return None
        ratio = WORKING_LONG_SIDE / max(decoded.size)
        decoded.draft(decoded.mode, (ceil(decoded.width * ratio), ceil(decoded.height * ratio)))
        copy = BytesIO()
        decoded.save(copy, "JPEG", quality=95, subsampling=0)
    return copy.getvalue()


def _make_from(image, filter, working_copy):
    """Image.create_rendition, from the working copy rather than the original."""
    source = File(BytesIO(working_copy), name=image.file.name)
    image.renditions.get_or_create(
        filter_spec=filter.spec,
        focal_point_key=filter.get_cache_key(image),
        defaults={"file": image.generate_rendition_file(filter, source=source)},
    )


def _made_specs(image):
    filters = [image.clean_filter_for_svg(_filter(spec)) for spec in specs.ALL]
    return {f.spec for f in image.find_existing_renditions(*filters)}


def _filter(spec):
    return Filter(spec=spec)
