"""A guide's choosers find records by what an editor remembers (publisher, year, slug, language),
and a comparison matrix or a decision guide can be created as a draft from the chooser itself."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from frameworks.models import ComparisonMatrix, DecisionGuide
from tests.frameworks.factories import (
    AdoptionSurveyFactory,
    BenchmarkFactory,
    CriterionFactory,
    FrameworkFactory,
    LanguageFactory,
    matrix_of,
)

pytestmark = pytest.mark.django_db


def chosen_titles(admin_client, model_name, query):
    url = reverse(f"wagtailsnippetchoosers_frameworks_{model_name}:choose_results")
    html = admin_client.get(url, {"q": query}).content.decode()
    return sorted(" ".join(link.get_text().split()) for link in BeautifulSoup(html, "html.parser").select("td.title a"))


@pytest.mark.parametrize(
    "model_name, query, expected",
    [
        ("adoptionsurvey", "Stack", ["Stack Overflow Developer Survey 2025"]),
        ("adoptionsurvey", "2025", ["Stack Overflow Developer Survey 2025"]),
        ("benchmark", "TechEmpower", ["TechEmpower Framework Benchmarks Round 23"]),
        ("benchmark", "techempower-round", ["TechEmpower Framework Benchmarks Round 23"]),
        ("framework", "Elixir", ["Phoenix"]),
        ("framework", "phoenix-fw", ["Phoenix"]),
        ("comparisonmatrix", "python-web", ["Python frameworks"]),
    ],
)
def test_a_chooser_finds_a_record_by_what_an_editor_remembers(admin_client, search_index, model_name, query, expected):
    AdoptionSurveyFactory(publisher="Stack Overflow", name="Developer Survey", year=2025)
    AdoptionSurveyFactory(publisher="JetBrains", name="State of Developer Ecosystem", year=2023, slug="jetbrains-2023")
    BenchmarkFactory(edition="Round 23", slug="techempower-round-23")
    FrameworkFactory(name="Phoenix", slug="phoenix-fw", language=LanguageFactory(name="Elixir"))
    FrameworkFactory(name="Django", slug="django", language=LanguageFactory(name="Python"))
    matrix_of([], criteria=[], title="Python frameworks", slug="python-web")

    assert chosen_titles(admin_client, model_name, query) == expected


def test_the_matrix_chooser_offers_a_new_draft_matrix(admin_client):
    url = reverse("wagtailsnippetchoosers_frameworks_comparisonmatrix:choose")
    html = admin_client.get(url).json()["html"]

    assert "New matrix" in html
    assert "Create a draft matrix" in html


def test_a_matrix_created_in_the_chooser_is_a_draft_with_its_columns_and_rows(admin_client):
    curve = CriterionFactory(name="Learning curve", slug="learning-curve")
    django = FrameworkFactory(name="Django")
    flask = FrameworkFactory(name="Flask")
    url = reverse("wagtailsnippetchoosers_frameworks_comparisonmatrix:create")

    response = admin_client.post(
        url,
        {
            "title": "Python web frameworks",
            "slug": "",
            "caption": "Python web frameworks compared",
            "criteria": [curve.pk],
            "frameworks": [django.pk, flask.pk],
        },
    )

    assert response.json()["step"] == "chosen"
    matrix = ComparisonMatrix.objects.get(slug="python-web-frameworks")
    assert (matrix.live, matrix.latest_revision is not None) == (False, True)
    assert [column.criterion.name for column in matrix.columns.all()] == ["Learning curve"]
    assert [row.framework.name for row in matrix.rows.all()] == ["Django", "Flask"]


def test_a_decision_guide_created_in_the_chooser_is_a_draft_with_its_first_row(admin_client):
    go = FrameworkFactory(name="Go")
    url = reverse("wagtailsnippetchoosers_frameworks_decisionguide:create")

    response = admin_client.post(
        url,
        {
            "title": "Choosing for APIs",
            "slug": "apis",
            "caption": "By project",
            "project_type": "High-traffic APIs",
            "lean_toward": [go.pk],
            "why": "Small, fast binaries.",
        },
    )

    assert response.json()["step"] == "chosen"
    guide = DecisionGuide.objects.get(slug="apis")
    assert guide.live is False
    row = guide.rows.get()
    assert (row.project_type, [choice.framework.name for choice in row.lean_toward.all()]) == (
        "High-traffic APIs",
        ["Go"],
    )


def test_a_taken_slug_is_refused_on_the_slug(admin_client):
    matrix_of([], criteria=[], title="Taken", slug="taken")
    url = reverse("wagtailsnippetchoosers_frameworks_comparisonmatrix:create")

    response = admin_client.post(
        url, {"title": "Taken", "slug": "taken", "caption": "c", "criteria": [], "frameworks": []}
    )

    assert response.json()["step"] == "reshow_creation_form"
    assert "The slug &#x27;taken&#x27; is taken: choose another." in response.json()["htmlFragment"]
