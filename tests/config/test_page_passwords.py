"""Passwords of password-protected pages (Wagtail's page-view restrictions) are rate limited
(config/rate_limits.py): five tries a minute from one address, then 429 without checking."""

import pytest
from django.core.cache import cache
from wagtail.models import PageViewRestriction

from tests.guides.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_earlier_tries():
    cache.clear()  # tries are counted in the cache, which outlives each test's rollback


@pytest.fixture
def restriction():
    page = ContentPageFactory(title="Client notes", slug="client-notes")
    return PageViewRestriction.objects.create(page=page, restriction_type="password", password="letmein")


def try_password(client, restriction, password):
    address = f"/_util/authenticate_with_password/{restriction.pk}/{restriction.page_id}/"
    return client.post(address, {"password": password, "return_url": "/client-notes/"})


def test_the_right_password_opens_the_page(client, restriction):
    response = try_password(client, restriction, "letmein")
    assert (response.status_code, response["Location"]) == (302, "/client-notes/")


def test_five_wrong_passwords_get_the_form_again(client, restriction):
    statuses = [try_password(client, restriction, f"guess{n}").status_code for n in range(5)]
    assert statuses == [200, 200, 200, 200, 200]


def test_the_sixth_try_in_a_minute_is_refused_even_with_the_right_password(client, restriction):
    for n in range(5):
        try_password(client, restriction, f"guess{n}")
    response = try_password(client, restriction, "letmein")
    assert response.status_code == 429
    assert "Too many attempts" in response.content.decode()
