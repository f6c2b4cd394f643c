"""The costly parts of a guide kept between renders: never in a preview, never after a change."""

import pytest
from bs4 import BeautifulSoup

from guides.models import GuidePage
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db

RENDER = "/guides/queues/?utm_source=letter"  # a made-up parameter: never a whole-page cache hit


def h1(html):
    return BeautifulSoup(html, "html.parser").h1.get_text()


def test_a_preview_of_a_draft_never_shows_the_kept_parts_of_the_live_page(client):
    guide = GuidePageFactory(title="Queues compared", slug="queues")
    client.get(RENDER)
    guide.title = "Queues, the draft"
    guide.save_revision()

    draft = GuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()
    preview = draft.make_preview_request().rendered_content

    assert h1(preview) == "Queues, the draft"
    assert h1(client.get(RENDER).content.decode()) == "Queues compared"


def test_a_published_change_is_rendered_not_taken_from_the_kept_parts(client, django_capture_on_commit_callbacks):
    guide = GuidePageFactory(title="Queues compared", slug="queues")
    client.get(RENDER)
    guide.title = "Queues, revised"
    with django_capture_on_commit_callbacks(execute=True):
        guide.save_revision().publish()

    assert h1(client.get(RENDER).content.decode()) == "Queues, revised"


def test_parts_kept_before_a_change_nobody_purged_are_served_as_kept(client):
    """The counterpart of the test above: the parts really are kept (a change behind the purge's
    back, with no signals, does not show)."""
    GuidePageFactory(title="Queues compared", slug="queues")
    client.get(RENDER)
    GuidePage.objects.filter(slug="queues").update(title="Changed behind the cache")

    assert h1(client.get(RENDER).content.decode()) == "Queues compared"
