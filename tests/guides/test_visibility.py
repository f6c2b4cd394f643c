"""Drafts, unpublished and private guides never reach readers."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuideCategoryFactory, GuidePageFactory, related_guides

pytestmark = pytest.mark.django_db

LISTINGS = ["/", "/guides/", "/feeds/guides/", "/sitemap.xml", "/authors/kanika-mathur/"]


def card_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


@pytest.fixture
def author():
    return AuthorPageFactory(title="Kanika Mathur", role="Head of Service Delivery")


@pytest.fixture
def live_guide(author):
    return GuidePageFactory(title="Queues compared", slug="queues-compared", author=author)


@pytest.fixture
def draft_guide(author):
    """A new guide that has only ever been saved as a draft."""
    draft = GuidePageFactory(
        title="Unreleased draft guide",
        slug="unreleased-draft",
        author=author,
        live=False,
        first_published_at=None,
        last_published_at=None,
    )
    draft.save_revision()
    return draft


def test_a_draft_guide_is_not_reachable(client, draft_guide):
    assert client.get("/guides/unreleased-draft/").status_code == 404


@pytest.mark.parametrize("url", LISTINGS)
def test_a_draft_guide_is_not_listed_anywhere(client, live_guide, draft_guide, url):
    html = client.get(url).content.decode()
    assert "queues-compared" in html  # the listing lists the live guide by the same author...
    assert "Unreleased draft guide" not in html  # ...and not the draft
    assert "unreleased-draft" not in html


def test_an_unpublished_guide_is_no_longer_reachable(client, live_guide):
    assert client.get("/guides/queues-compared/").status_code == 200
    live_guide.unpublish()
    assert client.get("/guides/queues-compared/").status_code == 404


@pytest.mark.parametrize("url", LISTINGS)
def test_an_unpublished_guide_is_no_longer_listed(client, live_guide, author, url):
    GuidePageFactory(title="Withdrawn guide", slug="withdrawn-guide", author=author).unpublish()
    html = client.get(url).content.decode()
    assert "queues-compared" in html
    assert "withdrawn-guide" not in html


def test_draft_changes_to_a_live_guide_stay_out_of_the_live_page(client, live_guide):
    live_guide.title = "Secret new title"
    live_guide.save_revision()
    html = client.get("/guides/queues-compared/").content.decode()
    assert "Secret new title" not in html
    assert "<h1>Queues compared</h1>" in html


def test_a_private_guide_asks_for_login(client, live_guide):
    PageViewRestriction.objects.create(page=live_guide, restriction_type=PageViewRestriction.LOGIN)
    response = client.get("/guides/queues-compared/")
    assert response.status_code == 302
    assert response["Location"] == "/_util/login/?next=/guides/queues-compared/"


def test_a_private_guide_is_left_out_of_related_cards_and_the_feed(client):
    category = GuideCategoryFactory(name="Engineering")
    private = GuidePageFactory(title="Django vs Flask", category=category)
    public = GuidePageFactory(title="REST vs GraphQL", category=category)
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    guide = GuidePageFactory(title="Queues compared", category=category, related=[related_guides(private, count=3)])
    assert card_titles(client.get(guide.url).content.decode()) == ["REST vs GraphQL"]
    feed = client.get("/feeds/guides/").content.decode()
    assert public.title in feed
    assert "Django vs Flask" not in feed


def test_an_unpublished_related_guide_drops_out_of_the_cards(client):
    next_vs_react = GuidePageFactory(title="Next.js vs React")
    vue_vs_react = GuidePageFactory(title="Vue vs React")
    guide = GuidePageFactory(related=[related_guides(next_vs_react, vue_vs_react, count=2)])
    assert card_titles(client.get(guide.url).content.decode()) == ["Next.js vs React", "Vue vs React"]
    next_vs_react.unpublish()
    assert card_titles(client.get(guide.url).content.decode()) == ["Vue vs React"]


def test_an_unpublished_author_is_named_but_not_linked(client, author, live_guide):
    assert 'href="/authors/kanika-mathur/"' in client.get(live_guide.url).content.decode()
    author.unpublish()
    html = client.get(live_guide.url).content.decode()
    assert '<p class="byline__author">By Kanika Mathur, Head of Service Delivery</p>' in html
    assert 'href="/authors/kanika-mathur/"' not in html


def test_an_unpublished_author_is_left_out_of_the_article_data(client, author, live_guide):
    author.unpublish()
    soup = BeautifulSoup(client.get(live_guide.url).content.decode(), "html.parser")
    documents = [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]
    article = next(document for document in documents if document["@type"] == "Article")
    assert "author" not in article
    assert "kanika-mathur" not in json.dumps(documents)
