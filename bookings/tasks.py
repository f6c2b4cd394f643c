"""Sending a request's e-mails in the background (django-tasks; `manage.py run_worker` runs them).

Each e-mail is an `EmailDelivery` row made in the same transaction as the request; after it commits,
one task per row sends it. The task locks the row, sends, and marks it sent before the lock is
released, so a second copy of the task finds it sent and does nothing. A mailer that raises leaves
the row pending with the error and its attempt count, and the task is queued again after a delay
(BOOKINGS_EMAIL_RETRY_SECONDS, doubling each time) until BOOKINGS_EMAIL_MAX_ATTEMPTS; the admin lists
what is still pending or failed.
"""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django_tasks import task

from .personal_data import purge
from .records import EmailDelivery

logger = logging.getLogger(__name__)


def queue_emails(booking):
    """Make the request's deliveries and queue their sending once the transaction commits."""
    for kind in (EmailDelivery.Kind.SALES, EmailDelivery.Kind.CONFIRMATION):
        delivery = EmailDelivery.objects.create(request=booking, kind=kind)
        transaction.on_commit(lambda pk=delivery.pk: deliver_booking_email.enqueue(pk))


def build_message(delivery):
    """Plain-text e-mails only: whatever the visitor typed arrives as text, never as markup."""
    booking = delivery.request
    context = {"booking": booking, "site_name": settings.WAGTAIL_SITE_NAME, "admin_url": settings.WAGTAILADMIN_BASE_URL}
    if delivery.kind == EmailDelivery.Kind.SALES:
        return EmailMessage(
            subject=f"New discovery-call request from {booking.company}",
            body=render_to_string("bookings/emails/sales_notification.txt", context),
            to=settings.BOOKINGS_SALES_EMAILS,
            reply_to=[booking.email],
        )
    return EmailMessage(
        subject=f"Your discovery call with {settings.WAGTAIL_SITE_NAME}",
        body=render_to_string("bookings/emails/visitor_confirmation.txt", context),
        to=[booking.email],
    )


@task()
def deliver_booking_email(delivery_id):
    with transaction.atomic():
        delivery = EmailDelivery.objects.select_for_update().select_related("request").filter(pk=delivery_id).first()
        if delivery is None or delivery.state != EmailDelivery.State.PENDING:
            return  # erased, already sent, or given up: nothing to do
        delivery.attempts += 1
        try:
            build_message(delivery).send()
        except Exception as error:  # any mailer failure: keep the row, try again later
            delivery.last_error = f"{type(error).__name__}: {error}"[:500]
            if delivery.attempts >= settings.BOOKINGS_EMAIL_MAX_ATTEMPTS:
                delivery.state = EmailDelivery.State.FAILED
                logger.error("Gave up sending %s after %s attempts", delivery, delivery.attempts)
            delivery.save(update_fields=["attempts", "last_error", "state"])
            retry = delivery.state == EmailDelivery.State.PENDING
        else:
            delivery.state, delivery.sent_at = EmailDelivery.State.SENT, timezone.now()
            delivery.save(update_fields=["attempts", "state", "sent_at"])
            retry = False
    if retry:
        _retry_later(delivery)


def _retry_later(delivery):
    delay = settings.BOOKINGS_EMAIL_RETRY_SECONDS * 2 ** (delivery.attempts - 1)
    retry_task = deliver_booking_email
    if retry_task.get_backend().supports_defer:
        retry_task = retry_task.using(run_after=timezone.now() + timedelta(seconds=delay))
    retry_task.enqueue(delivery.pk)


@task()
def purge_expired_bookings():
    """The retention purge, once a day: it runs and queues its next run for a day later."""
    purge(by="scheduled purge")
    schedule_purge(timezone.now() + timedelta(days=1))


def schedule_purge(when=None):
    """Queue the daily purge unless a run is already waiting (needs a queue that can defer: the database one)."""
    from django_tasks_db.models import DBTaskResult

    path = purge_expired_bookings.module_path
    if DBTaskResult.objects.filter(task_path=path, status="READY").exists():
        return False
    purge_expired_bookings.using(run_after=when or timezone.now()).enqueue()
    return True
