"""The events endpoints may ask for, heard from the domains' own signals (the domains know nothing
of webhooks): Wagtail's page_published / page_unpublished for guides, Wagtail's `published` for the
frameworks records (DraftStateMixin), and a new booking request's first save."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, published

from bookings.models import DiscoveryCallRequest
from changes.subjects import is_readable
from frameworks.models import PublishableRecord
from guides.models import GuidePage

from .models import Event
from .payloads import booking_subject, guide_subject, record_subject
from .tasks import notify


@receiver(page_published, sender=GuidePage)
def guide_published(sender, instance, **kwargs):
    # A guide behind a password or a login is not public: channels are not told of it.
    notify(Event.GUIDE_PUBLISHED, lambda: guide_subject(instance), when=lambda: is_readable(instance))


@receiver(page_unpublished, sender=GuidePage)
def guide_unpublished(sender, instance, **kwargs):
    notify(Event.GUIDE_UNPUBLISHED, lambda: guide_subject(instance))


@receiver(published)
def record_published(sender, instance, **kwargs):
    if isinstance(instance, PublishableRecord):
        notify(Event.RECORD_PUBLISHED, lambda: record_subject(instance))


@receiver(post_save, sender=DiscoveryCallRequest)
def booking_created(sender, instance, created=False, raw=False, **kwargs):
    if created and not raw:
        notify(Event.BOOKING_CREATED, lambda: booking_subject(instance))
