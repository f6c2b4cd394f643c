"""How the API behaves whatever the resource: access, paging, errors, throttles and caching."""

import pytest
from rest_framework_api_key.models import APIKey

from tests.frameworks.factories import FrameworkFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def api_key():
    _, key = APIKey.objects.create_key(name="Sales team")
    return key


def test_writing_to_a_read_only_resource_is_refused_in_the_error_shape(client):
    response = client.post("/api/v1/frameworks/", {"name": "Mine"})

    assert response.status_code == 401
    assert response["WWW-Authenticate"] == "Api-Key"
    assert response.json() == {
        "status": 401,
        "code": "not_authenticated",
        "message": "Authentication credentials were not provided.",
        "fields": {},
    }


def test_a_viewset_that_states_no_permission_refuses_anonymous_clients(client, settings, rf):
    from rest_framework.viewsets import ReadOnlyModelViewSet

    from api.frameworks.serializers import FrameworkSerializer
    from frameworks.models import Framework

    class Unstated(ReadOnlyModelViewSet):
        queryset = Framework.objects.all()
        serializer_class = FrameworkSerializer

    response = Unstated.as_view({"get": "list"})(rf.get("/api/v1/unstated/"))

    assert response.status_code == 401
    assert response.data == {
        "status": 401,
        "code": "not_authenticated",
        "message": "Authentication credentials were not provided.",
        "fields": {},
    }


def test_the_wagtail_admins_own_api_still_serves_signed_in_editors(admin_client, client):
    assert admin_client.get("/admin/api/main/pages/").status_code == 200
    assert client.get("/admin/api/main/pages/").status_code == 302


def test_a_key_holder_cannot_write_either(client, api_key):
    response = client.delete("/api/v1/frameworks/django/", HTTP_AUTHORIZATION=f"Api-Key {api_key}")

    assert response.status_code == 403
    assert response.json()["code"] == "permission_denied"


def test_a_revoked_key_is_refused(client):
    record, key = APIKey.objects.create_key(name="Old partner")
    record.revoked = True
    record.save()

    response = client.get("/api/v1/frameworks/", HTTP_AUTHORIZATION=f"Api-Key {key}")

    assert response.status_code == 401
    assert response.json() == {
        "status": 401,
        "code": "authentication_failed",
        "message": "This API key is not valid or has been revoked.",
        "fields": {},
    }


def test_a_page_size_above_the_cap_gets_the_cap(client):
    FrameworkFactory.create_batch(101)

    capped = client.get("/api/v1/frameworks/?page_size=500&fields=slug").json()
    default = client.get("/api/v1/frameworks/?fields=slug").json()

    assert (capped["count"], len(capped["results"])) == (101, 100)
    assert capped["next"] == "http://testserver/api/v1/frameworks/?fields=slug&page=2&page_size=500"
    assert len(default["results"]) == 20


def test_a_page_past_the_end_is_a_404_in_the_error_shape(client):
    response = client.get("/api/v1/frameworks/?page=9")

    assert response.status_code == 404
    assert response.json() == {"status": 404, "code": "not_found", "message": "Invalid page.", "fields": {}}


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999999999999999999", "1.5"])
def test_a_nonsense_page_number_is_a_404_never_a_5xx(client, page):
    assert client.get(f"/api/v1/frameworks/?page={page}").status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/api/v1/frameworks/no-such-framework/", "/api/v1/languages/abc/", "/api/v2/"],
)
def test_an_unknown_address_is_a_404_in_the_error_shape(client, url):
    response = client.get(url)

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_a_bad_filter_value_is_a_400_naming_the_filter(client):
    response = client.get("/api/v1/frameworks/?language=abc&tier=best")

    assert response.status_code == 400
    assert response.json() == {
        "status": 400,
        "code": "invalid",
        "message": "Some fields are not valid.",
        "fields": {
            "language": ["Enter a whole number."],
            "tier": ["Select a valid choice. best is not one of the available choices."],
        },
    }


def test_an_unknown_field_in_fields_is_a_400_naming_it(client):
    response = client.get("/api/v1/frameworks/?fields=slug,secret")

    assert response.status_code == 400
    assert response.json()["fields"] == {"fields": ["Unknown field: secret."]}


