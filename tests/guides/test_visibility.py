"""Drafts, unpublished and private guides never reach readers."""

import pytest
from wagtail.models import PageViewRestriction

from guides.models import GuidePage
from tests.conftest import DEMO_GUIDE_URL

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft_guide(demo_guide):
    """A new guide that has only ever been saved as a draft."""
    draft = GuidePage(
        title="Unreleased draft guide",
        slug="unreleased-draft",
        standfirst="Not ready yet.",
        category=demo_guide.category,
        author=demo_guide.author,
        body=[],
        live=False,
    )
    demo_guide.get_parent().add_child(instance=draft)
    draft.save_revision()
    return draft


def test_a_draft_guide_is_not_reachable(client, draft_guide):
    assert client.get("/guides/unreleased-draft/").status_code == 404


def test_a_draft_guide_is_not_listed_anywhere(client, draft_guide):
    for url in ["/", "/guides/", "/feeds/guides/", "/sitemap.xml", "/authors/kanika-mathur/"]:
        assert "Unreleased draft guide" not in client.get(url).content.decode(), url
        assert "unreleased-draft" not in client.get(url).content.decode(), url


def test_an_unpublished_guide_is_no_longer_reachable(client, demo_guide):
    demo_guide.unpublish()
    assert client.get(DEMO_GUIDE_URL).status_code == 404


def test_draft_changes_to_a_live_guide_stay_out_of_the_live_page(client, demo_guide):
    demo_guide.title = "Secret new title"
    demo_guide.save_revision()
    html = client.get(DEMO_GUIDE_URL).content.decode()
    assert "Secret new title" not in html
    assert "Backend frameworks compared: a fair 2026 guide to choosing one" in html


def test_a_private_guide_asks_for_login_and_is_left_out_of_related_cards(client, demo_guide):
    private = GuidePage.objects.get(slug="django-vs-flask")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(private.url)
    assert response.status_code == 302
    assert "/login/" in response["Location"]
    html = client.get(DEMO_GUIDE_URL).content.decode()
    assert "Django vs Flask: choosing a Python web framework" not in html
    assert "Django vs Flask" not in client.get("/feeds/guides/").content.decode()


def test_an_unpublished_related_guide_drops_out_of_the_cards(client):
    GuidePage.objects.get(slug="nextjs-vs-react").unpublish()
    html = client.get(DEMO_GUIDE_URL).content.decode()
    assert "Next.js vs React" not in html


def test_an_unpublished_author_is_named_but_not_linked(client, demo_guide):
    demo_guide.author.unpublish()
    html = client.get(DEMO_GUIDE_URL).content.decode()
    assert "By Kanika Mathur, Head of Service Delivery" in html
    assert 'href="/authors/kanika-mathur/"' not in html
