"""What search engines and feed readers get: meta tags, JSON-LD, sitemap, robots.txt, RSS."""

import json
from datetime import UTC, datetime
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import (
    GuideCategoryFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    ImageFactory,
    faq,
    paragraph,
    source,
)
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db

GUIDE_URL = "http://localhost/guides/queues-compared/"
SITEMAP = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def json_ld(html):
    soup = BeautifulSoup(html, "html.parser")
    return {
        doc["@type"]: doc for doc in (json.loads(s.string) for s in soup.find_all("script", type="application/ld+json"))
    }


def meta(html, **attrs):
    tag = BeautifulSoup(html, "html.parser").find("meta", attrs=attrs)
    return tag["content"] if tag else None


@pytest.fixture
def author():
    return AuthorPageFactory(title="Kanika Mathur", role="Head of Service Delivery", company="Resourcifi")


@pytest.fixture
def guide(author):
    return GuidePageFactory(
        title="Queues compared",
        slug="queues-compared",
        standfirst="RabbitMQ, Kafka and SQS side by side: what each is for and what it costs to run.",
        category=GuideCategoryFactory(name="Engineering"),
        author=author,
        first_published_at=datetime(2026, 6, 28, 9, 0, tzinfo=UTC),
        last_published_at=datetime(2026, 7, 15, 14, 30, tzinfo=UTC),
        updated_at=datetime(2026, 7, 15, 14, 30, tzinfo=UTC),
    )


def test_guide_has_description_canonical_open_graph_and_twitter_tags(client, author):
    guide = GuidePageFactory(
        title="Queues compared",
        slug="queues-compared",
        standfirst="RabbitMQ, Kafka and SQS side by side.",
        author=author,
        hero_image=ImageFactory(),
        first_published_at=datetime(2026, 6, 28, 9, 0, tzinfo=UTC),
    )
    html = client.get(guide.url).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("link", rel="canonical")["href"] == GUIDE_URL
    assert meta(html, name="description") == "RabbitMQ, Kafka and SQS side by side."
    assert meta(html, property="og:type") == "article"
    assert meta(html, property="og:title") == "Queues compared"
    assert meta(html, property="og:description") == "RabbitMQ, Kafka and SQS side by side."
    assert meta(html, property="og:url") == GUIDE_URL
    assert meta(html, property="og:image").startswith("http://localhost/media/images/")
    assert meta(html, property="og:image").endswith(".fill-1200x630.format-jpeg.jpg")
    assert meta(html, property="og:image:alt") == "A row of server racks"
    assert meta(html, name="twitter:card") == "summary_large_image"
    assert meta(html, name="twitter:title") == "Queues compared"
    assert meta(html, name="twitter:description") == "RabbitMQ, Kafka and SQS side by side."


def test_a_search_description_overrides_the_standfirst_in_meta_tags(client):
    guide = GuidePageFactory(standfirst="The standfirst.", search_description="Written for search results.")
    html = client.get(guide.url).content.decode()
    assert meta(html, name="description") == "Written for search results."
    assert meta(html, property="og:description") == "Written for search results."


def test_guide_has_article_published_and_modified_times(client, guide):
    html = client.get(guide.url).content.decode()
    assert meta(html, property="article:published_time") == "2026-06-28T09:00:00+00:00"
    assert meta(html, property="article:modified_time") == "2026-07-15T14:30:00+00:00"


def test_guide_json_ld_has_article_with_author_and_dates(client, guide):
    article = json_ld(client.get(guide.url).content.decode())["Article"]
    del article["image"]  # the generated social card: tests/guides/test_social_card.py
    assert article == {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "Queues compared",
        "description": "RabbitMQ, Kafka and SQS side by side: what each is for and what it costs to run.",
        "mainEntityOfPage": GUIDE_URL,
        "articleSection": "Engineering",
        "datePublished": "2026-06-28T09:00:00+00:00",
        "dateModified": "2026-07-15T14:30:00+00:00",
        "timeRequired": "PT1M",
        "author": {
            "@type": "Person",
            "name": "Kanika Mathur",
            "jobTitle": "Head of Service Delivery",
            "url": "http://localhost/authors/kanika-mathur/",
            "worksFor": {"@type": "Organization", "name": "Resourcifi"},
        },
    }


def test_guide_json_ld_has_the_faq_without_citation_markers(client):
    guide = GuidePageFactory(
        body=[
            paragraph("<p>Queues decouple services [cite:docs].</p>"),
            faq(
                ("Which queue is fastest?", "<p>Kafka, for <b>throughput</b> [cite:docs].</p>"),
                ("Do I need a queue?", "<p>Not for a single service.</p>"),
            ),
        ],
        sources=[source("docs", publisher="Apache", title="Kafka documentation")],
    )
    assert json_ld(client.get(guide.url).content.decode())["FAQPage"] == {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [
            {
                "@type": "Question",
                "name": "Which queue is fastest?",
                "acceptedAnswer": {"@type": "Answer", "text": "Kafka, for throughput."},
            },
            {
                "@type": "Question",
                "name": "Do I need a queue?",
                "acceptedAnswer": {"@type": "Answer", "text": "Not for a single service."},
            },
        ],
    }


def test_a_guide_without_questions_has_no_faq_json_ld(client, guide):
    assert "FAQPage" not in json_ld(client.get(guide.url).content.decode())


