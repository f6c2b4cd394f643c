from django.apps import AppConfig
from django.conf import settings


class RenditionsConfig(AppConfig):
    name = "renditions"
    verbose_name = "Image renditions"

    def ready(self):
        from PIL import Image as PILImage

        from . import signals  # noqa: F401  (queue renditions on upload and on publish)

        # Pillow's decompression-bomb guard, at the site's own limit: an image over twice this many
        # pixels raises instead of being decoded, on any path (Pillow only warns between 1x and 2x;
        # the upload form and the rendition task refuse those themselves).
        PILImage.MAX_IMAGE_PIXELS = settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS
