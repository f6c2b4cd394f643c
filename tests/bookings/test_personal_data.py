"""Personal data: requests past the retention period are purged; one address's data is exported or
erased on request; each of these is logged without keeping the address."""

import json
from datetime import UTC, datetime, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from bookings.models import DiscoveryCallRequest, EmailDelivery, PersonalDataLog, RequestHistory
from tests.bookings.factories import DiscoveryCallRequestFactory

pytestmark = pytest.mark.django_db


def run(*args):
    out = StringIO()
    call_command(*args, stdout=out)
    return out.getvalue()


def test_purge_deletes_requests_older_than_the_retention_period_and_keeps_the_rest(settings):
    settings.BOOKINGS_RETENTION_DAYS = 30
    DiscoveryCallRequestFactory(name="Old", created_at=timezone.now() - timedelta(days=31))
    DiscoveryCallRequestFactory(name="Recent", created_at=timezone.now() - timedelta(days=29))
    assert run("purge_bookings") == "Deleted 1 booking request past the retention period.\n"
    assert list(DiscoveryCallRequest.objects.values_list("name", flat=True)) == ["Recent"]


def test_purge_takes_the_history_and_emails_with_the_request(settings):
    settings.BOOKINGS_RETENTION_DAYS = 30
    old = DiscoveryCallRequestFactory(created_at=timezone.now() - timedelta(days=90))
    old.change_status("contacted", note="Called.")
    EmailDelivery.objects.create(request=old, kind="sales")
    run("purge_bookings")
    assert (RequestHistory.objects.count(), EmailDelivery.objects.count()) == (0, 0)


def test_purge_is_logged():
    run("purge_bookings", "--days", "0")
    log = PersonalDataLog.objects.get()
    assert (log.action, log.by) == ("purge", "purge_bookings")


def test_export_gives_everything_held_about_one_address_and_nothing_else():
    booking = DiscoveryCallRequestFactory(
        email="Ada@Example.com",
        name="Ada Byron",
        topic="Typed APIs",
        created_at=datetime(2026, 6, 1, tzinfo=UTC),
        client_key="5f2b0e6c1d9a4b7e8c3f0a1b2c3d4e5f",
    )
    booking.change_status("contacted", note="Left a message.")
    DiscoveryCallRequestFactory(email="grace@example.com", name="Grace Hopper")
    data = json.loads(run("export_booking_data", "ada@example.com"))
    assert [r["name"] for r in data["requests"]] == ["Ada Byron"]
    assert data["requests"][0]["topic"] == "Typed APIs"
    assert data["requests"][0]["notes"] == ["Left a message."]
    assert data["requests"][0]["status"] == "Contacted"
    assert data["requests"][0]["sender_address_digest"] == "5f2b0e6c1d9a4b7e8c3f0a1b2c3d4e5f"


def test_erase_removes_every_request_from_the_address_and_logs_it_without_the_address():
    DiscoveryCallRequestFactory.create_batch(2, email="ada@example.com")
    DiscoveryCallRequestFactory(email="grace@example.com")
    assert run("erase_booking_data", "ADA@example.com") == "Erased 2 booking requests from that address.\n"
    assert list(DiscoveryCallRequest.objects.values_list("email", flat=True)) == ["grace@example.com"]
    log = PersonalDataLog.objects.get()
    assert (log.action, log.requests) == ("erase", 2)
    assert "ada" not in log.email_hash and len(log.email_hash) == 64


def test_an_erased_requests_queued_email_is_skipped(mailoutbox):
    from bookings.tasks import deliver_booking_email

    delivery = EmailDelivery.objects.create(request=DiscoveryCallRequestFactory(email="ada@example.com"), kind="sales")
    run("erase_booking_data", "ada@example.com")
    deliver_booking_email.call(delivery.pk)
    assert mailoutbox == []


# The worker closes connections that are not in autocommit, as a test's wrapping transaction is not:
# it runs outside one, as it does in production.
@pytest.mark.django_db(transaction=True)
def test_the_scheduled_purge_runs_in_the_worker_and_queues_its_next_run_a_day_later(settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.BOOKINGS_RETENTION_DAYS = 30
    DiscoveryCallRequestFactory(name="Old", created_at=timezone.now() - timedelta(days=31))
    assert run("purge_bookings", "--schedule") == "Daily purge queued.\n"
    assert run("purge_bookings", "--schedule") == "Daily purge already queued.\n"
    call_command("run_worker", once=True, no_scheduler=True, verbosity=0)
    assert DiscoveryCallRequest.objects.count() == 0
    waiting = DBTaskResult.objects.get(status="READY")
    assert timedelta(hours=23) < waiting.run_after - timezone.now() <= timedelta(days=1)
