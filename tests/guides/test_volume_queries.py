"""Every public page costs the same number of queries however many guides the site has.

The same site is built with 3 and with 30 guides (made by the benchmark's generator, spread over
two categories and two authors), and each page is rendered twice: the first render fills Django's
and Wagtail's caches, the second is counted. Listings show one or two guides a page here, and the
sitemap five pages a section, so that later pages and the sitemap index exist at both volumes.
"""

import pytest
from bs4 import BeautifulSoup

from authors.models import AuthorPage
from devtools.guides_volume import make_guides
from guides import sitemaps
from tests.authors.factories import AuthorPageFactory
from tests.frameworks.factories import FrameworkFactory, FrameworkIndexPageFactory, LanguageFactory
from tests.guides.factories import (
    CaseStudyPageFactory,
    ContentPageFactory,
    GuideCategoryFactory,
    GuideIndexPageFactory,
)
from tests.guides.test_queries import site_with_chrome

pytestmark = pytest.mark.django_db

# URL: queries for one anonymous request, at 3 guides and at 30. A page below the home page is
# found by its address (core/routing.py: the site, the pages on the way, the page). Each page's
# stored social card is one query; the home page's lead (the editor's choice, the categories, the
# guides page) four more; /frameworks/ one each for its share and tier columns (the latest survey's,
# the latest benchmark's).
PAGES = {
    "/": 13,
    "/guides/": 14,
    "/guides/?page=2": 14,
    "/guides/?category=databases": 15,
    "/authors/kanika-mathur/": 12,
    "/authors/kanika-mathur/?page=2": 12,
    "/authors/": 11,
    "/feeds/guides/": 4,
    "/sitemap.xml": 3,
    "/sitemap-pages.xml": 6,
    "/robots.txt": 1,
    "/frameworks/": 16,
    "/frameworks/django/": 16,
    "/case-studies/": 12,
    "/case-studies/live-tracking/": 10,
    "/about/": 10,
    "/search/?q=x": 7,
}

VOLUMES = [pytest.param(3, id="3 guides"), pytest.param(30, id="30 guides")]


@pytest.fixture
def site_of(monkeypatch):
    """site_of(n): the whole public site with n live guides."""
    monkeypatch.setattr(AuthorPage, "guides_per_page", 1)
    monkeypatch.setattr(sitemaps.PageSitemap, "limit", 5)

    def build(guides):
        site_with_chrome(2)
        ContentPageFactory(title="About", slug="about")
        FrameworkIndexPageFactory()
        FrameworkFactory(name="Django", language=LanguageFactory(name="Python"))
        CaseStudyPageFactory(title="Live tracking", slug="live-tracking")
        AuthorPageFactory(title="Kanika Mathur", slug="kanika-mathur")
        AuthorPageFactory(title="Arjun Rao", slug="arjun-rao")
        GuideCategoryFactory(name="Databases")
        GuideCategoryFactory(name="Queues")
        # Made last, so the guides come last in the tree (and in the sitemap) at every volume.
        make_guides(guides, GuideIndexPageFactory(per_page=2))

    return build


@pytest.mark.parametrize("volume", VOLUMES)
@pytest.mark.parametrize("url", list(PAGES))
def test_every_public_page_costs_the_same_queries_at_any_number_of_guides(
    client, django_assert_num_queries, site_of, url, volume
):
    site_of(volume)
    assert client.get(url).status_code == 200

    with django_assert_num_queries(PAGES[url]):
        response = client.get(url)

    assert response.status_code == 200


def card_titles(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [title.get_text(strip=True) for title in page.select(".card__title")]


@pytest.mark.parametrize("volume", VOLUMES)
def test_the_counted_listings_show_the_newest_guides_at_any_volume(client, site_of, volume):
    site_of(volume)

    # The newest leads the home page; the cards list the six after it.
    assert card_titles(client.get("/")) == [f"Benchmark guide {number}" for number in range(1, min(volume, 7))]
    assert card_titles(client.get("/guides/?page=2")) == ["Benchmark guide 2", "Benchmark guide 3"][: volume - 2]
    assert card_titles(client.get("/authors/kanika-mathur/?page=2")) == ["Benchmark guide 2"]
