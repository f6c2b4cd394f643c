"""manage.py benchmark_frameworks: queries and render times of /frameworks/ and a profile page
with a large volume of frameworks data (made by devtools/frameworks_volume.py when missing).

    python manage.py benchmark_frameworks --frameworks 500 --criteria 40 --surveys 20 --renders 20
"""

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from devtools.frameworks_volume import make_volume
from devtools.measuring import HEADER, measure
from frameworks.models import Framework


class Command(BaseCommand):
    help = "Print queries and render times of the public frameworks pages at a given volume of data."

    def add_arguments(self, parser):
        parser.add_argument("--frameworks", type=int, default=500)
        parser.add_argument("--criteria", type=int, default=40)
        parser.add_argument("--surveys", type=int, default=20)
        parser.add_argument("--renders", type=int, default=20)

    def handle(self, *args, frameworks, criteria, surveys, renders, **options):
        volume = make_volume(frameworks=frameworks, criteria=criteria, surveys=surveys)
        profile = Framework.objects.filter(slug__startswith=f"{volume}-framework-").order_by("pk").first()
        urls = [
            "/frameworks/",
            f"/frameworks/?sort={volume}-criterion-0",
            f"/frameworks/{profile.slug}/",
        ]
        self.stdout.write(
            f"database: {connection.vendor}; {Framework.objects.count()} frameworks in all, "
            f"volume {frameworks} frameworks x {criteria} criteria x {surveys} surveys; {renders} renders each"
        )
        self.stdout.write(HEADER)
        for url in urls:
            measurement = measure(url, renders)
            if measurement.status != 200:
                raise CommandError(f"{url} answered {measurement.status}")
            self.stdout.write(measurement.row())
