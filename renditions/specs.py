"""Every rendition the site shows, by where it is shown. The templates name these same specs;
`tasks.make_renditions` makes them all for every image, so a reader never waits for one."""

from wagtail.images.models import Filter

# templates/guides/guide_page.html: {% picture page.hero_image format-{avif,webp,jpeg} width-{480,960,1440} %}
HERO = Filter.expand_spec("format-{avif,webp,jpeg}|width-{480,960,1440}")
# The home page's guide cards (templates/includes/guide_card.html with picture): 16:9, whatever the hero's shape.
CARD = Filter.expand_spec("format-{webp,jpeg}|fill-{400x225,800x450}")
# Open Graph, Twitter card and JSON-LD image of a guide (GuidePage.get_context).
SOCIAL = "fill-1200x630|format-jpeg"
# Author photo in a guide's byline and on the authors index; in the bio and on the author's page.
AUTHOR_SMALL = "fill-96x96"
# The authors index's photos, at 1x, 2x and 3x for sharp phones.
AUTHOR_INDEX = Filter.expand_spec("fill-{96x96,192x192,288x288}")
AUTHOR_LARGE = "fill-160x160"
# The API's author photo (api/authors/serializers.py).
API_AUTHOR_PHOTO = "fill-240x240|format-webp"
# The sizes an API client may ask a guide's hero image in (`?hero_size=`, api/images.py): a fixed set,
# so the worker makes each for every image and a request never makes one.
API_SIZES = {
    "thumbnail": "fill-320x180|format-webp",
    "card": "fill-640x360|format-webp",
    "square": "fill-600x600|format-webp",
    "wide": "width-1920|format-webp",
}
# The admin's listings and choosers, and the image edit view: editors wait less too.
ADMIN = ["max-165x165", "max-800x600"]

ALL = list(
    dict.fromkeys(
        [*HERO, *CARD, SOCIAL, AUTHOR_SMALL, *AUTHOR_INDEX, AUTHOR_LARGE, API_AUTHOR_PHOTO, *API_SIZES.values(), *ADMIN]
    )
)
