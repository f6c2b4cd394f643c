"""Personal data held in booking requests: retention, and the export and erasure of everything
about one e-mail address. Each run is logged (PersonalDataLog) with the address only as a hash."""

import json
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .records import DiscoveryCallRequest, PersonalDataLog


def requests_for(email):
    return DiscoveryCallRequest.objects.filter(email__iexact=email.strip())


def export(email, by=""):
    """Everything held about the address, as JSON-ready data."""
    bookings = (
        requests_for(email).select_related("source_guide", "source_cta").prefetch_related("history", "deliveries")
    )
    data = {
        "email": email.strip(),
        "exported_at": timezone.now().isoformat(),
        "requests": [
            {
                "received": booking.created_at.isoformat(),
                "name": booking.name,
                "email": booking.email,
                "company": booking.company,
                "role": booking.role,
                "topic": booking.topic,
                "time_zone": booking.time_zone,
                "preferred_windows": booking.preferred_windows,
                "consent_given": booking.consent_at.isoformat(),
                "status": booking.get_status_display(),
                "source_guide": booking.source_guide.title if booking.source_guide else "",
                "source_call_to_action": booking.source_cta.name if booking.source_cta else "",
                "utm": {
                    key: getattr(booking, f"utm_{key}") for key in ("source", "medium", "campaign", "term", "content")
                },
                "notes": [entry.note for entry in booking.history.all() if entry.note],
                # What the rate limit counts requests by: a keyed digest of the address it came from.
                "sender_address_digest": booking.client_key,
                "emails_sent": [
                    {"kind": d.get_kind_display(), "sent": d.sent_at.isoformat() if d.sent_at else None}
                    for d in booking.deliveries.all()
                ],
            }
            for booking in bookings
        ],
    }
    PersonalDataLog.objects.create(
        action=PersonalDataLog.Action.EXPORT,
        email_hash=PersonalDataLog.hash_email(email),
        requests=len(data["requests"]),
        by=by,
    )
    return data


def export_json(email, by=""):
    return json.dumps(export(email, by), indent=2, ensure_ascii=False)


@transaction.atomic
def erase(email, by=""):
    """Delete every request from the address, with its history and e-mail records."""
    count = requests_for(email).count()
    requests_for(email).delete()
    PersonalDataLog.objects.create(
        action=PersonalDataLog.Action.ERASE, email_hash=PersonalDataLog.hash_email(email), requests=count, by=by
    )
    return count


@transaction.atomic
def purge(days=None, by="purge_bookings"):
    """Delete requests received more than `days` (BOOKINGS_RETENTION_DAYS) ago."""
    days = settings.BOOKINGS_RETENTION_DAYS if days is None else days
    old = DiscoveryCallRequest.objects.filter(created_at__lt=timezone.now() - timedelta(days=days))
    count = old.count()
    old.delete()
    PersonalDataLog.objects.create(action=PersonalDataLog.Action.PURGE, requests=count, by=by)
    return count
