"""`{% image page.photo|ready fill-96x96 %}`: Wagtail's image tags, finding renditions only (see ready.py);
`{% media_preconnect %}`: the head's early connection to the media's own origin."""

from django import template
from django.utils.html import format_html

from ..origin import media_origin
from ..ready import ready as ready_image

register = template.Library()


@register.filter
def ready(image):
    return ready_image(image)


@register.simple_tag
def media_preconnect():
    """Where media come from another origin, a reader's browser opens its connection to it while the
    page is still arriving, so the hero image (the largest paint) does not wait for DNS, TCP and TLS."""
    origin = media_origin()
    return format_html('<link rel="preconnect" href="{}">', origin) if origin else ""
