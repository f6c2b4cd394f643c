"""The sitemap: one list while the site fits in a section, else an index of sections of bounded size."""

from datetime import UTC, datetime
from xml.etree import ElementTree

import pytest
from django.contrib.sitemaps.views import sitemap as django_sitemap
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap as WagtailSitemap
from wagtail.models import PageViewRestriction

from guides import sitemaps
from tests.authors.factories import AuthorPageFactory
from tests.frameworks.factories import FrameworkFactory, FrameworkIndexPageFactory
from tests.guides.factories import ContentPageFactory, GuideIndexPageFactory, GuidePageFactory
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def xml(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return ElementTree.fromstring(response.content)


def locations(root, tag):
    return [element.findtext("sm:loc", namespaces=NS) for element in root.findall(f"sm:{tag}", NS)]


@pytest.fixture
def seven_pages():
    """Home, the guide index, three guides, the author index and an author, in this tree order."""
    home_page()
    index = GuideIndexPageFactory()
    author = AuthorPageFactory(title="Kanika Mathur", slug="kanika-mathur")
    for slug in ["queues", "caching", "databases"]:
        GuidePageFactory(slug=slug, parent=index, author=author)


def test_a_site_that_fits_in_one_section_gets_its_pages_at_sitemap_xml(client, seven_pages, monkeypatch):
    monkeypatch.setattr(sitemaps.PageSitemap, "limit", 7)

    assert locations(xml(client, "/sitemap.xml"), "url") == [
        "http://localhost/",
        "http://localhost/guides/",
        "http://localhost/guides/queues/",
        "http://localhost/guides/caching/",
        "http://localhost/guides/databases/",
        "http://localhost/authors/",
        "http://localhost/authors/kanika-mathur/",
    ]


def test_a_larger_site_gets_an_index_of_sections_at_sitemap_xml(client, seven_pages, monkeypatch):
    monkeypatch.setattr(sitemaps.PageSitemap, "limit", 3)

    index = xml(client, "/sitemap.xml")

    assert index.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    assert locations(index, "sitemap") == [
        "http://localhost/sitemap-pages.xml",
        "http://localhost/sitemap-pages.xml?p=2",
        "http://localhost/sitemap-pages.xml?p=3",
    ]
    assert locations(xml(client, "/sitemap-pages.xml"), "url") == [
        "http://localhost/",
        "http://localhost/guides/",
        "http://localhost/guides/queues/",
    ]
    assert locations(xml(client, "/sitemap-pages.xml?p=2"), "url") == [
        "http://localhost/guides/caching/",
        "http://localhost/guides/databases/",
        "http://localhost/authors/",
    ]
    assert locations(xml(client, "/sitemap-pages.xml?p=3"), "url") == ["http://localhost/authors/kanika-mathur/"]


def test_a_section_past_the_last_is_not_found(client, seven_pages, monkeypatch):
    monkeypatch.setattr(sitemaps.PageSitemap, "limit", 3)

    assert client.get("/sitemap-pages.xml?p=4").status_code == 404


def test_the_index_names_the_configured_address_not_the_host_header(client, seven_pages, monkeypatch):
    monkeypatch.setattr(sitemaps.PageSitemap, "limit", 2)

    response = client.get("/sitemap.xml", HTTP_HOST="localhost:9999")

    assert b"localhost:9999" not in response.content
    assert b"<loc>http://localhost/sitemap-pages.xml?p=2</loc>" in response.content


def test_the_index_like_each_section_is_kept_out_of_search_results(client, seven_pages, monkeypatch):
    monkeypatch.setattr(sitemaps.PageSitemap, "limit", 3)

    assert client.get("/sitemap.xml")["X-Robots-Tag"] == "noindex, noodp, noarchive"
    assert client.get("/sitemap-pages.xml?p=2")["X-Robots-Tag"] == "noindex, noodp, noarchive"


def test_robots_txt_points_at_sitemap_xml(client, seven_pages):
    assert client.get("/robots.txt").content.decode() == (
        "User-agent: *\nDisallow: /admin/\n\nSitemap: http://localhost/sitemap.xml\n"
    )


def test_a_section_is_byte_for_byte_what_wagtails_own_sitemap_gives(client, rf, seven_pages, django_assert_num_queries):
    FrameworkIndexPageFactory()
    FrameworkFactory(name="Litestar", slug="litestar")  # the frameworks page lists each profile too
    GuidePageFactory(slug="expired", expire_at=datetime(2026, 1, 1, tzinfo=UTC))
    PageViewRestriction.objects.create(page=ContentPageFactory(slug="private"), restriction_type="login")
    client.get("/sitemap.xml")  # the site's caches

    # The site, its restrictions, the count, the section's rows, the frameworks page, its profiles.
    with django_assert_num_queries(6):
        ours = client.get("/sitemap.xml")
    request = rf.get("/sitemap.xml")
    wagtails = django_sitemap(request, {"pages": WagtailSitemap(request)})
    wagtails.render()

    assert ours.content == wagtails.content
    assert b"http://localhost/frameworks/litestar/" in ours.content
    assert b"/guides/expired/" not in ours.content and b"/private/" not in ours.content
    assert ours.get("Last-Modified") == wagtails.get("Last-Modified")
