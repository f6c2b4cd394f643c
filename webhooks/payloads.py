"""What a delivery says: which thing changed and where to read it, never its content.

A payload names the subject (type, id, slug, title, its page and API addresses) and when the event
happened. It carries no body, no draft and no personal data: a receiver that wants more reads the
API, which applies its own rules (published content only; booking requests need a key).
"""

from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from changes import subjects


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def guide_subject(page):
    return {**subjects.guide_subject(page), "url": page.get_full_url(), "api_url": _api_url("guide", pk=page.pk)}


def record_subject(record):
    subject = subjects.record_subject(record)
    return {**subject, "url": None, "api_url": _api_url(subject["type"], slug=record.slug)}


def _api_url(resource, **lookup):
    return absolute(reverse(f"api:{resource}-detail", kwargs=lookup))


def booking_subject(booking):
    """A booking request is personal data: only its id and where a key holder reads it."""
    return {
        "type": "booking-request",
        "id": booking.pk,
        "slug": None,
        "title": None,
        "url": None,
        "api_url": absolute(reverse("api:booking-request-detail", kwargs={"pk": booking.pk})),
    }


def payload(event, subject, occurred_at=None):
    return {
        "event": str(event),
        "occurred_at": (occurred_at or timezone.now()).isoformat().replace("+00:00", "Z"),
        "data": subject,
    }
