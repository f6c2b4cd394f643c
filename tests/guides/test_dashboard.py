"""The editors' dashboard: guides by state, guides due a review, guides whose data changed, shortcuts."""

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import Workflow

from tests.authors.factories import TeamFactory
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def dashboard(client):
    soup = BeautifulSoup(client.get("/admin/").content.decode(), "html.parser")
    return soup.select_one("#guides-overview-content") or soup.select_one("#guides-overview")


def draft(**fields):
    return GuidePageFactory(live=False, first_published_at=None, last_published_at=None, **fields)


@pytest.fixture
def guides_in_every_state(roles, admin_user):
    GuidePageFactory(title="Live one", last_reviewed_at=timezone.now())
    GuidePageFactory(title="Live two", last_reviewed_at=timezone.now())
    draft(title="Draft")
    in_review = draft(title="In review")
    in_review.save_revision()
    Workflow.objects.get(name="Engineering review").start(in_review, admin_user)
    scheduled = draft(title="Scheduled")
    scheduled.go_live_at = timezone.now() + timedelta(days=3)
    scheduled.save_revision().publish()
    GuidePageFactory(title="Expired", expire_at=timezone.now() - timedelta(minutes=1))


def test_the_dashboard_counts_guides_by_state(admin_client, guides_in_every_state):
    table = dashboard(admin_client).find("table")

    headers = [th.get_text(strip=True) for th in table.select("th")]
    counts = [td.get_text(strip=True) for td in table.select("td")]

    assert table.caption.get_text() == "Guides by state"
    assert dict(zip(headers, counts, strict=True)) == {
        "Draft": "1",
        "In review": "1",
        "Scheduled": "1",
        "Live": "2",
        "Expired": "1",
    }


def test_the_dashboard_lists_guides_not_reviewed_for_a_year(admin_client, roles):
    team = TeamFactory(name="Platform engineering")
    GuidePageFactory(title="Reviewed lately", reviewer_team=team, last_reviewed_at=timezone.now() - timedelta(days=30))
    GuidePageFactory(title="Reviewed long ago", reviewer_team=team, last_reviewed_at=datetime(2024, 5, 2, tzinfo=UTC))
    GuidePageFactory(title="Never reviewed")
    # Credited with no date: the page shows no "Reviewed by", so neither does the dashboard.
    GuidePageFactory(title="Credited, undated", reviewer_team=team)

    text = dashboard(admin_client).get_text(" ", strip=True)

    assert "Not reviewed for 12 months (3)" in text
    assert "Never reviewed : never reviewed" in text
    assert "Credited, undated : never reviewed" in text
    assert "Reviewed long ago : last reviewed May 2, 2024" in text
    assert "Reviewed lately" not in text


def test_the_dashboard_lists_guides_whose_data_changed(admin_client, roles):
    GuidePageFactory(title="Queues compared", data_changed_at=datetime(2026, 3, 4, tzinfo=UTC))
    GuidePageFactory(title="Untouched")

    text = dashboard(admin_client).get_text(" ", strip=True)

    assert "Data changed since review (1) Queues compared : data changed Mar 4, 2026" in text


def test_a_new_editor_gets_shortcuts(client, client_for, member):
    GuidePageFactory()
    editor = client_for(member("Editors", "edith"))

    links = {a.get_text(strip=True): a["href"] for a in dashboard(editor).select("a")}

    assert links["Write a new guide"].startswith("/admin/pages/add/guides/guidepage/")
    assert links["Frameworks data"] == "/admin/snippets/frameworks/framework/"
    assert links["Images"] == "/admin/images/"


def test_the_dashboard_lists_what_goes_live_when(admin_client, roles, settings):
    settings.TIME_ZONE = "UTC"
    later = draft(title="Queues in 2027")
    later.go_live_at = datetime(2031, 1, 15, 9, 30, tzinfo=UTC)
    later.save_revision().publish()
    sooner = draft(title="Caching for APIs")
    sooner.go_live_at = datetime(2030, 11, 2, 8, 0, tzinfo=UTC)
    sooner.save_revision().publish()

    text = dashboard(admin_client).get_text(" ", strip=True)

    assert "Going live Caching for APIs : Nov 2, 2030, 08:00 Queues in 2027 : Jan 15, 2031, 09:30" in text
