"""Factories for bookings: the booking page, requests, and the people who work them."""

import time
from datetime import UTC, datetime

import factory
from django.apps import apps
from django.contrib.auth.models import Permission
from factory.django import DjangoModelFactory

from bookings.forms import sign_started_at
from bookings.models import BookingPage, DiscoveryCallRequest
from bookings.roles import ensure_sales_group
from tests.guides.factories import ContentPageFactory, _PublishedPageFactory
from tests.site_tree import home_page


class BookingPageFactory(_PublishedPageFactory):
    title = "Book a discovery call"
    slug = "book-a-discovery-call"
    parent = factory.LazyFunction(home_page)
    intro = "Thirty minutes with our delivery team."
    privacy_page = factory.LazyFunction(lambda: ContentPageFactory(title="Privacy notice", slug="privacy"))
    next_steps = "<p>We reply within one working day.</p>"

    class Meta:
        model = BookingPage


class DiscoveryCallRequestFactory(DjangoModelFactory):
    name = "Ada Byron"
    email = factory.Sequence(lambda n: f"ada{n}@example.com")
    company = "Analytical Engines Ltd"
    topic = "Choosing a backend for our API."
    consent_at = factory.LazyFunction(lambda: datetime(2026, 7, 1, 9, 0, tzinfo=UTC))
    created_at = factory.LazyFunction(lambda: datetime(2026, 7, 1, 9, 0, tzinfo=UTC))

    class Meta:
        model = DiscoveryCallRequest


def form_data(**overrides):
    """A valid booking form as a visitor sends it (started ten seconds ago)."""
    data = {
        "name": "Ada Byron",
        "email": "ada@example.com",
        "company": "Analytical Engines Ltd",
        "role": "CTO",
        "topic": "Moving our API to a typed framework.",
        "time_zone": "UTC",
        "consent": "on",
        "started": sign_started_at(time.time() - 10),
        "website": "",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def user_with(django_user_model, username, *groups, superuser=False, admin_access=True):
    if superuser:
        return django_user_model.objects.create_superuser(username, f"{username}@example.com", "pw")
    user = django_user_model.objects.create_user(username, f"{username}@example.com", "pw")
    if admin_access:
        user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    for group in groups:
        user.groups.add(group)
    return user


def sales_group():
    return ensure_sales_group(apps)
