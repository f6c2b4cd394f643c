"""In the admin a person sees only the titles of pages they may see (guides/admin_visibility.py): a
Sales user, who has no page permission, never reads a draft's title in the move views, the page
chooser or the booking filter; an editor still works with drafts there."""

import pytest
from bs4 import BeautifulSoup

from tests.bookings.factories import sales_group, user_with
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db

DRAFT = "Secret launch plan"
LIVE = "Queues compared"


@pytest.fixture
def guides():
    live = GuidePageFactory(title=LIVE)
    draft = GuidePageFactory(title=DRAFT, live=False)
    return live, draft


@pytest.fixture
def sales(client, django_user_model):
    client.force_login(user_with(django_user_model, "sam", sales_group()))
    return client


@pytest.fixture
def editor(client, django_user_model):
    client.force_login(django_user_model.objects.create_superuser("eddie", "eddie@example.com", "pw"))
    return client


def children_listed(client, parent):
    """The titles the page chooser lists under this parent."""
    html = client.get(f"/admin/choose-page/{parent.pk}/").json()["html"]
    links = BeautifulSoup(html, "html.parser").select("a.choose-page")
    return sorted(link["data-title"] for link in links if link["data-parent-id"] == str(parent.pk))


def test_sales_get_a_404_not_the_title_from_the_move_views_of_a_draft(sales, guides):
    live, draft = guides
    for url in [f"/admin/pages/{draft.pk}/move/", f"/admin/pages/{draft.pk}/move/{live.get_parent().pk}/confirm/"]:
        response = sales.get(url)
        assert (url, response.status_code, DRAFT in response.content.decode()) == (url, 404, False)


def test_sales_cannot_browse_a_draft_in_the_page_chooser(sales, guides):
    _, draft = guides
    response = sales.get(f"/admin/choose-page/{draft.pk}/")
    assert (response.status_code, DRAFT in response.content.decode()) == (404, False)


def test_the_page_chooser_lists_only_live_pages_to_sales(sales, guides):
    live, _ = guides
    assert children_listed(sales, live.get_parent()) == [LIVE]


def test_the_booking_filter_lists_only_the_guides_readers_see(sales, guides):
    html = sales.get("/admin/booking-requests/").content.decode()
    options = BeautifulSoup(html, "html.parser").select("select[name=source_guide] option")
    assert [option.get_text(strip=True) for option in options] == ["---------", LIVE]


def test_an_editor_still_sees_the_draft_in_the_chooser_and_may_move_it(editor, guides):
    live, draft = guides
    assert children_listed(editor, live.get_parent()) == [LIVE, DRAFT]
    assert editor.get(f"/admin/pages/{draft.pk}/move/").status_code == 200
