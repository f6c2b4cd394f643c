"""Which pages a reader may see: live, public (no view restriction) and not past their expiry time.

`run_worker` unpublishes expired pages every SCHEDULER_INTERVAL_SECONDS; until it does, listings,
cards, the sitemap, the feed and the API leave out live pages whose `expire_at` has passed, so a page
is gone for readers at its expiry time, not at the scheduler's next tick.

A page model whose manager is `ReadablePageManager` answers `Model.objects.readable()`, and so does
a reverse relation to it (`author.guides.readable()`): the rule is written once.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Length, Substr
from django.utils import timezone
from wagtail.models import PageManager, PageViewRestriction
from wagtail.query import PageQuerySet


def not_expired():
    """A filter for pages with no expiry time or one still to come."""
    return Q(expire_at__isnull=True) | Q(expire_at__gt=timezone.now())


def in_a_private_section():
    """True for a page under (or at) a page with view restrictions: Wagtail's `.public()` as a
    subquery, where Wagtail's own reads every restriction first, in a query of its own."""
    return Exists(PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path"))))


def has_expired(page):
    return bool(page.expire_at and page.expire_at <= timezone.now())


class ReadablePageQuerySet(PageQuerySet):
    def readable(self):
        """What an anonymous reader may see: live, public and not expired."""
        return self.live().public().filter(not_expired())


class ReadablePageManager(PageManager.from_queryset(ReadablePageQuerySet)):
    pass
