"""How long the worker takes, and how much memory it peaks at, to make every rendition of a large
JPEG (40 MP by default): the figure that decides how big a worker machine must be.

    manage.py benchmark_renditions [--width 8000 --height 5000] [--from-original]

The image is made in a child process (so making it costs this process nothing), uploaded as an
editor would, its renditions made by the task itself, then deleted with its files.
"""

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from django.core.files import File
from django.core.management.base import BaseCommand
from django.db.models.signals import post_save
from wagtail.images import get_image_model
from wagtail.models import Collection

from renditions import signals, tasks

MAKE_JPEG = (
    "import sys; from PIL import Image; width, height, path = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]; "
    "Image.linear_gradient('L').resize((width, height)).convert('RGB').save(path, 'JPEG', quality=90)"
)


def peak_mb():
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024


class Command(BaseCommand):
    help = "Time and peak memory of making every rendition of a large JPEG."

    def add_arguments(self, parser):
        parser.add_argument("--width", type=int, default=8000)
        parser.add_argument("--height", type=int, default=5000)
        parser.add_argument("--from-original", action="store_true", help="Decode the original for each rendition.")

    def handle(self, *args, width, height, from_original, **options):
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "benchmark.jpg"
            subprocess.run([sys.executable, "-c", MAKE_JPEG, str(width), str(height), str(path)], check=True)
            with path.open("rb") as handle:
                image = get_image_model()(
                    title="Rendition benchmark",
                    collection=Collection.get_first_root_node(),
                    file=File(handle, name="benchmark.jpg"),
                )
                # Not queued for a worker (one may be running beside the site): called directly below.
                post_save.disconnect(
                    signals.queue_renditions_on_upload, sender=get_image_model(), dispatch_uid="renditions-upload"
                )
                try:
                    image.save()
                finally:
                    post_save.connect(
                        signals.queue_renditions_on_upload, sender=get_image_model(), dispatch_uid="renditions-upload"
                    )
        if from_original:
            tasks._working_copy = lambda image: None
        try:
            before, start = peak_mb(), time.perf_counter()
            made = tasks.make_renditions.call(image.pk)
            seconds = time.perf_counter() - start
            self.stdout.write(
                f"{width} x {height} JPEG ({width * height / 1e6:.0f} MP), "
                f"{'from the original' if from_original else 'from a working copy'}: "
                f"{made} renditions in {seconds:.1f} s, peak memory {peak_mb()} MB (was {before} MB before)"
            )
        finally:
            for rendition in image.renditions.all():
                rendition.file.delete(save=False)
            image.file.delete(save=False)
            image.delete()
