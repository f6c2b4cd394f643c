"""Fixtures for the bookings tests: the booking page, a fresh rate-limit count, people by role."""

import pytest
from django.core.cache import cache

from tests.bookings.factories import BookingPageFactory, sales_group, user_with


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def booking_page(db):
    """The booking page at /book-a-discovery-call/; a transactional test may start with the demo's."""
    from bookings.models import BookingPage

    return BookingPage.objects.first() or BookingPageFactory()


@pytest.fixture
def sales_user(db, django_user_model):
    return user_with(django_user_model, "sam", sales_group())


@pytest.fixture
def editor(db, django_user_model):
    """Signed in to the admin, but not in the Sales group."""
    return user_with(django_user_model, "eddie")
