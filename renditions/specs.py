"""Every rendition the site shows, by where it is shown. The templates name these same specs;
`tasks.make_renditions` makes them all for every image, so a reader never waits for one."""

from wagtail.images.models import Filter

# templates/guides/guide_page.html: {% picture page.hero_image format-{avif,webp,jpeg} width-{480,960,1440} %}
HERO = Filter.expand_spec("format-{avif,webp,jpeg}|width-{480,960,1440}")
# Open Graph, Twitter card and JSON-LD image of a guide (GuidePage.get_context).
SOCIAL = "fill-1200x630|format-jpeg"
# Author photo in a guide's byline and on the authors index; in the bio and on the author's page.
AUTHOR_SMALL = "fill-96x96"
# The authors index's photos, at 1x, 2x and 3x for sharp phones.
AUTHOR_INDEX = Filter.expand_spec("fill-{96x96,192x192,288x288}")
AUTHOR_LARGE = "fill-160x160"
# The API's author photo (api/authors/serializers.py).
API_AUTHOR_PHOTO = "fill-240x240|format-webp"
# The admin's listings and choosers, and the image edit view: editors wait less too.
ADMIN = ["max-165x165", "max-800x600"]

ALL = list(dict.fromkeys([*HERO, SOCIAL, AUTHOR_SMALL, *AUTHOR_INDEX, AUTHOR_LARGE, API_AUTHOR_PHOTO, *ADMIN]))
