"""The e-mails a request sends: what they say, and that a failing mailer never loses or duplicates one."""

import smtplib
from unittest import mock

import pytest
from django.core.mail import EmailMessage
from django.core.management import call_command

from bookings.models import DiscoveryCallRequest, EmailDelivery
from tests.bookings.factories import form_data
from tests.guides.factories import CallToActionFactory, GuidePageFactory

pytestmark = pytest.mark.django_db
URL = "/book-a-discovery-call/"


@pytest.fixture
def queue(settings):
    """The real queue: tasks wait in the database until run_worker runs them; retries are due at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.BOOKINGS_EMAIL_RETRY_SECONDS = 0


def submit(client, capture, **overrides):
    with capture(execute=True):
        return client.post(URL, form_data(**overrides))


def test_sales_are_notified_with_the_request_and_its_source(
    client, booking_page, settings, mailoutbox, django_capture_on_commit_callbacks
):
    settings.BOOKINGS_SALES_EMAILS = ["sales@example.com"]
    guide = GuidePageFactory(title="Backend frameworks compared")
    cta = CallToActionFactory(name="Discovery call")
    submit(client, django_capture_on_commit_callbacks, guide=str(guide.pk), cta=str(cta.pk))
    sales = next(m for m in mailoutbox if m.to == ["sales@example.com"])
    assert sales.subject == "New discovery-call request from Analytical Engines Ltd"
    assert sales.reply_to == ["ada@example.com"]
    assert "Source guide: Backend frameworks compared" in sales.body
    assert "Call to action: Discovery call" in sales.body
    assert "Moving our API to a typed framework." in sales.body


def test_the_visitor_gets_a_confirmation(client, booking_page, mailoutbox, django_capture_on_commit_callbacks):
    submit(client, django_capture_on_commit_callbacks)
    confirmation = next(m for m in mailoutbox if m.to == ["ada@example.com"])
    assert confirmation.subject == "Your discovery call with Resourcifi Guides"
    assert confirmation.body.startswith("Hello Ada Byron,")


def test_no_email_is_sent_before_the_request_is_committed(client, booking_page, mailoutbox):
    client.post(URL, form_data())  # on-commit callbacks not run: the transaction never committed
    assert DiscoveryCallRequest.objects.count() == 1
    assert mailoutbox == []


# The worker closes connections that are not in autocommit, as a test's wrapping transaction is not:
# it runs outside one, as it does in production.
@pytest.mark.django_db(transaction=True)
def test_a_failing_mailer_keeps_the_request_and_delivers_each_email_exactly_once_on_retry(
    client, booking_page, queue, mailoutbox, django_capture_on_commit_callbacks
):
    real_send, tried = EmailMessage.send, set()

    def flaky_send(message, *args, **kwargs):
        if message.subject not in tried:  # the first attempt of each e-mail fails
            tried.add(message.subject)
            raise smtplib.SMTPServerDisconnected("Connection unexpectedly closed")
        return real_send(message, *args, **kwargs)

    with mock.patch.object(EmailMessage, "send", flaky_send):
        response = submit(client, django_capture_on_commit_callbacks)
        assert response.status_code == 302
        assert DiscoveryCallRequest.objects.count() == 1
        assert mailoutbox == []  # queued, not sent: nothing runs until the worker does
        call_command("run_worker", once=True, no_scheduler=True, verbosity=0)
        call_command("run_worker", once=True, no_scheduler=True, verbosity=0)

    assert sorted(m.subject for m in mailoutbox) == [
        "New discovery-call request from Analytical Engines Ltd",
        "Your discovery call with Resourcifi Guides",
    ]
    assert sorted(EmailDelivery.objects.values_list("kind", "state", "attempts")) == [
        ("confirmation", "sent", 2),
        ("sales", "sent", 2),
    ]


def test_a_delivery_already_sent_is_not_sent_again(booking_page, mailoutbox):
    from bookings.tasks import deliver_booking_email
    from tests.bookings.factories import DiscoveryCallRequestFactory

    delivery = EmailDelivery.objects.create(request=DiscoveryCallRequestFactory(), kind="sales")
    deliver_booking_email.call(delivery.pk)
    deliver_booking_email.call(delivery.pk)
    assert len(mailoutbox) == 1


def test_a_mailer_that_keeps_failing_leaves_the_delivery_failed_with_its_error(settings, mailoutbox):
    from bookings.tasks import deliver_booking_email
    from tests.bookings.factories import DiscoveryCallRequestFactory

    settings.BOOKINGS_EMAIL_MAX_ATTEMPTS = 3
    delivery = EmailDelivery.objects.create(request=DiscoveryCallRequestFactory(), kind="confirmation")
    with mock.patch.object(EmailMessage, "send", side_effect=smtplib.SMTPAuthenticationError(535, b"bad login")):
        deliver_booking_email.enqueue(delivery.pk)  # immediate backend: retries run at once
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == ("failed", 3)
    assert delivery.last_error == "SMTPAuthenticationError: (535, b'bad login')"
    assert mailoutbox == []


def test_pending_emails_are_listed_in_the_admin(client, sales_user):
    from tests.bookings.factories import DiscoveryCallRequestFactory

    EmailDelivery.objects.create(
        request=DiscoveryCallRequestFactory(name="Grace Hopper", company="Navy"),
        kind="sales",
        attempts=2,
        last_error="SMTPServerDisconnected: gone",
    )
    client.force_login(sales_user)
    html = client.get("/admin/booking-emails/?state=pending").content.decode()
    assert "Grace Hopper (Navy)" in html
    assert "SMTPServerDisconnected: gone" in html
