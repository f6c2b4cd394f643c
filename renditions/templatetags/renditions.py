"""`{% image page.photo|ready fill-96x96 %}`: Wagtail's image tags, finding renditions only (see ready.py)."""

from django import template

from ..ready import ready as ready_image

register = template.Library()


@register.filter
def ready(image):
    return ready_image(image)
