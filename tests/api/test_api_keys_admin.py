"""Staff create API keys in the Wagtail admin (Settings → API keys): the key is shown once, stored
hashed, and works until revoked."""

import re

import pytest
from rest_framework_api_key.models import APIKey

pytestmark = pytest.mark.django_db


def test_a_key_created_in_the_admin_is_shown_once_stored_hashed_and_works(admin_client, client):
    response = admin_client.post("/admin/api_keys/new/", {"name": "Partner site", "expiry_date": ""}, follow=True)

    shown = re.search(r"The API key for Partner site is ([\w.]+)", response.content.decode())
    key = shown.group(1)
    record = APIKey.objects.get(name="Partner site")
    assert key.startswith(record.prefix + ".")
    assert key not in record.hashed_key
    assert client.get("/api/v1/languages/", HTTP_AUTHORIZATION=f"Api-Key {key}").status_code == 200


def test_a_key_revoked_in_the_admin_stops_working(admin_client, client):
    record, key = APIKey.objects.create_key(name="Old partner")

    admin_client.post(f"/admin/api_keys/edit/{record.pk}/", {"name": "Old partner", "expiry_date": "", "revoked": "on"})

    assert APIKey.objects.get(pk=record.pk).revoked is True
    assert client.get("/api/v1/languages/", HTTP_AUTHORIZATION=f"Api-Key {key}").status_code == 401
