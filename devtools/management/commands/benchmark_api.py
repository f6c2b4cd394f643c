"""manage.py benchmark_api: p50 and p99 of the guides API at volume, over one database connection.

Makes `--guides` live guides beside the one measured (by default the demo guide; made on the first
run by devtools/guides_volume.py and kept, so a second run only measures), then requests the guide list
(the first page, as a client sees it) and the guide's detail, each built (no kept answer) and kept
(the answer kept under its ETag, as a repeated request gets it), and the list answered 304 to its
ETag, through the full request cycle (Django's test client) against the configured database:
SQLite by default, PostgreSQL when DATABASE_URL is set. Throttling is lifted for the run, and the
connection stays open between requests (as CONN_MAX_AGE would keep it) so that each figure is the
API's own time. Figures are printed, never asserted.
"""

import statistics
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import Client, override_settings

from devtools.guides_volume import generated_guides, make_guides
from devtools.http_load import percentile
from guides.models import GuidePage


class Command(BaseCommand):
    help = "Print p50/p99 of the guide list and a guide's detail in the API with N guides."

    def add_arguments(self, parser):
        parser.add_argument("--guides", type=int, default=10_000, help="How many guides to have besides it.")
        parser.add_argument("--requests", type=int, default=200, help="Requests per operation measured.")
        parser.add_argument("--slug", default="backend-frameworks-compared", help="The guide whose detail is measured.")

    def handle(self, *args, guides, requests, slug, **options):
        guide = GuidePage.objects.live().filter(slug=slug).first()
        if guide is None:
            raise CommandError(f"No live guide with slug '{slug}'. Run: python manage.py load_demo")
        # Generated guides go beside the measured one, under its index (devtools/guides_volume.py).
        made = make_guides(guides - generated_guides().count(), guide.get_parent())
        total = GuidePage.objects.live().count()
        rates = {"anonymous": "100000000/minute", "key": "100000000/minute"}
        rest_framework = {**settings.REST_FRAMEWORK, "DEFAULT_THROTTLE_RATES": rates}
        detail = f"/api/v1/guides/{guide.pk}/"
        # (label, address, headers (None: the first answer's ETag as If-None-Match), keep answers)
        operations = [
            ("GET /api/v1/guides/ built", "/api/v1/guides/", {}, False),
            ("GET /api/v1/guides/ kept", "/api/v1/guides/", {}, True),
            ("GET /api/v1/guides/ (304)", "/api/v1/guides/", None, False),
            (f"GET {detail} built", detail, {}, False),
            (f"GET {detail} kept", detail, {}, True),
        ]
        request_started.disconnect(close_old_connections)
        request_finished.disconnect(close_old_connections)
        try:
            with override_settings(REST_FRAMEWORK=rest_framework):
                rows = []
                for label, url, headers, keep in operations:
                    with override_settings(API_RESPONSE_CACHE_SECONDS=300 if keep else 0):
                        rows.append(self.measure(label, url, headers, requests))
        finally:
            request_started.connect(close_old_connections)
            request_finished.connect(close_old_connections)

        self.stdout.write(
            f"database: {connection.vendor}; {total:,} live guides ({made:,} made now); {requests} requests each"
        )
        self.stdout.write(f"{'operation':<36} {'code':>4} {'queries':>8} {'p50 ms':>8} {'p99 ms':>8} {'bytes':>9}")
        for label, status, queries, p50, p99, size in rows:
            self.stdout.write(f"{label:<36} {status:>4} {queries:>8} {p50:>8.2f} {p99:>8.2f} {size:>9,}")

    def measure(self, label, url, headers, requests):
        client = Client(HTTP_HOST="127.0.0.1")
        first = client.get(url)  # warm-up: renditions, caches
        if first.status_code != 200:
            raise CommandError(f"{url} answered {first.status_code}: {first.content[:200]!r}")
        if headers is None:  # the conditional request a client repeats
            headers = {"HTTP_IF_NONE_MATCH": first["ETag"]}
        queries = []

        def count_query(execute, sql, params, many, context):
            queries.append(sql)
            return execute(sql, params, many, context)

        with connection.execute_wrapper(count_query):
            response = client.get(url, **headers)
        timings = []
        for _ in range(requests):
            started = time.perf_counter()
            client.get(url, **headers)
            timings.append((time.perf_counter() - started) * 1000)
        return (
            label,
            response.status_code,
            len(queries),
            statistics.median(timings),
            percentile(timings, 0.99),
            len(response.content),
        )
