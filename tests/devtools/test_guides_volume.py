"""The guide generator and the volume benchmark run (tiny volumes here; `make bench-volume` runs 10,000)."""

from io import StringIO

import pytest
from django.core.management import call_command

from guides.models import GuidePage
from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuideCategoryFactory, GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    GuideIndexPageFactory()
    queues = GuideCategoryFactory(name="Queues")
    GuideCategoryFactory(name="Databases")
    kanika = AuthorPageFactory(title="Kanika Mathur")
    AuthorPageFactory(title="Arjun Rao")
    GuidePageFactory(title="A real guide", slug="a-real-guide", category=queues, author=kanika)


def generate(guides):
    out = StringIO()
    call_command("generate_guides", guides=guides, stdout=out)
    return out.getvalue()


def test_generate_guides_tops_up_to_n_live_guides_spread_over_categories_and_authors(client, site):
    assert generate(5) == "5 live guides (4 made now)\n"

    made = GuidePage.objects.filter(slug__startswith="bench-guide-").order_by("pk")
    assert [(guide.title, guide.category.name, guide.author.title) for guide in made] == [
        ("Benchmark guide 0", "Queues", "Kanika Mathur"),
        ("Benchmark guide 1", "Databases", "Arjun Rao"),
        ("Benchmark guide 2", "Queues", "Kanika Mathur"),
        ("Benchmark guide 3", "Databases", "Arjun Rao"),
    ]
    assert client.get("/guides/bench-guide-3/").status_code == 200


def test_generate_guides_again_changes_nothing_and_fewer_unpublishes_only_generated_guides(site):
    generate(5)

    assert generate(5) == "5 live guides (0 made now)\n"
    assert generate(2) == "2 live guides (0 made now)\n"
    assert sorted(GuidePage.objects.live().values_list("title", flat=True)) == ["A real guide", "Benchmark guide 0"]
    assert generate(6) == "6 live guides (1 made now)\n"


def test_benchmark_volume_measures_every_listing_at_each_volume(site):
    out = StringIO()

    call_command("benchmark_volume", volumes=[3, 6], renders=1, stdout=out)

    lines = out.getvalue().splitlines()
    # after the database's name (sqlite, or postgresql when DATABASE_URL is set)
    assert [line.split("; ", 1)[1] for line in lines if line.startswith("database:")] == [
        "3 live guides (2 made now)",
        "6 live guides (3 made now)",
    ]
    listings = ["/", "/guides/", "/guides/?category=databases", "/authors/kanika-mathur/", "/authors/"]
    # URL and status of each measured row, for both volumes
    assert [line.split()[:2] for line in lines if line.startswith("/")] == 2 * [
        [url, "200"] for url in [*listings, "/feeds/guides/", "/sitemap.xml"]
    ]
