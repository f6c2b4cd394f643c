"""manage.py benchmark_guide: how many queries, how long and how much memory a guide takes to render.

Renders the page through the full request cycle (Django test client) against the configured
database (SQLite by default, PostgreSQL when DATABASE_URL is set) and prints the figures.
"""

import statistics
import time
import tracemalloc

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from guides.models import GuidePage


class Command(BaseCommand):
    help = "Print the query count, render times and peak memory of one guide page."

    def add_arguments(self, parser):
        parser.add_argument("--slug", default="backend-frameworks-compared")
        parser.add_argument("--renders", type=int, default=100)

    def handle(self, *args, slug, renders, **options):
        guide = GuidePage.objects.live().filter(slug=slug).first()
        if guide is None:
            raise CommandError(f"No live guide with slug '{slug}'. Run: python manage.py load_demo")
        client = Client(HTTP_HOST="127.0.0.1")
        url = guide.url

        started = time.perf_counter()
        first = client.get(url)  # warm-up: makes any missing image renditions, fills template caches
        first_ms = (time.perf_counter() - started) * 1000
        if first.status_code != 200:
            raise CommandError(f"{url} answered {first.status_code}")

        # Counted with an execute wrapper: Django clears connection.queries at each request start.
        queries = []

        def count_query(execute, sql, params, many, context):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count_query):
            client.get(url)

        timings = []
        for _ in range(renders):
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200

        tracemalloc.start()
        client.get(url)
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()

        timings.sort()
        self.stdout.write(f"guide: {url} ({len(first.content):,} bytes of HTML)")
        self.stdout.write(f"database: {connection.vendor}")
        self.stdout.write(f"first render (makes missing image renditions): {first_ms:.1f} ms")
        self.stdout.write(f"queries per render: {len(queries)}")
        self.stdout.write(
            f"render time over {renders} renders: median {statistics.median(timings):.1f} ms, "
            f"p90 {timings[int(len(timings) * 0.9) - 1]:.1f} ms, min {timings[0]:.1f} ms, max {timings[-1]:.1f} ms"
        )
        self.stdout.write(f"peak Python memory during one render: {peak / 1024 / 1024:.1f} MiB")
