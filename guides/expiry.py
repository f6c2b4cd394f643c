"""A page past its expiry time is gone for readers at once, not at the scheduler's next tick.

`run_worker` unpublishes expired pages every SCHEDULER_INTERVAL_SECONDS; until it does, listings,
cards, the sitemap and the feed leave out live pages whose `expire_at` has passed.
"""

from django.db.models import Q
from django.utils import timezone


def not_expired():
    """A filter for pages with no expiry time or one still to come."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def has_expired(page):
    return bool(page.expire_at and page.expire_at <= timezone.now())
