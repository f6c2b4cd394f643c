"""The OpenAPI 3 schema is valid and documents every operation; the docs page uses our own assets."""

import pytest
import yaml
from openapi_spec_validator import validate

pytestmark = pytest.mark.django_db


@pytest.fixture
def schema(client):
    response = client.get("/api/schema/")
    assert response.status_code == 200
    return yaml.safe_load(response.content)


def test_the_schema_is_valid_openapi_3(schema):
    validate(schema)

    assert schema["openapi"] == "3.0.3"


def test_the_schema_documents_every_resource_and_nothing_else(schema):
    assert sorted(schema["paths"]) == [
        "/api/v1/adoption-surveys/",
        "/api/v1/adoption-surveys/{slug}/",
        "/api/v1/authors/",
        "/api/v1/authors/{slug}/",
        "/api/v1/benchmarks/",
        "/api/v1/benchmarks/{slug}/",
        "/api/v1/booking-requests/",
        "/api/v1/booking-requests/{id}/",
        "/api/v1/booking-stats/",
        "/api/v1/calls-to-action/",
        "/api/v1/calls-to-action/default/",
        "/api/v1/calls-to-action/{id}/",
        "/api/v1/comparison-matrices/",
        "/api/v1/comparison-matrices/{slug}/",
        "/api/v1/criteria/",
        "/api/v1/criteria/{slug}/",
        "/api/v1/decision-guides/",
        "/api/v1/decision-guides/{slug}/",
        "/api/v1/frameworks/",
        "/api/v1/frameworks/{slug}/",
        "/api/v1/guide-categories/",
        "/api/v1/guide-categories/{slug}/",
        "/api/v1/guides/",
        "/api/v1/guides/{id}/",
        "/api/v1/languages/",
        "/api/v1/languages/{id}/",
        "/api/v1/teams/",
        "/api/v1/teams/{slug}/",
    ]


def test_every_operation_has_a_description_and_an_example_response(schema):
    undocumented = [
        (path, method)
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if not operation.get("description")
        or not operation["responses"]["200"]["content"]["application/json"].get("examples")
    ]

    assert undocumented == []


def test_the_frameworks_filters_are_documented(schema):
    parameters = {parameter["name"] for parameter in schema["paths"]["/api/v1/frameworks/"]["get"]["parameters"]}

    assert parameters == {"fields", "format", "kind", "language", "ordering", "page", "page_size", "runtime", "tier"}


def test_the_guides_filters_are_documented(schema):
    parameters = {parameter["name"] for parameter in schema["paths"]["/api/v1/guides/"]["get"]["parameters"]}

    assert parameters == {
        "author",
        "category",
        "fields",
        "framework",
        "ordering",
        "page",
        "page_size",
        "search",
        "slug",
        "updated_since",
    }


def test_tabular_operations_document_csv_and_xlsx(schema):
    content = schema["paths"]["/api/v1/comparison-matrices/{slug}/"]["get"]["responses"]["200"]["content"]

    assert sorted(content) == [
        "application/json",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "text/csv",
    ]
    assert content["text/csv"]["schema"]["type"] == "string"


def test_the_docs_page_loads_its_assets_from_our_static_files(client):
    html = client.get("/api/docs/").content.decode()

    assert '<link rel="stylesheet" href="/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css">' in html
    assert "cdn" not in html.lower()
    assert "https://" not in html


def test_the_docs_page_keeps_the_sites_same_origin_opener_policy(client):
    """drf-spectacular opens it to other origins for OAuth2 popups; keys need none."""
    response = client.get("/api/docs/")
    assert (response.status_code, response["Cross-Origin-Opener-Policy"]) == (200, "same-origin")
