"""manage.py benchmark_volume: at each volume of live guides, the status and queries of every page that
lists guides (tiny volumes here; `make bench-volume` runs 10, 1,000 and 10,000)."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.test import Client

from devtools.guides_volume import set_live_guides
from guides.models import GuidePage
from tests.authors.factories import AuthorPageFactory
from tests.devtools.measured import real_queries, reported
from tests.guides.factories import GuideCategoryFactory, GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db

LISTINGS = [
    "/",
    "/guides/",
    "/guides/?category=databases",
    "/authors/kanika-mathur/",
    "/authors/",
    "/feeds/guides/",
    "/sitemap.xml",
]


@pytest.fixture
def site():
    GuideIndexPageFactory()
    queues = GuideCategoryFactory(name="Queues")
    GuideCategoryFactory(name="Databases")
    kanika = AuthorPageFactory(title="Kanika Mathur")
    AuthorPageFactory(title="Arjun Rao")
    GuidePageFactory(title="A real guide", slug="a-real-guide", category=queues, author=kanika)


def test_the_volume_benchmark_ends_with_the_last_volume_of_live_guides(site):
    call_command("benchmark_volume", volumes=[3, 6], renders=1, stdout=StringIO())

    assert GuidePage.objects.live().count() == 6


def test_the_volume_benchmark_reports_every_listings_real_queries_at_each_volume(site):
    out = StringIO()

    call_command("benchmark_volume", volumes=[3, 6], renders=1, stdout=out)

    rows = reported(out.getvalue())
    sizes = [int(line.split()[-1].replace(",", "")) for line in out.getvalue().splitlines() if line.startswith("/")]
    assert [url for url, _, _ in rows] == LISTINGS * 2
    for volume, table, table_sizes in ((3, rows[:7], sizes[:7]), (6, rows[7:], sizes[7:])):
        set_live_guides(volume)
        assert [(status, queries) for _, status, queries in table] == [real_queries(url) for url in LISTINGS]
        # bytes, the last column: what each listing weighs at this volume, not at another
        assert table_sizes == [len(Client().get(url).content) for url in LISTINGS]


def test_with_the_page_cache_on_each_volume_measures_its_own_pages_not_a_kept_copy(site, settings):
    settings.PAGE_CACHE_SECONDS = 300
    out = StringIO()

    # 30 guides are three pages of 12 on /guides/: the kept copy from 3 guides had one.
    call_command("benchmark_volume", volumes=[3, 30], renders=1, stdout=out)

    urls = [line.split()[0] for line in out.getvalue().splitlines() if line.startswith("/")]
    assert urls[len(LISTINGS) :][:3] == ["/", "/guides/", "/guides/?page=3"]


def test_a_listing_showing_another_page_count_than_the_database_stops_the_run(site, settings, monkeypatch):
    settings.PAGE_CACHE_SECONDS = 300
    monkeypatch.setattr("devtools.management.commands.benchmark_volume.purge_everything", lambda: None)

    with pytest.raises(CommandError, match=r"^/guides/ shows 1 pages of guides where the database has 3$"):
        call_command("benchmark_volume", volumes=[3, 30], renders=1, stdout=StringIO())
