"""The demo booking page: made when `manage.py load_demo` runs (guides' loader asks through its
`demo_pages_loading` signal, so guides never imports this app)."""

from django.dispatch import receiver

from guides.demo.load import BOOKING_PAGE_SLUG, DemoLoader, demo_pages_loading
from guides.models import ContentPage

from . import demo
from .models import BookingPage


@receiver(demo_pages_loading, sender=DemoLoader)
def load_booking_page(sender, home, loader, **kwargs):
    existing = BookingPage.objects.first()
    if existing:
        return {BOOKING_PAGE_SLUG: existing}
    spec = dict(demo.PRIVACY_PAGE, body=loader.stream_json([("paragraph", demo.PRIVACY_PAGE["body"])], {}))
    privacy = loader.ensure_page(home, ContentPage, **spec)
    page = loader.ensure_page(home, BookingPage, privacy_page=privacy, **demo.BOOKING_PAGE)
    return {BOOKING_PAGE_SLUG: page, privacy.slug: privacy}