def test_past_the_anonymous_limit_the_api_answers_429_with_retry_after(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anonymous": "2/minute", "key": "5/minute"},
    }

    statuses = [client.get("/api/v1/languages/").status_code for _ in range(3)]
    response = client.get("/api/v1/languages/")

    assert statuses == [200, 200, 429]
    assert response.status_code == 429
    assert response["Retry-After"] == "60"
    assert response.json()["code"] == "throttled"


def test_a_key_raises_the_limit(client, settings, api_key):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anonymous": "2/minute", "key": "5/minute"},
    }

    statuses = [client.get("/api/v1/languages/", HTTP_AUTHORIZATION=f"Api-Key {api_key}").status_code for _ in range(6)]

    assert statuses == [200, 200, 200, 200, 200, 429]


def test_each_key_has_its_own_count(client, settings, api_key):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {"anonymous": "2/minute", "key": "1/minute"},
    }
    _, other_key = APIKey.objects.create_key(name="Newsletter")

    first = client.get("/api/v1/languages/", HTTP_AUTHORIZATION=f"Api-Key {api_key}")
    other = client.get("/api/v1/languages/", HTTP_AUTHORIZATION=f"Api-Key {other_key}")

    assert (first.status_code, other.status_code) == (200, 200)


def test_a_get_repeated_with_its_etag_is_a_304(client):
    FrameworkFactory(name="Django")
    first = client.get("/api/v1/frameworks/django/")

    again = client.get("/api/v1/frameworks/django/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert first.status_code == 200
    assert again.status_code == 304
    assert again.content == b""
    assert again["Cache-Control"] == "public, max-age=0, must-revalidate"


def test_an_anonymous_read_is_public_and_a_keyed_read_is_private(client, api_key):
    FrameworkFactory(name="Django")

    anonymous = client.get("/api/v1/frameworks/")
    keyed = client.get("/api/v1/frameworks/", HTTP_AUTHORIZATION=f"Api-Key {api_key}")

    assert anonymous["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert anonymous["Vary"] == "Accept, Cookie, Authorization, Accept-Encoding"
    assert keyed["Cache-Control"] == "private, no-store"


def test_a_browser_gets_json_not_the_browsable_api_in_production(client):
    response = client.get("/api/v1/frameworks/", HTTP_ACCEPT="text/html")

    assert response["Content-Type"] == "application/json"


def test_the_browsable_api_is_there_while_debugging(client, settings):
    settings.DEBUG = True

    response = client.get("/api/v1/frameworks/", HTTP_ACCEPT="text/html")

    assert response["Content-Type"] == "text/html; charset=utf-8"


def test_a_nul_character_in_a_parameter_is_a_400_naming_it(client):
    response = client.get("/api/v1/frameworks/?runtime=node%00js")

    assert response.status_code == 400
    assert response.json()["fields"] == {"runtime": ["Contains a NUL character."]}


def test_an_id_too_long_to_be_one_is_a_404_never_a_5xx(client):
    response = client.get("/api/v1/guides/99999999999999999999999999999/")

    assert response.status_code == 404
    assert response.json()["code"] == "not_found"


def test_a_typed_filter_given_empty_is_a_400_naming_it(client):
    response = client.get("/api/v1/guides/?updated_since=")

    assert response.status_code == 400
    assert response.json()["fields"] == {"updated_since": ["Give a value, or leave the parameter out."]}


def test_a_page_size_below_one_is_a_400_naming_it(client):
    response = client.get("/api/v1/frameworks/?page_size=0")

    assert response.status_code == 400
    assert response.json()["fields"] == {"page_size": ["Enter a whole number of at least 1."]}


def test_an_id_larger_than_any_id_column_is_a_400_naming_the_filter_never_a_5xx(client):
    FrameworkFactory(name="Django")

    response = client.get("/api/v1/frameworks/?language=55699780797967019763398734774272")

    assert response.status_code == 400
    assert response.json()["fields"] == {"language": ["Ensure this value is less than or equal to 2147483647."]}
