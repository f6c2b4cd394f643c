"""manage.py benchmark_guide: how many queries, how long and how much memory a guide takes to render.

Renders the page through the full request cycle (Django test client) against the configured
database (SQLite by default, PostgreSQL when DATABASE_URL is set) and prints the figures: every
render is a render (the page cache's middleware, which would answer from a kept copy, is left out),
once as a signed-in editor or a cold server gets it with the page's costly parts kept between
requests (page_cache/fragments.py), once with nothing kept (`--nothing-kept` alone).
`--callgrind` prints the CPU instructions one render costs instead (devtools/callgrind.py).
"""

import tracemalloc

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client, override_settings

from devtools.callgrind import manage_py_command, measure_instructions
from devtools.measuring import HEADER, PAGE_CACHE_MIDDLEWARE, measure
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
        parser.add_argument(
            "--nothing-kept", action="store_true", help="Only render with no part of the page kept between requests."
        )
        # What each run under callgrind does: the warm-up, then this many renders, nothing printed.
        parser.add_argument("--callgrind-renders", type=int, help="(internal) run by --callgrind under valgrind")

    def handle(self, *args, slug, renders, callgrind, callgrind_renders, nothing_kept, **options):
        guide = GuidePage.objects.live().filter(slug=slug).first()
        if guide is None:
            raise CommandError(f"No live guide with slug '{slug}'. Run: python manage.py load_demo")
        middleware = [name for name in settings.MIDDLEWARE if name != PAGE_CACHE_MIDDLEWARE]
        modes = [("nothing kept", 0)] if nothing_kept else [("parts kept", 300), ("nothing kept", 0)]
        if callgrind_renders is not None:
            with override_settings(MIDDLEWARE=middleware, PAGE_CACHE_SECONDS=modes[0][1]):
                return self.render_only(guide.url, callgrind_renders)
        if callgrind:
            return self.count_instructions(guide.url, slug, nothing_kept)

        self.stdout.write(f"database: {connection.vendor}; {renders} renders each")
        self.stdout.write(f"{'':<13} {HEADER}")
        for label, seconds in modes:
            with override_settings(MIDDLEWARE=middleware, PAGE_CACHE_SECONDS=seconds):
                client = Client(HTTP_HOST="127.0.0.1")
                measurement = measure(guide.url, renders, client)
                if measurement.status != 200:
                    raise CommandError(f"{guide.url} answered {measurement.status}")
                tracemalloc.start()
                client.get(guide.url)
                _, peak = tracemalloc.get_traced_memory()
                tracemalloc.stop()
            self.stdout.write(f"{label:<13} {measurement.row()}  peak {peak / 1024 / 1024:.1f} MiB")

    def render_only(self, url, renders):
        client = Client(HTTP_HOST="127.0.0.1")
        for _ in range(WARM_UP_RENDERS):
            if client.get(url).status_code != 200:
                raise CommandError(f"{url} did not answer 200")
        for _ in range(renders):
            client.get(url)

    def count_instructions(self, url, slug, nothing_kept):
        flags = ["--nothing-kept"] if nothing_kept else []
        try:
            per_render, few, many = measure_instructions(
                manage_py_command("benchmark_guide", "--slug", slug, *flags, "--callgrind-renders")
            )
        except RuntimeError as error:
            raise CommandError(str(error)) from error
        kept = "nothing kept" if nothing_kept else "parts kept"
        self.stdout.write(
            f"database: {connection.vendor}; valgrind --tool=callgrind, 1 and 11 renders of {url} ({kept})"
        )
        self.stdout.write(f"instructions, 1 render:   {few:>15,}")
        self.stdout.write(f"instructions, 11 renders: {many:>15,}")
        self.stdout.write(f"instructions per render:  {per_render:>15,.0f}")
