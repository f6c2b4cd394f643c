"""Tabular resources as CSV and XLSX with their JSON's columns; ETag, Last-Modified and 304s worked
out before the view runs."""

import csv
import io

import pytest
from django.core.cache import cache
from openpyxl import load_workbook

from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import GuidePageFactory, ImageFactory

pytestmark = pytest.mark.django_db
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def flat_keys(row, prefix=""):
    keys = []
    for key, value in row.items():
        if isinstance(value, dict):
            keys += flat_keys(value, f"{prefix}{key}.")
        else:
            keys.append(f"{prefix}{key}")
    return keys


@pytest.fixture
def data():
    criterion = CriterionFactory(slug="learning-curve")
    python = LanguageFactory(name="Python")
    django = FrameworkFactory(name="Django", language=python, values={criterion: "Moderate"})
    flask = FrameworkFactory(name="Flask", language=python, values={criterion: "=1+1"})
    matrix_of([django, flask], criteria=[criterion], slug="web")
    survey_with_figures({django: "12.6", flask: "14.4"}, slug="so-2025", year=2025)
    BenchmarkFactory(slug="round-23", results=[(django, "middle", 1), (flask, "lower", 1)])
    guide = DecisionGuideFactory(slug="which")
    DecisionGuideRowFactory(guide=guide, lean_toward=[django], alternatives=["Other", flask])


FRAMEWORK = ["framework.id", "framework.slug", "framework.name", "framework.url"]
# Each table: its JSON rows (field, how many) and the columns its CSV and XLSX have, the JSON's fields
# with nested ones dotted.
TABLES = [
    ("/api/v1/comparison-matrices/web/", "rows", 2, [*FRAMEWORK, "label", "language", "values.learning-curve"]),
    ("/api/v1/adoption-surveys/so-2025/", "figures", 2, [*FRAMEWORK, "share"]),
    ("/api/v1/benchmarks/round-23/", "results", 2, [*FRAMEWORK, "tier", "rank", "figure"]),
    ("/api/v1/decision-guides/which/", "rows", 1, ["project_type", "lean_toward", "why", "alternatives"]),
    (
        "/api/v1/frameworks/",
        "results",
        2,
        ["id", "slug", "name", "kind", "label", "language.id", "language.name", "language.short_name"]
        + ["language.label", "runtime", "website", "values.learning-curve.text", "values.learning-curve.score", "url"],
    ),
]


@pytest.mark.parametrize(("url", "rows", "count", "columns"), TABLES)
def test_a_tables_csv_has_the_columns_of_its_json(client, data, url, rows, count, columns):
    json_rows = client.get(url).json()[rows]

    response = client.get(url + "?format=csv")

    assert response.status_code == 200
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert table[0] == columns
    assert flat_keys(json_rows[0]) == columns
    assert (len(table) - 1, len(json_rows)) == (count, count)


@pytest.mark.parametrize(("url", "rows", "count", "columns"), TABLES)
def test_a_tables_xlsx_has_the_columns_of_its_json(client, data, url, rows, count, columns):
    response = client.get(url, HTTP_ACCEPT=XLSX)

    assert response["Content-Type"] == XLSX
    sheet = load_workbook(io.BytesIO(response.content)).active
    table = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert table[0] == columns
    assert len(table) - 1 == count


def test_the_matrix_csv_has_its_cells_and_keeps_a_formula_as_text(client, data):
    response = client.get("/api/v1/comparison-matrices/web/", HTTP_ACCEPT="text/csv")

    assert response["Content-Disposition"] == 'attachment; filename="comparison-matrix-web.csv"'
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [row[1:] for row in table[1:]] == [
        ["django", "Django", "http://testserver/api/v1/frameworks/django/", "Django", "Python", "Moderate"],
        ["flask", "Flask", "http://testserver/api/v1/frameworks/flask/", "Flask", "Python", "'=1+1"],
    ]


