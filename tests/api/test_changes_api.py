"""The change feed as a channel reads it: everything readers could see change, in order, once."""

import pytest
from wagtail.models import PageViewRestriction

from frameworks.models import Framework
from guides.models import GuidePage
from tests.frameworks.factories import FrameworkFactory
from tests.guides.factories import CallToActionFactory, GuidePageFactory

pytestmark = pytest.mark.django_db
URL = "/api/v1/changes/"


def feed(client, **params):
    response = client.get(URL, params)
    assert response.status_code == 200, response.content
    return response.json()


def summary(page):
    return [(c["action"], c["type"], c["title"]) for c in page["results"]]


def test_a_guide_created_edited_unpublished_and_deleted_appears_in_that_order(client):
    guide = GuidePageFactory(title="Queues compared", slug="queues-compared", live=False)
    guide.save_revision().publish()
    guide.title = "Message queues compared"
    guide.save_revision().publish()
    guide.title = "A draft title nobody reads"
    guide.save_revision()
    guide.unpublish()
    guide.delete()

    page = feed(client)
    assert summary(page) == [
        ("created", "guide", "Queues compared"),
        ("changed", "guide", "Message queues compared"),
        ("unpublished", "guide", "Message queues compared"),
        ("deleted", "guide", "Message queues compared"),
    ]
    first = page["results"][0]
    assert first["id"] == guide.pk and first["slug"] == "queues-compared"
    assert first["api_url"] == f"http://testserver/api/v1/guides/{guide.pk}/"
    assert page["results"][3]["api_url"] is None
    assert [int(c["cursor"]) for c in page["results"]] == sorted(int(c["cursor"]) for c in page["results"])
    assert (page["next_cursor"], page["has_more"], page["next"]) == (page["results"][3]["cursor"], False, None)


def test_a_live_guide_deleted_in_one_step_ends_as_deleted(client):
    guide = GuidePageFactory(title="Short-lived", live=False)
    guide.save_revision().publish()
    GuidePage.objects.get(pk=guide.pk).delete()
    page = feed(client)
    assert summary(page)[0] == ("created", "guide", "Short-lived")
    assert summary(page)[-1] == ("deleted", "guide", "Short-lived")
    assert page["results"][-1]["api_url"] is None


def test_records_and_calls_to_action_appear_too(client):
    framework = FrameworkFactory(name="Litestar", slug="litestar", live=False)
    framework.save_revision().publish()
    Framework.objects.get(pk=framework.pk).unpublish()
    cta = CallToActionFactory(name="Discovery call")
    cta.heading = "Book a call"
    cta.save()
    cta_id = cta.pk
    cta.delete()

    page = feed(client)
    assert summary(page) == [
        ("created", "framework", "Litestar"),
        ("unpublished", "framework", "Litestar"),
        ("created", "call-to-action", "Discovery call"),
        ("changed", "call-to-action", "Discovery call"),
        ("deleted", "call-to-action", "Discovery call"),
    ]
    assert page["results"][0]["api_url"] == "http://testserver/api/v1/frameworks/litestar/"
    assert page["results"][2]["api_url"] == f"http://testserver/api/v1/calls-to-action/{cta_id}/"


def test_a_guide_published_again_behind_a_password_is_unpublished_for_channels(client):
    guide = GuidePageFactory(title="Pricing notes", live=False)
    guide.save_revision().publish()
    PageViewRestriction.objects.create(page=guide, restriction_type="password", password="letmein")
    guide.save_revision().publish()
    assert summary(feed(client)) == [("created", "guide", "Pricing notes"), ("unpublished", "guide", "Pricing notes")]


def test_a_guide_readers_never_saw_is_never_mentioned(client):
    draft = GuidePageFactory(title="Still a draft", live=False)
    draft.save_revision()
    draft.delete()
    assert feed(client)["results"] == []


def test_a_draft_of_a_published_record_is_not_a_change(client):
    framework = FrameworkFactory(name="Litestar", slug="litestar", live=False)
    framework.save_revision().publish()
    framework.name = "A draft name"
    framework.save_revision()
    assert summary(feed(client)) == [("created", "framework", "Litestar")]


def test_reading_on_from_the_cursor_lists_only_what_is_new(client):
    first = GuidePageFactory(title="First", live=False)
    first.save_revision().publish()
    cursor = feed(client)["next_cursor"]
    second = GuidePageFactory(title="Second", live=False)
    second.save_revision().publish()

    page = feed(client, since=cursor)
    assert summary(page) == [("created", "guide", "Second")]
    nothing_new = feed(client, since=page["next_cursor"])
    assert (nothing_new["results"], nothing_new["next_cursor"]) == ([], page["next_cursor"])


def test_an_empty_cursor_reads_from_the_start(client):
    GuidePageFactory(title="First", live=False).save_revision().publish()
    assert summary(feed(client, since="")) == [("created", "guide", "First")]


def test_the_feed_is_paged_with_a_next_cursor(client):
    for title in ["One", "Two", "Three"]:
        GuidePageFactory(title=title, live=False).save_revision().publish()

    page = feed(client, page_size=2)
    assert summary(page) == [("created", "guide", "One"), ("created", "guide", "Two")]
    assert page["has_more"] is True
    assert page["next"] == f"http://testserver/api/v1/changes/?since={page['next_cursor']}&page_size=2"
    rest = client.get(page["next"]).json()
    assert summary(rest) == [("created", "guide", "Three")]
    assert rest["has_more"] is False


@pytest.mark.parametrize(
    ("params", "field"),
    [
        ({"since": "abc"}, "since"),
        ({"since": "-1"}, "since"),
        ({"since": "9" * 19}, "since"),
        ({"page_size": "0"}, "page_size"),
    ],
)
def test_a_cursor_the_feed_never_gave_is_a_400_naming_the_field(client, params, field):
    response = client.get(URL, params)
    assert response.status_code == 400
    assert list(response.json()["fields"]) == [field]


def test_reading_the_feed_takes_one_query(client, django_assert_num_queries):
    for title in ["One", "Two", "Three"]:
        GuidePageFactory(title=title, live=False).save_revision().publish()
    with django_assert_num_queries(1):
        client.get(URL)
