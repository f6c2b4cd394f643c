"""`?version=draft`: a key with the preview scope reads the latest draft; nobody else ever does."""

import pytest
from rest_framework_api_key.models import APIKey

from api.models import APIKeyScopes
from frameworks.models import Framework
from tests.frameworks.factories import FrameworkFactory
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def key(preview):
    api_key, secret = APIKey.objects.create_key(name="Staging site" if preview else "CRM")
    APIKeyScopes.objects.create(api_key=api_key, preview=preview)
    return {"HTTP_AUTHORIZATION": f"Api-Key {secret}"}


@pytest.fixture
def guide_with_a_draft():
    guide = GuidePageFactory(title="Queues compared", slug="queues-compared")
    guide.title = "Queues compared, second edition"
    guide.standfirst = "A draft standfirst."
    guide.save_revision()
    return guide


def test_a_preview_key_reads_a_guides_latest_draft(client, guide_with_a_draft):
    response = client.get(f"/api/v1/guides/{guide_with_a_draft.pk}/?version=draft", **key(preview=True))
    assert response.status_code == 200
    assert (response.json()["title"], response.json()["standfirst"]) == (
        "Queues compared, second edition",
        "A draft standfirst.",
    )
    assert response["Cache-Control"] == "private, no-store"


def test_the_live_version_is_still_what_readers_see(client, guide_with_a_draft):
    preview = key(preview=True)
    assert client.get(f"/api/v1/guides/{guide_with_a_draft.pk}/", **preview).json()["title"] == "Queues compared"
    live = client.get(f"/api/v1/guides/{guide_with_a_draft.pk}/?version=live", **preview)
    assert live.json()["title"] == "Queues compared"


def test_a_preview_key_reads_a_guide_never_published(client):
    draft = GuidePageFactory(title="Not out yet", live=False)
    draft.save_revision()
    response = client.get(f"/api/v1/guides/{draft.pk}/?version=draft", **key(preview=True))
    assert response.json()["title"] == "Not out yet"


def test_anonymous_clients_never_read_a_draft(client, guide_with_a_draft):
    response = client.get(f"/api/v1/guides/{guide_with_a_draft.pk}/?version=draft")
    assert response.status_code == 401
    assert response.json()["message"] == "Drafts need an API key with the preview scope."
    assert "second edition" not in response.content.decode()


def test_a_key_without_the_preview_scope_never_reads_a_draft(client, guide_with_a_draft, settings):
    settings.API_RESPONSE_CACHE_SECONDS = 300  # a draft answer kept for a preview key must not reach it
    url = f"/api/v1/guides/{guide_with_a_draft.pk}/?version=draft"
    assert client.get(url, **key(preview=True)).status_code == 200
    response = client.get(url, **key(preview=False))
    assert response.status_code == 403
    assert response.json()["message"] == "This API key may not read drafts: it has no preview scope."
    plain_key = APIKey.objects.create_key(name="No scopes at all")[1]
    assert client.get(url, HTTP_AUTHORIZATION=f"Api-Key {plain_key}").status_code == 403


def test_an_unknown_version_is_a_400_naming_it(client, guide_with_a_draft):
    response = client.get(f"/api/v1/guides/{guide_with_a_draft.pk}/?version=next")
    assert response.status_code == 400
    assert response.json()["fields"] == {"version": ["Use live or draft."]}


def test_a_preview_key_reads_a_records_draft_with_its_rows(client):
    framework = FrameworkFactory(name="Litestar", slug="litestar", values={"learning-curve": "Gentle"})
    draft = Framework.objects.get(pk=framework.pk)
    draft.name = "Litestar 3"
    draft.save_revision()

    data = client.get("/api/v1/frameworks/litestar/?version=draft", **key(preview=True)).json()
    assert data["name"] == "Litestar 3"
    assert data["values"]["learning-curve"]["text"] == "Gentle"
    assert client.get("/api/v1/frameworks/litestar/").json()["name"] == "Litestar"
    assert client.get("/api/v1/frameworks/litestar/?version=draft", **key(preview=False)).status_code == 403


def test_an_administrator_grants_the_preview_scope_in_the_admin(admin_client):
    api_key, _ = APIKey.objects.create_key(name="Staging site")
    form = {"name": "Staging site", "expiry_date": "", "preview": "on"}
    assert admin_client.post(f"/admin/api_keys/edit/{api_key.pk}/", form).status_code == 302
    assert APIKeyScopes.objects.get(api_key=api_key).preview is True
    edit = admin_client.get(f"/admin/api_keys/edit/{api_key.pk}/").content.decode()
    assert "May read drafts (preview scope)" in edit
