"""Webhooks as a receiver gets them: signed, with no draft or personal data, retried when the
receiver fails, recorded, and never waited for by the publish that caused them."""

import time
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone

from bookings.models import DiscoveryCallRequest
from guides.management.commands.run_worker import publish_scheduled
from tests.frameworks.factories import FrameworkFactory
from tests.guides.factories import GuidePageFactory
from webhooks.models import WebhookDelivery, WebhookEndpoint
from webhooks.signing import signature

from .receiver import Receiver

pytestmark = pytest.mark.django_db
SECRET = "s3cret-shared-with-the-crm"


def endpoint(receiver, events, **fields):
    return WebhookEndpoint.objects.create(name="CRM", url=receiver.url, secret=SECRET, events=events, **fields)


def publish(page_or_record, capture):
    with capture(execute=True):
        page_or_record.save_revision().publish()


def test_a_published_guide_reaches_the_endpoint_signed(django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        endpoint(receiver, ["guide.published"])
        guide = GuidePageFactory(title="Choosing a message queue", slug="choosing-a-message-queue")
        publish(guide, django_capture_on_commit_callbacks)

    [delivery] = receiver.received
    headers = delivery["headers"]
    assert headers["Content-Type"] == "application/json"
    assert headers["X-Webhook-Event"] == "guide.published"
    assert headers["X-Webhook-Signature"] == signature(SECRET, int(headers["X-Webhook-Timestamp"]), delivery["body"])
    assert abs(int(headers["X-Webhook-Timestamp"]) - time.time()) < 60
    assert delivery["json"]["event"] == "guide.published"
    assert delivery["json"]["data"] == {
        "type": "guide",
        "id": guide.pk,
        "slug": "choosing-a-message-queue",
        "title": "Choosing a message queue",
        "url": "http://localhost/guides/choosing-a-message-queue/",
        "api_url": f"http://testserver/api/v1/guides/{guide.pk}/",
    }
    row = WebhookDelivery.objects.get()
    assert (row.state, row.attempts, row.response_code, row.last_error) == ("delivered", 1, 200, "")


def test_a_signature_made_with_another_secret_does_not_match(django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        endpoint(receiver, ["guide.published"])
        publish(GuidePageFactory(), django_capture_on_commit_callbacks)
    [delivery] = receiver.received
    timestamp = int(delivery["headers"]["X-Webhook-Timestamp"])
    assert delivery["headers"]["X-Webhook-Signature"] != signature("another-secret", timestamp, delivery["body"])
    assert delivery["headers"]["X-Webhook-Signature"] != signature(SECRET, timestamp + 1, delivery["body"])


def test_an_unpublished_guide_is_named_as_readers_last_saw_it_never_by_its_draft(django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        endpoint(receiver, ["guide.published", "guide.unpublished"])
        guide = GuidePageFactory(title="Queues compared", slug="queues-compared")
        guide.title = "Secret new title in a draft"
        guide.save_revision()
        with django_capture_on_commit_callbacks(execute=True):
            guide.specific_class.objects.get(pk=guide.pk).unpublish()

    [delivery] = receiver.received
    assert delivery["json"]["event"] == "guide.unpublished"
    assert delivery["json"]["data"]["title"] == "Queues compared"
    assert b"Secret new title" not in delivery["body"]


def test_a_published_record_reaches_the_endpoint(django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        endpoint(receiver, ["record.published"])
        framework = FrameworkFactory(name="Litestar", slug="litestar")
        publish(framework, django_capture_on_commit_callbacks)
    [delivery] = receiver.received
    assert delivery["json"]["event"] == "record.published"
    assert delivery["json"]["data"] == {
        "type": "framework",
        "id": framework.pk,
        "slug": "litestar",
        "title": "Litestar",
        "url": None,
        "api_url": "http://testserver/api/v1/frameworks/litestar/",
    }


def test_a_booking_request_is_announced_without_its_personal_data(django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        endpoint(receiver, ["booking.created"])
        with django_capture_on_commit_callbacks(execute=True):
            booking = DiscoveryCallRequest.objects.create(
                name="Ada Byron",
                email="ada@example.com",
                company="Analytical Engines",
                topic="APIs",
                consent_at="2026-12-01T10:00:00Z",
            )
    [delivery] = receiver.received
    assert delivery["json"]["data"] == {
        "type": "booking-request",
        "id": booking.pk,
        "slug": None,
        "title": None,
        "url": None,
        "api_url": f"http://testserver/api/v1/booking-requests/{booking.pk}/",
    }
    assert b"Ada" not in delivery["body"] and b"example.com" not in delivery["body"]


def test_only_active_endpoints_that_asked_for_the_event_are_sent_it(django_capture_on_commit_callbacks):
    with Receiver() as receiver:
        endpoint(receiver, ["record.published"])
        endpoint(receiver, ["guide.published"], active=False)
        publish(GuidePageFactory(), django_capture_on_commit_callbacks)
    assert receiver.received == []
    assert WebhookDelivery.objects.count() == 0


def test_a_private_guide_is_not_announced(django_capture_on_commit_callbacks):
    from wagtail.models import PageViewRestriction

    with Receiver() as receiver:
        endpoint(receiver, ["guide.published"])
        guide = GuidePageFactory()
        PageViewRestriction.objects.create(page=guide, restriction_type="password", password="letmein")
        publish(guide, django_capture_on_commit_callbacks)
    assert receiver.received == []


def test_nothing_is_sent_when_the_publish_rolls_back():
    with Receiver() as receiver:
        endpoint(receiver, ["guide.published"])
        GuidePageFactory().save_revision().publish()  # the test's transaction never commits
    assert receiver.received == []


def test_a_failing_receiver_is_retried_then_recorded_as_failed(settings, django_capture_on_commit_callbacks):
    settings.WEBHOOKS_MAX_ATTEMPTS = 3
    with Receiver(statuses=[503]) as receiver:
        endpoint(receiver, ["guide.published"])
        publish(GuidePageFactory(), django_capture_on_commit_callbacks)
    assert len(receiver.received) == 3
    assert len({request["headers"]["X-Webhook-Delivery"] for request in receiver.received}) == 1  # one delivery
    row = WebhookDelivery.objects.get()
    assert (row.state, row.attempts, row.response_code) == ("failed", 3, 503)
    assert row.last_error == "HTTP 503 Service Unavailable"


def test_a_receiver_that_recovers_gets_the_delivery_once(settings, django_capture_on_commit_callbacks):
    with Receiver(statuses=[500, 200]) as receiver:
        endpoint(receiver, ["guide.published"])
        publish(GuidePageFactory(), django_capture_on_commit_callbacks)
    assert len(receiver.received) == 2
    row = WebhookDelivery.objects.get()
    assert (row.state, row.attempts, row.response_code, row.last_error) == ("delivered", 2, 200, "")


# The worker closes connections that are not in autocommit, as a test's wrapping transaction is not:
# it runs outside one, as it does in production.
@pytest.mark.django_db(transaction=True)
def test_a_publish_never_waits_for_a_slow_receiver(settings, django_capture_on_commit_callbacks):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WEBHOOKS_TIMEOUT_SECONDS = 0.5
    settings.WEBHOOKS_RETRY_SECONDS = 3600
    with Receiver(delay=2) as receiver:
        endpoint(receiver, ["guide.published"])
        guide = GuidePageFactory()
        started = time.monotonic()
        publish(guide, django_capture_on_commit_callbacks)
        assert time.monotonic() - started < 0.5
        assert receiver.received == []  # queued: the worker sends it
        assert WebhookDelivery.objects.get().state == "pending"

        call_command("run_worker", once=True, no_scheduler=True, verbosity=0)

    row = WebhookDelivery.objects.get()
    assert len(receiver.received) == 1
    assert (row.state, row.attempts, row.response_code) == ("pending", 1, None)  # to be tried again
    assert row.last_error == "TimeoutError: timed out"


# The scheduler closes the connection between its jobs, as a test's wrapping transaction cannot be.
@pytest.mark.django_db(transaction=True)
def test_a_delivery_a_stopped_worker_left_sending_is_sent_again_by_the_scheduler():
    with Receiver() as receiver:
        crm = endpoint(receiver, ["guide.published"])
        # Claimed by a worker that was killed before it could write the answer down, 10 minutes ago.
        stalled = WebhookDelivery.objects.create(
            endpoint=crm,
            event="guide.published",
            payload={"event": "guide.published"},
            state="sending",
            attempts=1,
            last_attempt_at=timezone.now() - timedelta(minutes=10),
        )
        # Claimed a second ago by a worker still waiting for the receiver: left alone.
        sending = WebhookDelivery.objects.create(
            endpoint=crm,
            event="guide.published",
            payload={},
            state="sending",
            attempts=1,
            last_attempt_at=timezone.now(),
        )
        publish_scheduled()

    assert [request["headers"]["X-Webhook-Delivery"] for request in receiver.received] == [str(stalled.pk)]
    stalled.refresh_from_db()
    assert (stalled.state, stalled.attempts, stalled.response_code, stalled.last_error) == ("delivered", 2, 200, "")
    assert WebhookDelivery.objects.get(pk=sending.pk).state == "sending"


@pytest.mark.django_db(transaction=True)
def test_the_delivery_log_keeps_finished_deliveries_for_its_days(settings):
    settings.WEBHOOKS_KEEP_DAYS = 30
    crm = WebhookEndpoint.objects.create(name="CRM", url="https://crm.example/hook", events=["guide.published"])
    old, recent = timezone.now() - timedelta(days=31), timezone.now() - timedelta(days=29)
    for state, created_at in [("delivered", old), ("failed", old), ("pending", old), ("delivered", recent)]:
        WebhookDelivery.objects.create(endpoint=crm, event="test", payload={}, state=state, created_at=created_at)

    publish_scheduled()

    assert sorted(WebhookDelivery.objects.values_list("state", "created_at")) == [
        ("delivered", recent),
        ("pending", old),
    ]
