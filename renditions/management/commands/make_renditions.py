"""Queue the renditions of every image (after a deploy that adds a size, or a restore without them)."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from renditions.tasks import make_renditions


class Command(BaseCommand):
    help = "Queue every image's renditions for the worker (run_worker makes them)."

    def handle(self, *args, **options):
        ids = list(get_image_model().objects.values_list("pk", flat=True))
        for image_id in ids:
            make_renditions.enqueue(image_id)
        self.stdout.write(f"Queued the renditions of {len(ids)} images.")
