"""How many booking forms a client may send: BOOKINGS_RATE_LIMIT in BOOKINGS_RATE_WINDOW_SECONDS.

Each attempt is counted in the shared cache (Redis in production). When the cache does not answer
(production's is set to swallow its errors, so a count comes back as None), the requests this client
stored in the window are counted instead: each request keeps a keyed digest of its client's address
(`client_key`, never the address itself), so an outage of Redis never refuses a reader's request,
and a flood from one address is still held back.
"""

import hashlib
import hmac
from datetime import timedelta

from django.conf import settings
from django.core.cache import cache
from django.utils import timezone

from .records import DiscoveryCallRequest


def client_id(request):
    """Who the rate limit counts: the connecting address (set REMOTE_ADDR from a trusted proxy header
    in the web server when the site runs behind one)."""
    return request.META.get("REMOTE_ADDR") or "unknown"


def client_key(request):
    """A digest of the client's address, keyed with SECRET_KEY: equal for one address, and no address
    can be read back from it."""
    digest = hmac.new(settings.SECRET_KEY.encode(), client_id(request).encode(), hashlib.sha256)
    return digest.hexdigest()[:32]


def over_rate_limit(request):
    """Counts this attempt; True when the client has sent more than BOOKINGS_RATE_LIMIT forms in the window."""
    count = _count_in_cache(f"bookings:rate:{client_id(request)}")
    if count is None:
        count = 1 + _stored_in_window(client_key(request))
    return count > settings.BOOKINGS_RATE_LIMIT


def _count_in_cache(key):
    """This attempt's number in the window, or None when the cache does not answer."""
    window = settings.BOOKINGS_RATE_WINDOW_SECONDS
    cache.add(key, 0, timeout=window)
    try:
        return cache.incr(key)
    except ValueError:  # the key expired (or was evicted) between add and incr: a new window
        return 1 if cache.add(key, 1, timeout=window) else None


def _stored_in_window(key):
    since = timezone.now() - timedelta(seconds=settings.BOOKINGS_RATE_WINDOW_SECONDS)
    return DiscoveryCallRequest.objects.filter(client_key=key, created_at__gte=since).count()
