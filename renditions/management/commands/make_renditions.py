"""Queue the renditions of every image: after a deploy that adds a size, or (with --remake, which
deletes the old ones first) after restoring a database without its renditions' files."""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from renditions.tasks import make_renditions


class Command(BaseCommand):
    help = "Queue every image's renditions for the worker (run_worker makes them)."

    def add_arguments(self, parser):
        parser.add_argument("--remake", action="store_true", help="Delete every rendition first, then make them anew.")

    def handle(self, *args, remake=False, **options):
        if remake:
            for image in get_image_model().objects.all():
                image.renditions.all().delete()
        ids = list(get_image_model().objects.values_list("pk", flat=True))
        for image_id in ids:
            make_renditions.enqueue(image_id)
        self.stdout.write(f"Queued the renditions of {len(ids)} images.")
