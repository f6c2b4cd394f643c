"""Queueing deliveries after the commit, and sending them in the background (`run_worker`).

`notify(event, subject)` writes one delivery per endpoint that wants the event, in the caller's
transaction, and queues its task only once that transaction commits: a publish that rolls back sends
nothing, and a publish never waits for a receiver. The task claims the delivery (pending → sending,
one atomic update, so two copies of the task never both send), POSTs it with a short timeout and
without following redirects, and records the answer. A 2xx is delivered; anything else (a timeout, a
refused connection, a 3xx, 4xx or 5xx) is written down and tried again after WEBHOOKS_RETRY_SECONDS,
doubling each time, until WEBHOOKS_MAX_ATTEMPTS, after which the delivery is failed. No database
transaction is open while the receiver is waited for.

`look_after_deliveries()` runs with each round of the worker's scheduler (WORKER_SCHEDULED_JOBS): a
delivery left "sending" by a worker that stopped mid-send (killed, its machine gone) is tried again
once it has been sending far longer than a receiver may take, and the log keeps delivered and failed
deliveries for WEBHOOKS_KEEP_DAYS.
"""

import json
import logging
import time
import urllib.error
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task

from . import signing
from .models import WebhookDelivery, WebhookEndpoint
from .payloads import payload

logger = logging.getLogger(__name__)
USER_AGENT = "guides-webhooks/1"


def notify(event, subject, when=None):
    """Record and queue a delivery of the event to every active endpoint that wants it. `subject` is
    called (and `when`, a last check, first) only when some endpoint does: one query otherwise."""
    endpoints = [endpoint for endpoint in WebhookEndpoint.objects.filter(active=True) if endpoint.wants(event)]
    if not endpoints or (when is not None and not when()):
        return
    body = payload(event, subject())
    for endpoint in endpoints:
        queue(WebhookDelivery.objects.create(endpoint=endpoint, event=event, payload=body))


def queue(delivery):
    transaction.on_commit(lambda pk=delivery.pk: deliver_webhook.enqueue(pk))


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    """A receiver answers where it is; a redirect is a failed delivery, never followed elsewhere."""

    def redirect_request(self, *args, **kwargs):
        return None


_opener = urllib.request.build_opener(_NoRedirects)


def post(delivery):
    """Send the delivery once: its HTTP status, or raise (urllib's errors, a timeout)."""
    body = json.dumps(delivery.payload, separators=(",", ":"), sort_keys=True).encode()
    timestamp = int(time.time())
    request = urllib.request.Request(
        delivery.endpoint.url,
        data=body,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            "X-Webhook-Event": delivery.event,
            "X-Webhook-Delivery": str(delivery.pk),
            signing.TIMESTAMP_HEADER: str(timestamp),
            signing.SIGNATURE_HEADER: signing.signature(delivery.endpoint.secret, timestamp, body),
        },
    )
    with _opener.open(request, timeout=settings.WEBHOOKS_TIMEOUT_SECONDS) as response:
        return response.status


@task()
def deliver_webhook(delivery_id):
    claimed = WebhookDelivery.objects.filter(pk=delivery_id, state=WebhookDelivery.State.PENDING).update(
        state=WebhookDelivery.State.SENDING, attempts=F("attempts") + 1, last_attempt_at=timezone.now()
    )
    if not claimed:
        return  # delivered, being sent by another worker, or its endpoint deleted
    delivery = WebhookDelivery.objects.select_related("endpoint").get(pk=delivery_id)
    code, error = None, ""
    try:
        code = post(delivery)
    except urllib.error.HTTPError as answer:
        code, error = answer.code, f"HTTP {answer.code} {answer.reason}"
    except Exception as failure:  # a timeout, a refused connection, a bad certificate...
        error = f"{type(failure).__name__}: {failure}"
    delivery.response_code = code
    if error:
        delivery.last_error = error[:500]
        gave_up = delivery.attempts >= settings.WEBHOOKS_MAX_ATTEMPTS
        delivery.state = WebhookDelivery.State.FAILED if gave_up else WebhookDelivery.State.PENDING
        if gave_up:
            logger.warning("Gave up delivering %s after %s attempts: %s", delivery, delivery.attempts, error)
    else:
        delivery.state, delivery.delivered_at, delivery.last_error = WebhookDelivery.State.DELIVERED, timezone.now(), ""
    delivery.save(update_fields=["state", "response_code", "last_error", "delivered_at"])
    if delivery.state == WebhookDelivery.State.PENDING:
        _retry_later(delivery)


def look_after_deliveries():
    """Send again what a stopped worker left "sending", and forget what is older than the log keeps."""
    now = timezone.now()
    stalled_since = now - timedelta(seconds=settings.WEBHOOKS_TIMEOUT_SECONDS + settings.WEBHOOKS_STALLED_AFTER_SECONDS)
    stalled = list(
        WebhookDelivery.objects.filter(
            state=WebhookDelivery.State.SENDING, last_attempt_at__lt=stalled_since
        ).values_list("pk", flat=True)
    )
    for pk in stalled:
        # The same compare-and-set as a claim: a worker that finishes the send meanwhile wins.
        resumed = WebhookDelivery.objects.filter(pk=pk, state=WebhookDelivery.State.SENDING).update(
            state=WebhookDelivery.State.PENDING, last_error="The worker stopped while sending; sent again."
        )
        if resumed:
            logger.warning("Webhook delivery %s was left sending by a stopped worker; it is sent again.", pk)
            queue(WebhookDelivery(pk=pk))
    finished = [WebhookDelivery.State.DELIVERED, WebhookDelivery.State.FAILED]
    forgotten, _ = WebhookDelivery.objects.filter(
        state__in=finished, created_at__lt=now - timedelta(days=settings.WEBHOOKS_KEEP_DAYS)
    ).delete()
    return len(stalled), forgotten


def _retry_later(delivery):
    delay = settings.WEBHOOKS_RETRY_SECONDS * 2 ** (delivery.attempts - 1)
    retry_task = deliver_webhook
    if retry_task.get_backend().supports_defer:
        retry_task = retry_task.using(run_after=timezone.now() + timedelta(seconds=delay))
    retry_task.enqueue(delivery.pk)
