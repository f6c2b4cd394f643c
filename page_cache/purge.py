"""Purge paths once a change commits: from the page cache here, and from a CDN when one is configured.

Whatever changes content calls `purge_after_commit(paths)` as often as it likes inside a transaction;
the paths are gathered and purged once, after the commit, each path once. The page cache forgets
them at once (a reader on any app server sharing the cache gets a fresh page on the next request);
the CDN hears of the same paths as full URLs through Wagtail's front-end cache, whose purge runs as
a background task. A rolled-back transaction purges nothing.
"""

import threading
from urllib.parse import urlsplit

from django.conf import settings
from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache
from wagtail.models import Site

from . import store

EVERYTHING = "*"

_pending = threading.local()


class _Batch:
    """What one transaction purges; registered once with on_commit, so a rollback drops it."""

    def __init__(self):
        self.paths = set()
        self.later = []

    def __call__(self):
        for paths_then in self.later:
            self.paths |= set(paths_then())
        purge_now(self.paths)


def anything_kept():
    """Whether anything keeps pages to purge: the page cache, or a CDN. With neither (the test
    settings' default), working out what a change would purge is wasted work."""
    return bool(settings.PAGE_CACHE_SECONDS or getattr(settings, "WAGTAILFRONTENDCACHE", None))


def purge_after_commit(paths=(), *, then=None):
    """Purge these site-relative paths (EVERYTHING among them purges every page) after the current
    transaction commits, together with the paths `then()` returns once it has committed (where a
    changed page shows now)."""
    paths = set(paths)
    if not paths and then is None:
        return
    connection = transaction.get_connection()
    if not connection.in_atomic_block:
        purge_now(paths | (set(then()) if then else set()))
        return
    batch = getattr(_pending, "batch", None)
    if batch is None or not any(callback is batch for _, callback, _ in connection.run_on_commit):
        batch = _pending.batch = _Batch()
        transaction.on_commit(batch)
    batch.paths |= paths
    if then is not None:
        batch.later.append(then)


def purge_now(paths):
    paths = set(paths)
    if EVERYTHING in paths:
        paths.discard(EVERYTHING)
        store.purge_everything()
    store.purge_paths(paths)
    if paths and getattr(settings, "WAGTAILFRONTENDCACHE", None):
        root = _site_root()
        purge_urls_from_cache([root + path for path in sorted(paths)])


def page_paths(page):
    """A page's address and the sub-paths it serves (Wagtail's get_cached_paths: a routable page's
    routes), site-relative; nothing for a page with no address."""
    url = page.get_url(request=None)
    if not url:
        return set()
    path = urlsplit(url).path
    return {path} | {path + sub.lstrip("/") for sub in page.specific_deferred.get_cached_paths()}


def _site_root():
    site = Site.objects.filter(is_default_site=True).only("hostname", "port").first()
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")
