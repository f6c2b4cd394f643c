"""A page is found by its address (core/routing.py) and answers exactly as Wagtail's walk down the
tree would have: the same page, the same HTML, the same 404s and password forms, in fewer queries."""

import pytest
from bs4 import BeautifulSoup
from django.test import RequestFactory
from wagtail.models import PageViewRestriction

from core import routing
from tests.frameworks.factories import FrameworkFactory, FrameworkIndexPageFactory
from tests.guides.factories import GuidePageFactory, guide_index, guide_showing_every_block_twice

pytestmark = pytest.mark.django_db


def test_a_guide_found_by_its_address_is_the_same_html_as_wagtails_walk_gives(client, monkeypatch):
    guide_showing_every_block_twice()
    found = client.get("/guides/twice-over/")
    monkeypatch.setattr(routing, "route_by_url_path", lambda request, path: None)
    walked = client.get("/guides/twice-over/")

    assert (found.status_code, walked.status_code) == (200, 200)
    assert b"<h1" in found.content and b"Twice over" in found.content
    assert found.content == walked.content


def test_finding_a_guide_two_levels_down_takes_three_queries(django_assert_num_queries):
    guide = GuidePageFactory(title="Picked", slug="picked")
    request = RequestFactory().get("/guides/picked/", HTTP_HOST="localhost")

    # The site with its root page, the pages on the way, the guide with what its byline shows.
    with django_assert_num_queries(3):
        routing.route_by_url_path(request, "guides/picked/")

    page, args, kwargs = request._wagtail_route_for_request
    assert (type(page).__name__, page.pk, args, kwargs) == ("GuidePage", guide.pk, [], {})
    assert [ancestor.title for ancestor in page.breadcrumb_trail] == ["Home", "Guides", "Picked"]
    assert [ancestor.depth for ancestor in page.ancestry] == [1, 2, 3, 4]


def test_a_routable_page_still_routes_its_own_sub_addresses(client):
    FrameworkIndexPageFactory()
    FrameworkFactory(name="Litestar", slug="litestar")

    response = client.get("/frameworks/litestar/")

    heading = BeautifulSoup(response.content.decode(), "html.parser").h1.get_text(" ", strip=True)
    assert (response.status_code, heading) == (200, "Litestar")


@pytest.mark.parametrize("path", ["/guides/no-such-guide/", "/guides/draft/", "/guides/picked/extra/"])
def test_an_unknown_draft_or_too_long_address_is_a_404_both_ways(client, path, walk_only_toggle):
    GuidePageFactory(title="Picked", slug="picked")
    draft = GuidePageFactory(title="Draft", slug="draft")
    draft.unpublish()

    assert [toggle(client, path) for toggle in walk_only_toggle] == [404, 404]


@pytest.fixture
def walk_only_toggle(monkeypatch):
    """Two ways to ask: by address, then with Wagtail's walk only."""

    def by_address(client, path):
        return client.get(path).status_code

    def walked(client, path):
        monkeypatch.setattr(routing, "route_by_url_path", lambda request, path: None)
        return client.get(path).status_code

    return [by_address, walked]


def test_a_guide_under_a_password_protected_section_asks_for_the_password(client):
    GuidePageFactory(title="Client notes", slug="client-notes")
    PageViewRestriction.objects.create(page=guide_index(), restriction_type="password", password="letmein")

    response = client.get("/guides/client-notes/")

    assert response.status_code == 200
    assert "Client notes" not in response.content.decode()
    assert 'name="password"' in response.content.decode()
