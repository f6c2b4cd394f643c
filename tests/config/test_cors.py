"""Cross-origin API reads: only for the origins API_CORS_ORIGINS names, only under /api/, off by default."""

import pytest

pytestmark = pytest.mark.django_db
PARTNER = "https://partner.example.com"


def test_by_default_no_origin_may_read_the_api_and_nothing_varies_on_origin(client):
    response = client.get("/api/v1/guides/", HTTP_ORIGIN=PARTNER)
    assert response.status_code == 200
    assert "Access-Control-Allow-Origin" not in response
    assert "origin" not in response["Vary"].lower()


def test_a_configured_origin_reads_the_api(client, settings):
    settings.CORS_ALLOWED_ORIGINS = [PARTNER]
    response = client.get("/api/v1/guides/", HTTP_ORIGIN=PARTNER)
    assert response["Access-Control-Allow-Origin"] == PARTNER
    assert response["Access-Control-Expose-Headers"] == "ETag, Last-Modified, Retry-After, Content-Disposition"
    assert "Access-Control-Allow-Credentials" not in response
    assert "origin" in response["Vary"].lower()


def test_another_origin_is_not_allowed(client, settings):
    settings.CORS_ALLOWED_ORIGINS = [PARTNER]
    response = client.get("/api/v1/guides/", HTTP_ORIGIN="https://elsewhere.example.com")
    assert "Access-Control-Allow-Origin" not in response


def test_pages_outside_the_api_never_allow_another_origin(client, settings):
    settings.CORS_ALLOWED_ORIGINS = [PARTNER]
    response = client.get("/healthz", HTTP_ORIGIN=PARTNER)
    assert "Access-Control-Allow-Origin" not in response


def test_a_preflight_with_a_key_header_is_answered_without_reaching_the_api(client, settings):
    settings.CORS_ALLOWED_ORIGINS = [PARTNER]
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anonymous": "1/minute", "key": "1/minute"},
    }
    for _ in range(3):
        response = client.options(
            "/api/v1/booking-requests/",
            HTTP_ORIGIN=PARTNER,
            HTTP_ACCESS_CONTROL_REQUEST_METHOD="PATCH",
            HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization",
        )
        assert response.status_code == 200
    assert response["Access-Control-Allow-Origin"] == PARTNER
    assert response["Access-Control-Allow-Methods"] == "GET, HEAD, OPTIONS, PATCH"
    assert "authorization" in response["Access-Control-Allow-Headers"]
