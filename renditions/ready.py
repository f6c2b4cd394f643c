"""Renditions as a page shows them: found if made, a placeholder if not, never made here.

`ready(image)` wraps an image so that Wagtail's `{% image %}` and `{% picture %}` tags (and code
that calls `get_rendition`) only look renditions up, through Wagtail's own prefetch, cache and
database lookups. A rendition not made yet becomes a `PendingRendition`: the placeholder SVG at the
size the rendition will have (worked out from the stored width, height and focal point, without
opening the file), and the worker is asked, once in a while, to make the image's renditions.
"""

import logging

from django.apps import apps
from django.core.cache import cache
from django.forms.utils import flatatt
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from wagtail.images.models import Filter

logger = logging.getLogger(__name__)

PLACEHOLDER = "renditions/pending.svg"
# How long a page waits before asking the worker again about the same image.
ASK_AGAIN_SECONDS = 300


class PendingRendition:
    """Stands in for a rendition the worker has not made yet; renders like one."""

    def __init__(self, image, filter):
        self.image = image
        self.filter_spec = filter.spec
        self.width, self.height = filter.get_transform(image).size
        self.url = static(PLACEHOLDER)
        self.full_url = self.url

    @property
    def alt(self):
        return self.image.default_alt_text

    @property
    def attrs_dict(self):
        return {"src": self.url, "width": self.width, "height": self.height, "alt": self.alt}

    def img_tag(self, extra_attributes=None):
        attrs = {**self.attrs_dict, **apps.get_app_config("wagtailimages").default_attrs, **(extra_attributes or {})}
        return mark_safe(f"<img{flatatt(attrs)}>")  # noqa: S308 - flatatt escapes the values

    def __html__(self):
        return self.img_tag()


class ReadyImage:
    """An image whose renditions are looked up, never made; everything else is the image's own."""

    def __init__(self, image):
        self._image = image

    def __getattr__(self, name):
        return getattr(self._image, name)

    def __eq__(self, other):
        return self._image == getattr(other, "_image", other)

    def __hash__(self):
        return hash(self._image)

    def _filters(self, specs):
        filters = [spec if isinstance(spec, Filter) else Filter(spec=spec) for spec in specs]
        return list(dict.fromkeys(self._image.clean_filter_for_svg(f) for f in filters))

    def get_rendition(self, filter):
        return self.get_renditions(filter).popitem()[1]

    def get_renditions(self, *specs):
        """The made renditions among these, in order; when none is made, a placeholder for the first."""
        made = self.made_renditions(*specs)
        if made:
            return made
        first = self._filters(specs)[0]
        return {first.spec: PendingRendition(self._image, first)}

    def made_renditions(self, *specs):
        """Only the made renditions among these, in order (the API's answer: a rendition not made yet
        is left out, never a placeholder); the worker is asked for the rest."""
        filters = self._filters(specs)
        found = self._image.find_existing_renditions(*filters)
        self._remember(found)
        if len(found) < len(filters):
            self._ask_worker([f.spec for f in filters if f not in found])
        return {f.spec: found[f] for f in filters if f in found}

    def _remember(self, found):
        """Put what the database gave into Wagtail's rendition cache, as `get_rendition` would."""
        fresh = {f: r for f, r in found.items() if not getattr(r, "_from_cache", False)}
        if fresh:
            image, Rendition = self._image, self._image.get_rendition_model()
            keys = {f: Rendition.construct_cache_key(image, f.get_cache_key(image), f.spec) for f in fresh}
            Rendition.cache_backend.set_many({keys[f]: rendition for f, rendition in fresh.items()})

    def _ask_worker(self, missing):
        if cache.add(f"renditions:asked:{self._image.pk}", True, ASK_AGAIN_SECONDS):
            from .tasks import make_renditions

            logger.info("Image %s has no %s rendition yet; asked the worker to make it", self._image.pk, missing[0])
            make_renditions.enqueue(self._image.pk)


def ready(image):
    """The image, wrapped so that a page only ever finds renditions (None stays None)."""
    if image is None or isinstance(image, ReadyImage):
        return image
    return ReadyImage(image)
