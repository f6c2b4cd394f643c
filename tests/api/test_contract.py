"""The API's contract with clients nobody here wrote (issue 24): no 5xx from odd input, every error
as JSON in the one shape whatever format was asked for, one rule for `ordering`, `fields` and ids on
every resource, numbers as numbers, and throttled key guessing."""

import io

import pytest
from openpyxl import load_workbook
from rest_framework_api_key.models import APIKey

from tests.bookings.factories import DiscoveryCallRequestFactory
from tests.frameworks.factories import (
    CriterionFactory,
    FrameworkFactory,
    LanguageFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
LISTS = [
    "/api/v1/frameworks/",
    "/api/v1/languages/",
    "/api/v1/criteria/",
    "/api/v1/comparison-matrices/",
    "/api/v1/adoption-surveys/",
    "/api/v1/benchmarks/",
    "/api/v1/decision-guides/",
    "/api/v1/guides/",
    "/api/v1/guide-categories/",
    "/api/v1/calls-to-action/",
    "/api/v1/authors/",
    "/api/v1/teams/",
    "/api/v1/booking-requests/",
]


@pytest.fixture
def key():
    _, key = APIKey.objects.create_key(name="CRM sync")
    return {"HTTP_AUTHORIZATION": f"Api-Key {key}"}


def rows_of(response):
    return [[cell.value for cell in row] for row in load_workbook(io.BytesIO(response.content)).active.iter_rows()]


# 1. No server errors


@pytest.mark.parametrize("query", ["kind=%03", "tier=%1B", "fields=%01"])
def test_a_control_character_in_a_spreadsheet_request_is_a_json_400_not_a_500(client, query):
    response = client.get(f"/api/v1/frameworks/?format=xlsx&{query}")

    assert (response.status_code, response["Content-Type"]) == (400, "application/json")
    assert response.json()["code"] == "invalid"


def test_a_control_character_in_a_records_text_is_left_out_of_its_xlsx_cell(client):
    FrameworkFactory(name="Dja\x03ngo", slug="django")

    response = client.get("/api/v1/frameworks/", HTTP_ACCEPT=XLSX)

    assert response.status_code == 200
    assert rows_of(response)[1][1:3] == ["django", "Django"]


TOO_LARGE = "Ensure this value is less than or equal to 2147483647."
TOO_SMALL = "Ensure this value is greater than or equal to 1."


@pytest.mark.parametrize(
    ("value", "message"),
    [("99999999999999999999", TOO_LARGE), ("2147483648", TOO_LARGE), ("0", TOO_SMALL), ("-1", TOO_SMALL)],
)
def test_an_id_filter_out_of_range_is_a_400_naming_it_on_every_database(client, key, value, message):
    response = client.get(f"/api/v1/booking-requests/?source_guide={value}", **key)

    assert response.status_code == 400
    assert response.json()["fields"] == {"source_guide": [message]}


# 2. Errors are JSON whatever format was asked for


@pytest.mark.parametrize(
    ("url", "accept", "status"),
    [
        ("/api/v1/comparison-matrices/no-such-matrix/?format=csv", "", 404),
        ("/api/v1/comparison-matrices/no-such-matrix/", "text/csv", 404),
        ("/api/v1/frameworks/?format=xlsx&page_size=0", "", 400),
        ("/api/v1/frameworks/?page_size=0", XLSX, 400),
    ],
)
def test_an_error_asked_for_as_a_spreadsheet_is_json_in_the_error_shape(client, url, accept, status):
    response = client.get(url, HTTP_ACCEPT=accept) if accept else client.get(url)

    assert (response.status_code, response["Content-Type"]) == (status, "application/json")
    assert sorted(response.json()) == ["code", "fields", "message", "status"]
    assert "Content-Disposition" not in response


@pytest.mark.parametrize("method", ["patch", "post", "delete"])
def test_a_change_sent_to_an_address_the_api_does_not_have_is_a_json_404(method):
    from django.test import Client

    response = getattr(Client(enforce_csrf_checks=True), method)(
        "/api/v1/booking-requests/-5.1e-243/", {"status": "new"}, content_type="application/json"
    )

    assert (response.status_code, response["Content-Type"]) == (404, "application/json")
    assert response.json()["code"] == "not_found"


def test_an_unexpected_error_is_a_json_500_and_still_reported(monkeypatch, caplog):
    from django.test import Client

    from api.frameworks.viewsets import FrameworkViewSet

    def broken(*args, **kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(FrameworkViewSet, "list", broken)

    response = Client(raise_request_exception=False).get("/api/v1/frameworks/?format=csv")

    assert (response.status_code, response["Content-Type"]) == (500, "application/json")
    assert response.json() == {
        "status": 500,
        "code": "server_error",
        "message": "Something went wrong on our side.",
        "fields": {},
    }
    assert [record.exc_info[1].args for record in caplog.records if record.exc_info] == [("a bug",)]


def test_an_unknown_format_is_a_406_naming_the_formats_there_are(client):
    response = client.get("/api/v1/frameworks/?format=pdf")

    assert (response.status_code, response["Content-Type"]) == (406, "application/json")
    assert response.json() == {
        "status": 406,
        "code": "not_acceptable",
        "message": "There is no format 'pdf' here: this resource answers json, csv, xlsx; or leave `format` out.",
        "fields": {},
    }


def test_an_empty_format_is_a_406(client):
    response = client.get("/api/v1/guides/?format=")

    assert response.status_code == 406
    assert response.json()["message"] == "Give a format: this resource answers json; or leave `format` out."


@pytest.mark.parametrize(
    "url", ["/api/v1/frameworks/ada@example.com/", "/api/v1/frameworks.csv", "/api/v1/booking-requests/1.com/"]
)
def test_a_dot_in_an_address_is_part_of_the_name_not_a_format(client, key, url):
    """The format is chosen by `format=` or Accept alone: an address ending in `.com` is a record that
    is not there, not a format the API lacks (schemathesis found the 406)."""
    response = client.get(url, {"format": "csv"}, **key)

    assert (response.status_code, response["Content-Type"]) == (404, "application/json")
    assert response.json()["code"] == "not_found"


# 4. One rule for parameters


@pytest.mark.parametrize("url", LISTS)
def test_an_unknown_ordering_is_a_400_naming_it_on_every_list(client, key, url):
    response = client.get(f"{url}?ordering=bogus", **key)

    assert response.status_code == 400
    assert list(response.json()["fields"]) == ["ordering"]
    assert response.json()["fields"]["ordering"][0].startswith("Unknown field: bogus. Order by ")


@pytest.mark.parametrize("url", LISTS)
def test_an_empty_ordering_is_a_400_naming_it_on_every_list(client, key, url):
    """`ordering=` names nothing: the schema's enum has no empty name (schemathesis sends it)."""
    response = client.get(f"{url}?ordering=", **key)

    assert response.status_code == 400
    assert response.json()["fields"]["ordering"][0].startswith("Name what to order by: ")


@pytest.mark.parametrize("url", LISTS)
def test_an_unknown_field_is_a_400_naming_it_on_every_list(client, key, url):
    response = client.get(f"{url}?fields=bogus", **key)

    assert response.status_code == 400
    assert response.json()["fields"] == {"fields": ["Unknown field: bogus."]}


def test_fields_are_honoured_on_languages_criteria_categories_and_booking_requests(client, key):
    LanguageFactory(name="Python")
    CriterionFactory(name="Learning curve", slug="learning-curve")
    DiscoveryCallRequestFactory(name="Ada Byron")

    assert client.get("/api/v1/languages/?fields=name").json()["results"] == [{"name": "Python"}]
    assert client.get("/api/v1/criteria/?fields=slug").json()["results"] == [{"slug": "learning-curve"}]
    assert client.get("/api/v1/booking-requests/?fields=name,status", **key).json()["results"] == [
        {"name": "Ada Byron", "status": "new"}
    ]


def test_an_id_filter_in_range_that_nothing_has_is_an_empty_list_and_out_of_range_a_400(client, key):
    FrameworkFactory(name="Django")

    assert client.get("/api/v1/frameworks/?language=99999").json()["results"] == []
    assert client.get("/api/v1/booking-requests/?source_guide=99999", **key).json()["results"] == []
    assert client.get("/api/v1/frameworks/?language=0").status_code == 400
    assert client.get("/api/v1/frameworks/?language=99999999999").status_code == 400


def test_ordering_takes_a_comma_separated_list_and_the_id_breaks_ties(client):
    first = FrameworkFactory(name="Beta", kind="framework")
    second = FrameworkFactory(name="Alpha", kind="framework")
    runtime = FrameworkFactory(name="Node", kind="runtime")

    def ids(query):
        return [row["id"] for row in client.get(f"/api/v1/frameworks/?{query}").json()["results"]]

    assert ids("ordering=kind") == [first.pk, second.pk, runtime.pk]
    assert ids("ordering=-kind,name") == [runtime.pk, second.pk, first.pk]
    assert ids("ordering=kind&ordering=-name") == [first.pk, second.pk, runtime.pk]


def test_booking_requests_order_by_status_then_id(client, key):
    older = DiscoveryCallRequestFactory(name="Older")
    newer = DiscoveryCallRequestFactory(name="Newer")

    names = [row["name"] for row in client.get("/api/v1/booking-requests/?ordering=status", **key).json()["results"]]

    assert (older.pk < newer.pk, names) == (True, ["Older", "Newer"])


@pytest.mark.parametrize("note", [0, ["Called."], {"text": "Called."}, True])
def test_a_booking_note_that_is_not_text_is_a_400_naming_it(client, key, note):
    booking = DiscoveryCallRequestFactory()

    response = client.patch(
        f"/api/v1/booking-requests/{booking.pk}/",
        {"status": "contacted", "note": note},
        content_type="application/json",
        **key,
    )

    assert response.status_code == 400
    assert response.json()["fields"] == {"note": ["Not a valid string."]}
    booking.refresh_from_db()
    assert booking.status == "new"


# 5. Numbers are numbers; the matrix names frameworks as the page does


def test_survey_shares_are_json_numbers_and_numeric_xlsx_cells(client):
    django = FrameworkFactory(name="Django", slug="django")
    survey_with_figures({django: "12.6"}, slug="so-2025", year=2025)

    figures = client.get("/api/v1/adoption-surveys/so-2025/").json()["figures"]
    sheet = rows_of(client.get("/api/v1/adoption-surveys/so-2025/?format=xlsx"))

    assert [figure["share"] for figure in figures] == [12.6]
    assert sheet[0][-1] == "share"
    assert sheet[1][-1] == 12.6


def test_the_survey_list_as_csv_writes_each_surveys_figures_with_their_numbers(client):
    django = FrameworkFactory(name="Django", slug="django")
    survey_with_figures({django: "12.6"}, slug="so-2025", year=2025)

    response = client.get("/api/v1/adoption-surveys/?format=csv&fields=slug,figures")

    assert response.status_code == 200
    assert response.content.decode("utf-8-sig").splitlines()[1] == (
        f'so-2025,"{{""framework"": {{""id"": {django.pk}, ""slug"": ""django"", ""name"": ""Django"", '
        '""url"": ""http://testserver/api/v1/frameworks/django/""}, ""share"": 12.6}"'
    )


def test_a_matrix_row_carries_the_label_the_page_shows(client):
    criterion = CriterionFactory(slug="learning-curve")
    express = FrameworkFactory(name="Express", table_label="Express (Node.js)", values={criterion: "Gentle"})
    matrix_of([express], criteria=[criterion], slug="web")

    (row,) = client.get("/api/v1/comparison-matrices/web/").json()["rows"]

    assert (row["framework"]["name"], row["label"]) == ("Express", "Express (Node.js)")


# 7. Abuse


def test_a_client_sending_invalid_keys_is_throttled_after_the_limit(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "failed_authentication": "3/minute",
        },
    }

    statuses = [
        client.get("/api/v1/frameworks/", HTTP_AUTHORIZATION=f"Api-Key wrong.{n}").status_code for n in range(5)
    ]
    other_client = client.get("/api/v1/frameworks/", HTTP_AUTHORIZATION="Api-Key wrong", REMOTE_ADDR="10.0.0.9")
    throttled = client.get("/api/v1/frameworks/", HTTP_AUTHORIZATION="Api-Key wrong")

    assert statuses == [401, 401, 401, 429, 429]
    assert other_client.status_code == 401
    assert throttled.json()["code"] == "throttled"
    assert int(throttled["Retry-After"]) > 0


def test_a_valid_key_is_not_counted_as_a_failed_one(client, settings, key):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {
            **settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"],
            "failed_authentication": "2/minute",
        },
    }

    statuses = [client.get("/api/v1/frameworks/", **key).status_code for _ in range(4)]

    assert statuses == [200, 200, 200, 200]


def test_a_cors_preflight_does_not_count_against_the_anonymous_limit(client, settings):
    settings.REST_FRAMEWORK = {
        **settings.REST_FRAMEWORK,
        "DEFAULT_THROTTLE_RATES": {**settings.REST_FRAMEWORK["DEFAULT_THROTTLE_RATES"], "anonymous": "2/minute"},
    }
    preflight = {"HTTP_ORIGIN": "https://partner.example", "HTTP_ACCESS_CONTROL_REQUEST_METHOD": "GET"}

    preflights = [client.options("/api/v1/frameworks/", **preflight).status_code for _ in range(3)]
    reads = [client.get("/api/v1/frameworks/").status_code for _ in range(3)]

    assert 429 not in preflights
    assert reads == [200, 200, 429]


def test_the_guide_list_orders_by_title_with_the_id_breaking_ties(client):
    GuidePageFactory(title="Same", slug="same-b")
    GuidePageFactory(title="Same", slug="same-a")

    slugs = [row["slug"] for row in client.get("/api/v1/guides/?ordering=title").json()["results"]]

    assert slugs == ["same-b", "same-a"]