def test_the_decision_guide_xlsx_joins_each_rows_choices(client, data):
    response = client.get("/api/v1/decision-guides/which/?format=xlsx")

    sheet = load_workbook(io.BytesIO(response.content)).active
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == ["project_type", "lean_toward", "why", "alternatives"]
    assert rows[1][1] == "Django"
    assert rows[1][3] == "Other; Flask"


def test_a_resource_that_is_not_a_table_refuses_csv(client):
    response = client.get("/api/v1/guides/", HTTP_ACCEPT="text/csv")

    assert response.status_code == 406
    assert response.json()["code"] == "not_acceptable"


def test_a_guide_list_repeated_with_its_etag_is_a_304_without_rendering(client, django_assert_num_queries):
    GuidePageFactory()
    first = client.get("/api/v1/guides/")

    with django_assert_num_queries(1):  # the data version only: no guides read
        again = client.get("/api/v1/guides/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 304
    assert again.content == b""
    assert again["ETag"] == first["ETag"]


def test_a_request_since_the_last_change_is_a_304(client):
    guide = GuidePageFactory()
    first = client.get(f"/api/v1/guides/{guide.pk}/")

    again = client.get(f"/api/v1/guides/{guide.pk}/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    earlier = client.get(f"/api/v1/guides/{guide.pk}/", HTTP_IF_MODIFIED_SINCE="Thu, 01 Jan 2015 00:00:00 GMT")

    assert first["Last-Modified"].endswith(" GMT")
    assert (again.status_code, earlier.status_code) == (304, 200)


def test_publishing_a_guide_changes_the_etag(client):
    guide = GuidePageFactory()
    first = client.get("/api/v1/guides/")

    guide.title = "A new title"
    guide.save_revision().publish()
    again = client.get("/api/v1/guides/", HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 200
    assert again.json()["results"][0]["title"] == "A new title"


def test_each_format_has_its_own_etag(client, data):
    as_json = client.get("/api/v1/comparison-matrices/web/")
    as_csv = client.get("/api/v1/comparison-matrices/web/?format=csv", HTTP_IF_NONE_MATCH=as_json["ETag"])

    assert as_csv.status_code == 200
    assert as_csv["ETag"] != as_json["ETag"]
    assert as_csv["Vary"] == "Accept, Cookie, Authorization, Accept-Encoding"


@pytest.fixture
def kept_answers(settings):
    settings.API_RESPONSE_CACHE_SECONDS = 300
    cache.clear()


def test_a_repeated_request_gets_the_kept_answer_for_one_query(client, kept_answers, django_assert_num_queries):
    GuidePageFactory(title="Kept guide")
    first = client.get("/api/v1/guides/")

    with django_assert_num_queries(1):  # the data version only
        again = client.get("/api/v1/guides/")

    assert again.status_code == 200
    assert again.content == first.content
    assert again["ETag"] == first["ETag"]
    assert again["Content-Type"] == "application/json"


def test_publishing_a_change_is_never_hidden_by_a_kept_answer(client, kept_answers):
    guide = GuidePageFactory(title="Old title")
    client.get("/api/v1/guides/")

    guide.title = "A new title"
    guide.save_revision().publish()

    assert client.get("/api/v1/guides/").json()["results"][0]["title"] == "A new title"


def test_a_kept_csv_answer_is_still_a_download(client, kept_answers, data):
    first = client.get("/api/v1/comparison-matrices/web/?format=csv")
    again = client.get("/api/v1/comparison-matrices/web/?format=csv")

    assert again.content == first.content
    assert (again["Content-Type"], again["Content-Disposition"]) == (
        first["Content-Type"],
        first["Content-Disposition"],
    )


def test_a_new_rendition_gives_the_answers_a_new_etag(client):
    guide = GuidePageFactory(hero_image=ImageFactory())
    first = client.get("/api/v1/guides/")

    guide.hero_image.get_rendition("width-123")  # as the worker makes the sizes a page names

    assert client.get("/api/v1/guides/", HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 200
