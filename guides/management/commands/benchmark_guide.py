"""manage.py benchmark_guide: how many queries, how long and how much memory a guide takes to render.

Renders the page through the full request cycle (Django test client) against the configured
database (SQLite by default, PostgreSQL when DATABASE_URL is set) and prints the figures.
`--callgrind` prints the CPU instructions one render costs instead (frameworks/callgrind.py).
"""

import tracemalloc

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from frameworks.benchmarking import HEADER, measure
from frameworks.callgrind import manage_py_command, measure_instructions
from guides.models import GuidePage

# Renders before the counted ones in a --callgrind run: the first makes missing renditions and
# fills the template and Wagtail caches, the second settles what the first left behind.
WARM_UP_RENDERS = 2


class Command(BaseCommand):
    help = "Print the query count, render times and peak memory of one guide page."

    def add_arguments(self, parser):
        parser.add_argument("--slug", default="backend-frameworks-compared")
        parser.add_argument("--renders", type=int, default=100)
        parser.add_argument(
            "--callgrind",
            action="store_true",
            help="Print CPU instructions per render, counted by valgrind's callgrind (1 and 11 renders).",
        )
        # What each run under callgrind does: the warm-up, then this many renders, nothing printed.
        parser.add_argument("--callgrind-renders", type=int, help="(internal) run by --callgrind under valgrind")

    def handle(self, *args, slug, renders, callgrind, callgrind_renders, **options):
        guide = GuidePage.objects.live().filter(slug=slug).first()
        if guide is None:
            raise CommandError(f"No live guide with slug '{slug}'. Run: python manage.py load_demo")
        if callgrind_renders is not None:
            return self.render_only(guide.url, callgrind_renders)
        if callgrind:
            return self.count_instructions(guide.url, slug)

        client = Client(HTTP_HOST="127.0.0.1")
        measurement = measure(guide.url, renders, client)
        if measurement.status != 200:
            raise CommandError(f"{guide.url} answered {measurement.status}")

        tracemalloc.start()
        client.get(guide.url)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        self.stdout.write(f"database: {connection.vendor}; {renders} renders")
        self.stdout.write(HEADER)
        self.stdout.write(measurement.row())
        self.stdout.write(f"peak Python memory during one render: {peak / 1024 / 1024:.1f} MiB")

    def render_only(self, url, renders):
        client = Client(HTTP_HOST="127.0.0.1")
        for _ in range(WARM_UP_RENDERS):
            if client.get(url).status_code != 200:
                raise CommandError(f"{url} did not answer 200")
        for _ in range(renders):
            client.get(url)

    def count_instructions(self, url, slug):
        try:
            per_render, few, many = measure_instructions(
                manage_py_command("benchmark_guide", "--slug", slug, "--callgrind-renders")
            )
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"database: {connection.vendor}; valgrind --tool=callgrind, 1 and 11 renders of {url}")
        self.stdout.write(f"instructions, 1 render:   {few:>15,}")
        self.stdout.write(f"instructions, 11 renders: {many:>15,}")
        self.stdout.write(f"instructions per render:  {per_render:>15,.0f}")
