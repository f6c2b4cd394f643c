"""What search engines and feed readers get: meta tags, JSON-LD, sitemap, robots.txt, RSS."""

import json
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

GUIDE_URL = "http://127.0.0.1:8000/guides/backend-frameworks-compared/"


def json_ld(html):
    soup = BeautifulSoup(html, "html.parser")
    return {
        doc["@type"]: doc for doc in (json.loads(s.string) for s in soup.find_all("script", type="application/ld+json"))
    }


def meta(html, **attrs):
    tag = BeautifulSoup(html, "html.parser").find("meta", attrs=attrs)
    return tag["content"] if tag else None


def test_guide_has_description_canonical_open_graph_and_twitter_tags(guide_html):
    soup = BeautifulSoup(guide_html, "html.parser")
    assert soup.find("link", rel="canonical")["href"] == GUIDE_URL
    description = meta(guide_html, name="description")
    assert 50 < len(description) <= 160
    assert meta(guide_html, property="og:type") == "article"
    assert meta(guide_html, property="og:title") == "Backend frameworks compared: a fair 2026 guide to choosing one"
    assert meta(guide_html, property="og:url") == GUIDE_URL
    assert meta(guide_html, property="og:image").startswith("http://127.0.0.1:8000/media/images/")
    assert meta(guide_html, name="twitter:card") == "summary_large_image"
    assert meta(guide_html, name="twitter:description") == description


def test_guide_json_ld_has_article_with_author_and_dates(guide_html):
    article = json_ld(guide_html)["Article"]
    assert article["headline"] == "Backend frameworks compared: a fair 2026 guide to choosing one"
    assert article["author"]["@type"] == "Person"
    assert article["author"]["name"] == "Kanika Mathur"
    assert article["author"]["jobTitle"] == "Head of Service Delivery"
    assert article["datePublished"] == "2026-06-28T09:00:00+00:00"
    assert article["dateModified"] == "2026-06-28T09:00:00+00:00"
    assert article["mainEntityOfPage"] == GUIDE_URL


def test_guide_json_ld_has_the_faq_breadcrumbs_and_organization(guide_html):
    documents = json_ld(guide_html)
    questions = documents["FAQPage"]["mainEntity"]
    assert len(questions) == 5
    assert questions[0]["name"] == "What is the best backend framework in 2026?"
    assert "[cite:" not in json.dumps(questions)
    crumbs = documents["BreadcrumbList"]["itemListElement"]
    assert [crumb["item"] for crumb in crumbs][-2:] == ["http://127.0.0.1:8000/guides/", GUIDE_URL]
    assert documents["Organization"]["name"] == "Resourcifi"


def test_json_ld_cannot_be_broken_out_of_by_content(client, demo_guide):
    demo_guide.title = "Guide </script><script>alert(1)</script>"
    demo_guide.save_revision().publish()
    html = client.get(demo_guide.url).content.decode()
    assert "<script>alert(1)" not in html
    assert "Guide \\u003C/script\\u003E" in html


def test_sitemap_lists_live_pages_with_their_last_change(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert f"<loc>{GUIDE_URL}</loc>" in xml
    assert "<loc>http://127.0.0.1:8000/authors/kanika-mathur/</loc>" in xml
    assert "<lastmod>2026-06-28</lastmod>" in xml


def test_robots_txt_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()


def test_rss_feed_lists_guides_newest_first(client):
    response = client.get("/feeds/guides/")
    assert response["Content-Type"].startswith("application/rss+xml")
    items = ElementTree.fromstring(response.content).findall("./channel/item")
    assert len(items) == 10
    assert items[0].findtext("title") == "Backend frameworks compared: a fair 2026 guide to choosing one"
    assert items[0].findtext("link") == GUIDE_URL
    assert items[0].findtext("category") == "Engineering"
