"""manage.py benchmark_volume: what the listings cost at each volume of guides.

For each volume (`--volumes 10,1000,10000`) the site is given that many live guides
(devtools/guides_volume.py), then each page that lists guides is measured through the full request cycle
against the configured database (SQLite by default, PostgreSQL when DATABASE_URL is set): home,
/guides/ (first and last page, a category), the first author's page (first and last page), the
author index, the feed, and the sitemap with its first and last section when it is an index.
Queries, median and p90 render times and bytes are printed per URL (devtools/measuring.py);
a cost that stays flat down a URL's rows is the point. Figures are printed, never asserted.

The volumes are written in bulk, so every kept page is purged before a volume is measured, and a
listing whose page count differs from the database's stops the run: no row measures a stale page.
"""

import math
import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.test import Client

from authors.models import AuthorIndexPage, AuthorPage
from devtools.guides_volume import set_live_guides
from devtools.measuring import HEADER, measure
from guides.models import GuideCategory, GuideIndexPage, GuidePage
from page_cache.store import purge_everything

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def volumes(text):
    try:
        return [int(part) for part in text.split(",")]
    except ValueError as error:
        raise ValueError(f"'{text}' is not a comma-separated list of numbers") from error


class Command(BaseCommand):
    help = "Print queries, median/p90 render times and bytes of every guide listing at each volume of guides."

    def add_arguments(self, parser):
        parser.add_argument("--volumes", type=volumes, default=[10, 1_000, 10_000], help="e.g. 10,1000,10000")
        parser.add_argument("--renders", type=int, default=20, help="Renders per URL measured.")

    def handle(self, *args, volumes, renders, **options):
        client = Client(HTTP_HOST="127.0.0.1")
        for volume in volumes:
            try:
                made = set_live_guides(volume)
            except ValueError as error:
                raise CommandError(str(error)) from error
            # The volume is written in bulk, which tells no page it changed: every kept page is stale.
            purge_everything()
            live = GuidePage.objects.live().count()
            self.stdout.write(f"\ndatabase: {connection.vendor}; {live:,} live guides ({made:,} made now)")
            self.stdout.write(f"{renders} renders per URL")
            self.stdout.write(HEADER)
            for url in self.urls(client):
                measurement = measure(url, renders, client)
                if measurement.status != 200:
                    raise CommandError(f"{url} answered {measurement.status}")
                self.stdout.write(measurement.row())

    def urls(self, client):
        index = GuideIndexPage.objects.live().order_by("path").first()
        if index is None:
            raise CommandError("No live guide index. Run: python manage.py load_demo")
        index_pages = math.ceil(GuidePage.objects.child_of(index).readable().count() / index.per_page)
        urls = ["/", index.url, *self.last_page(client, index.url, index_pages)]
        category = GuideCategory.objects.filter(guides__live=True).order_by("name").first()
        if category:
            urls.append(f"{index.url}?category={category.slug}")
        author = AuthorPage.objects.live().filter(guides__live=True).order_by("path").first()
        if author:
            author_pages = math.ceil(author.published_guides().count() / author.guides_per_page)
            urls += [author.url, *self.last_page(client, author.url, author_pages)]
        author_index = AuthorIndexPage.objects.live().first()
        if author_index:
            urls.append(author_index.url)
        return [*urls, "/feeds/guides/", *self.sitemaps(client)]

    @staticmethod
    def last_page(client, url, expected):
        """The listing's last page (the costliest to reach), when it has more than one. A listing that
        shows another number of pages than the database holds (a stale copy) stops the benchmark."""
        found = re.search(r"Page 1 of (\d+)", client.get(url).content.decode())
        shown = int(found[1]) if found else 1
        if shown != max(expected, 1):
            raise CommandError(f"{url} shows {shown} pages of guides where the database has {expected}")
        return [f"{url}?page={shown}"] if shown > 1 else []

    @staticmethod
    def sitemaps(client):
        """/sitemap.xml and, when it is an index, its first and last section."""
        root = ElementTree.fromstring(client.get("/sitemap.xml").content)
        sections = []
        if root.tag == f"{SITEMAP}sitemapindex":
            sections = [urlsplit(loc.text) for loc in root.iter(f"{SITEMAP}loc")]
            sections = [f"{part.path}?{part.query}" if part.query else part.path for part in sections]
        return ["/sitemap.xml", *dict.fromkeys(sections[:1] + sections[-1:])]