def test_guide_json_ld_has_the_breadcrumbs_and_organization(client, guide):
    documents = json_ld(client.get(guide.url).content.decode())
    assert documents["BreadcrumbList"] == {
        "@context": "https://schema.org",
        "@type": "BreadcrumbList",
        "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://localhost/"},
            {"@type": "ListItem", "position": 2, "name": "Guides", "item": "http://localhost/guides/"},
            {"@type": "ListItem", "position": 3, "name": "Queues compared", "item": GUIDE_URL},
        ],
    }
    assert documents["Organization"] == {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": "Resourcifi",
        "url": "http://localhost/",
        "logo": "http://localhost/static/logo.svg",
    }


def test_pages_below_the_home_page_have_breadcrumbs_json_ld_and_the_home_page_has_none(client):
    GuidePageFactory()
    assert json_ld(client.get("/guides/").content.decode())["BreadcrumbList"]["itemListElement"] == [
        {"@type": "ListItem", "position": 1, "name": "Home", "item": "http://localhost/"},
        {"@type": "ListItem", "position": 2, "name": "Guides", "item": "http://localhost/guides/"},
    ]
    assert set(json_ld(client.get("/").content.decode())) == {"Organization"}


def test_json_ld_cannot_be_broken_out_of_by_content(client):
    guide = GuidePageFactory(title="Guide </script><script>alert(1)</script>")
    html = client.get(guide.url).content.decode()
    assert "<script>alert(1)" not in html
    assert '"headline": "Guide \\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"' in html


def test_sitemap_lists_live_pages_with_their_last_change(client, author):
    GuideIndexPageFactory(first_published_at=datetime(2026, 6, 1, 9, 0, tzinfo=UTC))
    GuidePageFactory(
        slug="queues-compared",
        author=author,
        first_published_at=datetime(2026, 6, 28, 9, 0, tzinfo=UTC),
        last_published_at=datetime(2026, 7, 15, 14, 30, tzinfo=UTC),
    )
    urls = ElementTree.fromstring(client.get("/sitemap.xml").content).findall("sitemap:url", SITEMAP)
    assert {
        url.findtext("sitemap:loc", namespaces=SITEMAP): url.findtext("sitemap:lastmod", namespaces=SITEMAP)
        for url in urls
    } == {
        "http://localhost/": None,
        "http://localhost/authors/": None,
        "http://localhost/authors/kanika-mathur/": None,
        "http://localhost/guides/": "2026-06-01",
        GUIDE_URL: "2026-07-15",
    }


def test_robots_txt_names_the_sitemap_at_the_sites_address(client):
    home_page()  # the site at http://localhost/; the request's host (testserver) must not show
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert response.content.decode() == "User-agent: *\nDisallow: /admin/\n\nSitemap: http://localhost/sitemap.xml\n"


def test_rss_feed_lists_guides_newest_first(client, guide):
    GuidePageFactory(title="Older guide", first_published_at=datetime(2026, 6, 1, 9, 0, tzinfo=UTC))
    GuidePageFactory(title="Middle guide", first_published_at=datetime(2026, 6, 14, 9, 0, tzinfo=UTC))
    response = client.get("/feeds/guides/")
    assert response["Content-Type"].startswith("application/rss+xml")
    items = ElementTree.fromstring(response.content).findall("./channel/item")
    assert [item.findtext("title") for item in items] == ["Queues compared", "Middle guide", "Older guide"]
    newest = items[0]
    assert newest.findtext("link") == GUIDE_URL
    assert newest.findtext("description") == (
        "RabbitMQ, Kafka and SQS side by side: what each is for and what it costs to run."
    )
    assert newest.findtext("{http://purl.org/dc/elements/1.1/}creator") == "Kanika Mathur"
    assert newest.findtext("pubDate") == "Sun, 28 Jun 2026 09:00:00 +0000"
    assert newest.findtext("category") == "Engineering"


def test_the_feed_is_titled_with_the_site_name(client, guide):
    channel = ElementTree.fromstring(client.get("/feeds/guides/").content).find("./channel")
    assert channel.findtext("title") == "Resourcifi Guides"


def test_every_page_links_the_feed_by_the_site_name(client, guide):
    link = BeautifulSoup(client.get(guide.url).content, "html.parser").find("link", type="application/rss+xml")
    assert (link["title"], link["href"]) == ("Resourcifi Guides", "/feeds/guides/")


def test_a_long_standfirst_is_cut_at_a_word_boundary_for_search_results(client):
    GuidePageFactory(
        slug="long",
        standfirst=(
            "Message queues decouple the parts of a system, absorb bursts of traffic and let slow work happen "
            "later; this guide compares RabbitMQ, Kafka and SQS on delivery guarantees, ordering and cost."
        ),
    )
    html = client.get("/guides/long/").content.decode()
    description = meta(html, name="description")
    assert description == (
        "Message queues decouple the parts of a system, absorb bursts of traffic and let slow work happen "
        "later; this guide compares RabbitMQ, Kafka and SQS on…"
    )
    assert len(description) <= 160
    assert meta(html, property="og:description") == description
    assert meta(html, property="og:locale") == "en_US"


def test_every_page_in_the_demo_sitemap_has_a_social_image_and_a_whole_description(client, demo_content):
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    paths = [urlsplit(loc.text).path for loc in sitemap.iterfind("sitemap:url/sitemap:loc", SITEMAP)]
    assert len(paths) >= 30 and "/frameworks/express/" in paths and "/" in paths
    for path in paths:
        html = client.get(path).content.decode()
        image, description = meta(html, property="og:image"), meta(html, name="description")
        assert image and image.startswith("http"), path
        assert meta(html, property="og:image:width") and meta(html, property="og:image:alt"), path
        # Whole: at most 160 characters, ending where a sentence ends, never cut with an ellipsis.
        assert len(description) <= 160 and description[-1] in ".!?", (path, description)
