"""Cache-Control is decided in one place: public pages may be shared, the admin never."""

import pytest

from tests.conftest import DEMO_GUIDE_URL

pytestmark = pytest.mark.django_db


def test_public_page_for_an_anonymous_reader_is_publicly_cacheable(client):
    response = client.get(DEMO_GUIDE_URL)
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"


def test_shared_caches_may_keep_public_pages_for_the_configured_time(client, settings):
    settings.PUBLIC_PAGE_CACHE_SECONDS = 300
    response = client.get(DEMO_GUIDE_URL)
    assert response["Cache-Control"] == "public, max-age=0, s-maxage=300"


def test_signed_in_editors_never_get_a_shared_copy(admin_client):
    response = admin_client.get(DEMO_GUIDE_URL)
    assert response["Cache-Control"] == "private, no-store"


def test_admin_pages_are_never_cached(admin_client):
    response = admin_client.get("/admin/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
