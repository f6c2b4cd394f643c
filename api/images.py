"""A guide's hero image at a size the client names (`?hero_size=card`), from a fixed set of
Wagtail image specs (renditions/specs.API_SIZES) that the worker makes for every image.

Never made in the request: a rendition the worker has not made yet is left out (the hero's `sized`
field is missing) and the worker is asked for it, as the hero's other renditions are.
"""

from drf_spectacular.utils import OpenApiParameter
from rest_framework import exceptions

from renditions.ready import ready
from renditions.specs import API_SIZES

HERO_SIZE = OpenApiParameter(
    "hero_size",
    str,
    enum=list(API_SIZES),
    description="Adds `hero_image.sized`, the hero at this size: "
    + ", ".join(f"`{name}` ({spec.split('|')[0]})" for name, spec in API_SIZES.items())
    + ", WebP. Left out while the rendition is being made.",
)


def requested_size(request):
    """The size named by `?hero_size=`, or None; an unknown name is a 400 naming the parameter."""
    name = request.query_params.get("hero_size") if request else None
    if name is None:
        return None
    if name not in API_SIZES:
        raise exceptions.ValidationError({"hero_size": [f"Use one of: {', '.join(API_SIZES)}."]})
    return name


def sized_rendition(image, name, root):
    """{"size", "width", "height", "url"} of the made rendition, or None while it is not made."""
    spec = API_SIZES[name]
    rendition = ready(image).made_renditions(spec).get(spec)
    if rendition is None:
        return None
    url = rendition.url if rendition.url.startswith("http") else root + rendition.url
    return {"size": name, "width": rendition.width, "height": rendition.height, "url": url}
