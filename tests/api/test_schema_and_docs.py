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
        "/api/v1/case-studies/",
        "/api/v1/case-studies/{id}/",
        "/api/v1/changes/",
        "/api/v1/comparison-matrices/",
        "/api/v1/comparison-matrices/{slug}/",
        "/api/v1/content-pages/",
        "/api/v1/content-pages/{id}/",
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
        "hero_size",
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


# What a generated client trusts (issue 24, item 3)


def test_booking_stats_are_declared_the_one_object_they_are(schema):
    operation = schema["paths"]["/api/v1/booking-stats/"]["get"]

    assert operation["operationId"] == "booking_stats_retrieve"
    assert operation["responses"]["200"]["content"]["application/json"]["schema"] == {
        "$ref": "#/components/schemas/BookingStats"
    }


def test_each_block_type_has_its_own_schema_in_a_union_discriminated_by_type(schema):
    components = schema["components"]["schemas"]
    body = components["GuideDetail"]["properties"]["body"]["items"]

    assert body["discriminator"]["propertyName"] == "type"
    assert body["discriminator"]["mapping"] == {
        "key_takeaways": "#/components/schemas/KeyTakeawaysBlock",
        "heading": "#/components/schemas/HeadingBlock",
        "paragraph": "#/components/schemas/ParagraphBlock",
        "aside": "#/components/schemas/AsideBlock",
        "comparison_matrix": "#/components/schemas/ComparisonMatrixBlock",
        "adoption_chart": "#/components/schemas/AdoptionChartBlock",
        "tiered_ranking": "#/components/schemas/TieredRankingBlock",
        "decision_guide": "#/components/schemas/DecisionGuideBlock",
        "faq": "#/components/schemas/FAQBlock",
    }
    assert components["ComparisonMatrixBlock"]["properties"]["value"] == {
        "$ref": "#/components/schemas/ComparisonMatrixBlockValue"
    }
    assert components["ComparisonMatrixBlockValue"]["required"] == [
        "matrix",
        "caption",
        "row_heading",
        "footnote",
        "columns",
        "rows",
    ]
    assert components["AdoptionChartBlockValue"]["properties"]["bars"]["items"]["properties"]["share"]["type"] == (
        "number"
    )


def json_schema(schema, components):
    """An OpenAPI 3.0 schema as plain JSON Schema: references inlined, `nullable` as "or null"."""
    if isinstance(schema, list):
        return [json_schema(item, components) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if "$ref" in schema:
        return json_schema(components[schema["$ref"].rsplit("/", 1)[-1]], components)
    converted = {key: json_schema(value, components) for key, value in schema.items() if key != "nullable"}
    return {"anyOf": [converted, {"type": "null"}]} if schema.get("nullable") else converted


def test_every_block_of_the_demo_guide_matches_the_schema_of_its_type(client, schema, demo_guide):
    from jsonschema import Draft7Validator

    detail = client.get(f"/api/v1/guides/{demo_guide.pk}/").json()
    components = schema["components"]["schemas"]
    mapping = components["GuideDetail"]["properties"]["body"]["items"]["discriminator"]["mapping"]

    for block in detail["body"]:
        Draft7Validator(json_schema({"$ref": mapping[block["type"]]}, components)).validate(block)
    assert len(detail["body"]) == 30


def test_each_operation_declares_exactly_the_credentials_it_accepts(schema):
    security = {
        f"{method.upper()} {path}": operation["security"]
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
    }

    assert {label: value for label, value in security.items() if "booking" in label} == {
        "GET /api/v1/booking-requests/": [{"ApiKey": []}],
        "GET /api/v1/booking-requests/{id}/": [{"ApiKey": []}],
        "PATCH /api/v1/booking-requests/{id}/": [{"ApiKey": []}],
        "GET /api/v1/booking-stats/": [{"ApiKey": []}],
    }
    assert {str(value) for label, value in security.items() if "booking" not in label} == {"[{'ApiKey': []}, {}]"}
    assert list(schema["components"]["securitySchemes"]) == ["ApiKey"]


def test_a_booking_status_change_requires_its_status_in_json_only(schema):
    operation = schema["paths"]["/api/v1/booking-requests/{id}/"]["patch"]
    body = schema["components"]["schemas"]["StatusUpdateRequest"]

    assert list(operation["requestBody"]["content"]) == ["application/json"]
    assert operation["requestBody"]["required"] is True
    assert body["required"] == ["status"]
    assert "`new` → `contacted`, `lost`; `contacted` → `booked`, `lost`" in body["properties"]["status"]["description"]
    assert sorted(operation["responses"]) == ["200", "400", "401", "403", "404", "406", "409", "429"]


def test_ordering_and_fields_list_the_names_the_server_reads(schema):
    parameters = {p["name"]: p for p in schema["paths"]["/api/v1/languages/"]["get"]["parameters"]}

    assert (parameters["ordering"]["style"], parameters["ordering"]["explode"]) == ("form", False)
    assert parameters["ordering"]["schema"] == {
        "type": "array",
        "items": {"type": "string", "enum": ["name", "-name"]},
        "minItems": 1,
    }
    assert parameters["fields"]["schema"] == {
        "type": "array",
        "items": {"type": "string", "enum": ["id", "name", "short_name", "label"]},
    }


def test_string_parameters_refuse_a_nul_and_format_lists_its_values(schema):
    parameters = {p["name"]: p["schema"] for p in schema["paths"]["/api/v1/frameworks/"]["get"]["parameters"]}
    (slug,) = [p for p in schema["paths"]["/api/v1/frameworks/{slug}/"]["get"]["parameters"] if p["in"] == "path"]

    assert parameters["runtime"]["pattern"] == "^[^\\u0000]*$"
    assert (slug["name"], slug["schema"]["pattern"]) == ("slug", "^[^\\u0000]*$")
    assert parameters["format"] == {"type": "string", "enum": ["json", "csv", "xlsx"]}


def test_the_docs_examples_show_one_page_and_one_error_each(schema):
    responses = schema["paths"]["/api/v1/frameworks/"]["get"]["responses"]
    (page,) = responses["200"]["content"]["application/json"]["examples"].values()

    assert (page["value"]["count"], page["value"]["next"], page["value"]["results"][0]["slug"]) == (1, None, "django")
    assert {
        code: next(iter(responses[code]["content"]["application/json"]["examples"].values()))["value"]["code"]
        for code in ("400", "401", "404", "406", "429")
    } == {
        "400": "invalid",
        "401": "authentication_failed",
        "404": "not_found",
        "406": "not_acceptable",
        "429": "throttled",
    }
    assert list(responses["404"]["content"]) == ["application/json"]


def test_path_ids_are_integers_a_generated_client_passes_as_numbers(schema):
    ids = {
        f"{method.upper()} {path}": parameter["schema"]
        for path, item in schema["paths"].items()
        for method, operation in item.items()
        for parameter in operation.get("parameters", [])
        if parameter["in"] == "path" and parameter["name"] == "id"
    }
    integer = {"type": "integer", "minimum": 0, "maximum": 999999999999999999}
    assert ids == {
        "GET /api/v1/booking-requests/{id}/": integer,
        "PATCH /api/v1/booking-requests/{id}/": integer,
        "GET /api/v1/calls-to-action/{id}/": integer,
        "GET /api/v1/case-studies/{id}/": integer,
        "GET /api/v1/content-pages/{id}/": integer,
        "GET /api/v1/guides/{id}/": integer,
        "GET /api/v1/languages/{id}/": integer,
    }
