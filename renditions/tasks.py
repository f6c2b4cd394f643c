"""The background task that makes an image's renditions (run by `manage.py run_worker`)."""

import logging

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django_tasks import task
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from . import specs

logger = logging.getLogger(__name__)


@task()
def make_renditions(image_id):
    """Make every rendition the site shows for this image; return how many were made.

    One at a time, so the worker holds one decoded original at a time (Wagtail's own batch opens it
    in three threads at once). An image over the pixel limit, from before the limit, is never decoded.
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
    for spec in missing:
        image.get_rendition(spec)
        made += 1
    if made:
        # A page served meanwhile showed placeholders, and a CDN may be keeping that copy.
        purge_pages_from_cache(pages_showing(image))
    return made


def pages_showing(image):
    """Live pages that choose the image (a hero), and live pages that choose those (a guide
    choosing the author page whose photo it is), by Wagtail's reference index."""
    page_type = ContentType.objects.get_for_model(Page)

    def choosing(obj):
        ids = ReferenceIndex.get_references_to(obj).filter(base_content_type=page_type).values_list("object_id")
        return set(Page.objects.live().filter(pk__in=[int(pk) for (pk,) in ids]).values_list("pk", flat=True))

    direct = choosing(image)
    found = set(direct)
    for page in Page.objects.filter(pk__in=direct):
        found |= choosing(page)
    return Page.objects.filter(pk__in=found).order_by("path").specific()


def _made_specs(image):
    filters = [image.clean_filter_for_svg(_filter(spec)) for spec in specs.ALL]
    return {f.spec for f in image.find_existing_renditions(*filters)}


def _filter(spec):
    from wagtail.images.models import Filter

    return Filter(spec=spec)
