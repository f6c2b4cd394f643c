"""manage.py benchmark_guide: how many queries, how long and how much memory a guide takes to render.

Renders the page through the full request cycle (Django test client) against the configured
database (SQLite by default, PostgreSQL when DATABASE_URL is set) and prints the figures.
"""

import tracemalloc

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from frameworks.benchmarking import HEADER, measure
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
