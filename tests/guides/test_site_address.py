"""One configured address for the site: `manage.py apply_site_url` sets the Wagtail Site from
WAGTAILADMIN_BASE_URL, and robots.txt, the feed, the sitemap and canonical URLs use it whatever Host
header a request comes with."""

from io import StringIO
from xml.etree import ElementTree

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Site

from tests.guides.factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db

HOSTILE_HOST = "localhost:9999"


@pytest.fixture
def site_at_port_8001(settings):
    GuidePageFactory(title="Queues compared", slug="queues", parent=GuideIndexPageFactory(slug="guides"))
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8001"
    call_command("apply_site_url", stdout=StringIO())


def test_apply_site_url_sets_the_default_sites_host_and_port(site_at_port_8001):
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port, site.root_url) == ("127.0.0.1", 8001, "http://127.0.0.1:8001")


def test_apply_site_url_refuses_an_address_that_is_not_http(settings):
    settings.WAGTAILADMIN_BASE_URL = "ftp://guides.example.com"
    with pytest.raises(CommandError, match="WAGTAILADMIN_BASE_URL must be an http\\(s\\) address"):
        call_command("apply_site_url")


def test_robots_txt_names_the_configured_address_not_the_host_header(client, site_at_port_8001):
    response = client.get("/robots.txt", HTTP_HOST=HOSTILE_HOST)
    assert (
        response.content.decode() == "User-agent: *\nDisallow: /admin/\n\nSitemap: http://127.0.0.1:8001/sitemap.xml\n"
    )


def test_the_feed_links_only_to_the_configured_address(client, site_at_port_8001):
    channel = ElementTree.fromstring(client.get("/feeds/guides/", HTTP_HOST=HOSTILE_HOST).content).find("./channel")
    assert channel.findtext("link") == "http://127.0.0.1:8001/guides/"
    assert channel.find("{http://www.w3.org/2005/Atom}link").get("href") == "http://127.0.0.1:8001/feeds/guides/"
    assert channel.find("item").findtext("link") == "http://127.0.0.1:8001/guides/queues/"


def test_the_sitemap_lists_the_configured_address(client, site_at_port_8001):
    sitemap = client.get("/sitemap.xml", HTTP_HOST=HOSTILE_HOST).content.decode()
    assert "<loc>http://127.0.0.1:8001/guides/queues/</loc>" in sitemap
    assert HOSTILE_HOST not in sitemap


def test_canonical_and_open_graph_addresses_are_the_configured_one(client, site_at_port_8001):
    page = client.get("/guides/queues/", HTTP_HOST=HOSTILE_HOST).content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8001/guides/queues/">' in page
    assert '<meta property="og:url" content="http://127.0.0.1:8001/guides/queues/">' in page
    assert HOSTILE_HOST not in page
