"""Which guides and which calls to action bring requests: counts by month and how many were booked.

Each function is one grouped query, whatever the number of requests. Shown on a guide's Bookings tab,
on the sales dashboard panel and in the API (/api/v1/booking-stats/).
"""

from django.db.models import Count, Q
from django.db.models.functions import TruncMonth

from .records import DiscoveryCallRequest

BOOKED = Q(booked_at__isnull=False)


def _monthly(queryset):
    rows = (
        queryset.annotate(month=TruncMonth("created_at"))
        .values("month")
        .annotate(requests=Count("pk"), booked=Count("pk", filter=BOOKED))
        .order_by("-month")
    )
    return [
        {"month": row["month"].strftime("%Y-%m"), "requests": row["requests"], "booked": row["booked"]} for row in rows
    ]


def monthly_for_guide(guide_id):
    return _monthly(DiscoveryCallRequest.objects.filter(source_guide_id=guide_id))


def _by(field, label_field, queryset=None):
    """Per source (guide or CTA), its months and totals: one query, grouped by source and month."""
    queryset = queryset if queryset is not None else DiscoveryCallRequest.objects.all()
    rows = (
        queryset.filter(**{f"{field}__isnull": False})
        .annotate(month=TruncMonth("created_at"))
        .values(field, f"{field}__{label_field}", "month")
        .annotate(requests=Count("pk"), booked=Count("pk", filter=BOOKED))
        .order_by(field, "-month")
    )
    sources = {}
    for row in rows:
        source = sources.setdefault(
            row[field],
            {"id": row[field], "title": row[f"{field}__{label_field}"], "requests": 0, "booked": 0, "months": []},
        )
        source["requests"] += row["requests"]
        source["booked"] += row["booked"]
        source["months"].append(
            {"month": row["month"].strftime("%Y-%m"), "requests": row["requests"], "booked": row["booked"]}
        )
    return sorted(sources.values(), key=lambda source: (-source["requests"], source["title"]))


def guide_stats(queryset=None):
    return _by("source_guide", "title", queryset)


def cta_stats(queryset=None):
    return _by("source_cta", "name", queryset)
