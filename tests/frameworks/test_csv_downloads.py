"""Every chart and data table offers its data as CSV: the table's own columns and rows, live records only,
safe to open in a spreadsheet."""

import csv
import io

import pytest
from bs4 import BeautifulSoup

from frameworks.models import CriterionValue
from tests.frameworks.factories import (
    AdoptionSurveyFactory,
    BenchmarkFactory,
    ComparisonMatrixFactory,
    CriterionFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    FrameworkIndexPageFactory,
    LanguageFactory,
    comparison_records,
    matrix_of,
    measured_records,
    survey_with_figures,
)
from tests.guides.factories import (
    GuidePageFactory,
    adoption_chart,
    comparison_matrix,
    decision_guide,
    tiered_ranking,
)
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db


def csv_rows(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def html_table(soup):
    """A table as a reader sees it: the heading row, then each row's cells."""
    for hidden in soup.select(".sort-link__icon, .visually-hidden"):
        hidden.decompose()
    return [[cell.get_text(strip=True) for cell in row.find_all(["th", "td"])] for row in soup.find_all("tr")]


@pytest.fixture
def frameworks():
    python = LanguageFactory(name="Python")
    django = FrameworkFactory(name="Django", language=python, values={"learning-curve": "Moderate"})
    flask = FrameworkFactory(name="Flask", language=python, values={"learning-curve": "Low"})
    fastapi = FrameworkFactory(name="FastAPI", language=python, values={"learning-curve": "Low to moderate"})
    draft = FrameworkFactory(name="Litestar", language=python, live=False, values={"learning-curve": "Low"})
    return django, flask, fastapi, draft


def test_the_comparison_csv_has_the_pages_columns_and_every_row_its_filters_and_sort_match(client):
    comparison_records()
    page = FrameworkIndexPageFactory(per_page=2)
    query = "?language=python&sort=learning-curve&order=desc"
    soup = BeautifulSoup(client.get(page.url + query).content, "html.parser")
    assert html_table(soup.select_one("table.comparison__table")) == [
        ["Framework", "Kind", "Language", "Runtime", "Learning curve", "Raw performance"],
        ["Django", "Framework", "Python", "–", "Moderate", "Moderate"],
        ["FastAPI", "Framework", "Python", "–", "Low to moderate", "High"],
    ]
    link = soup.find("a", string="Download the data (CSV)")["href"]
    assert link == "/frameworks/data/comparison.csv?language=python&sort=learning-curve&order=desc"
    assert csv_rows(client.get(link)) == [
        ["Framework", "Kind", "Language", "Runtime", "Learning curve", "Raw performance"],
        ["Django", "Framework", "Python", "", "Moderate", "Moderate"],
        ["FastAPI", "Framework", "Python", "", "Low to moderate", "High"],
        ["Flask", "Framework", "Python", "", "Low", ""],
    ]


def test_the_comparison_csv_has_the_share_and_tier_columns_and_their_sort(client):
    measured_records()
    page = FrameworkIndexPageFactory(per_page=2)
    soup = BeautifulSoup(client.get(page.url + "?sort=share&order=desc").content, "html.parser")
    link = soup.find("a", string="Download the data (CSV)")["href"]
    assert link == "/frameworks/data/comparison.csv?sort=share&order=desc"
    header, *lines = csv_rows(client.get(link))
    assert header == [
        "Framework",
        "Kind",
        "Language",
        "Runtime",
        "Share, Stack Overflow 2025",
        "Tier, TechEmpower Round 23",
        "Learning curve",
        "Raw performance",
    ]
    assert lines[:3] == [
        ["Node.js", "Runtime", "JS / TS", "", "48.7%", "", "", ""],
        ["Express", "Framework", "JS / TS", "Node.js", "19.9%", "Lower tier", "Low to moderate", "High for I/O"],
        ["FastAPI", "Framework", "Python", "", "14.8%", "Middle tier", "Low to moderate", "High"],
    ]
    assert [line[0] for line in lines] == ["Node.js", "Express", "FastAPI", "Flask", "Django", "Gin"]
    by_tier = csv_rows(client.get("/frameworks/data/comparison.csv?sort=tier"))
    assert [line[0] for line in by_tier[1:]] == ["Gin", "FastAPI", "Django", "Express", "Flask", "Node.js"]
    assert by_tier[1][:6] == ["Gin", "Framework", "Go", "", "", "Top tier"]


def test_a_comparison_matrix_csv_is_its_tables_columns_and_rows(client, frameworks):
    django, flask, _, draft = frameworks
    matrix = matrix_of([draft, flask, django], criteria=["learning-curve"], title="Python frameworks")
    guide = GuidePageFactory(body=[comparison_matrix(matrix)])
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert html_table(soup.select_one("section.data-table table")) == [
        ["Framework", "Language", "Learning curve"],
        ["Flask", "Python", "Low"],
        ["Django", "Python", "Moderate"],
    ]
    link = soup.select_one("section.data-table + p.data-download a")
    assert link["href"] == "/frameworks/data/matrices/python-frameworks.csv"
    assert csv_rows(client.get(link["href"])) == [
        ["Framework", "Language", "Learning curve"],
        ["Flask", "Python", "Low"],
        ["Django", "Python", "Moderate"],
    ]


def test_an_adoption_charts_csv_is_its_data_table_and_a_surveys_csv_is_every_figure(client, frameworks):
    django, flask, fastapi, draft = frameworks
    older = survey_with_figures({django: "12.0", flask: "12.9"}, year=2024)
    newer = survey_with_figures({django: "12.6", flask: "14.4", fastapi: "14.8", draft: "3.0"}, year=2025)
    guide = GuidePageFactory(body=[adoption_chart(newer, comparison_survey=older, max_bars=2)])
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert html_table(soup.select_one("figure.chart table")) == [
        ["Framework", "Used by (2024)", "Used by (2025)"],
        ["FastAPI", "–", "14.8%"],
        ["Flask", "12.9%", "14.4%"],
    ]
    link = soup.select_one("figure.chart + p.data-download a")["href"]
    assert link == "/frameworks/data/surveys/stack-overflow-2025.csv?compared-with=stack-overflow-2024&bars=2"
    assert csv_rows(client.get(link)) == [
        ["Framework", "Used by (2024)", "Used by (2025)"],
        ["FastAPI", "", "14.8%"],
        ["Flask", "12.9%", "14.4%"],
    ]
    assert csv_rows(client.get("/frameworks/data/surveys/stack-overflow-2025.csv")) == [
        ["Framework", "Used by (2025)"],
        ["FastAPI", "14.8%"],
        ["Flask", "14.4%"],
        ["Django", "12.6%"],
    ]


def test_a_decision_guide_csv_is_its_tables_columns_and_rows(client, frameworks):
    django, flask, fastapi, draft = frameworks
    row = DecisionGuideRowFactory(
        guide__title="Match the framework",
        project_type="APIs",
        why="Fast and typed",
        lean_toward=[draft, fastapi],
        alternatives=[{"framework": django, "note": "with Ninja"}, {"framework": flask, "connector": "or"}],
    )
    guide = GuidePageFactory(body=[decision_guide(row.guide)])
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert html_table(soup.select_one("section.data-table table")) == [
        ["If your project is", "Lean toward", "Why", "Alternative"],
        ["APIs", "FastAPI", "Fast and typed", "Django with Ninja or Flask"],
    ]
    link = soup.select_one("section.data-table + p.data-download a")["href"]
    assert link == "/frameworks/data/decision-guides/match-the-framework.csv"
    assert csv_rows(client.get(link)) == [
        ["If your project is", "Lean toward", "Why", "Alternative"],
        ["APIs", "FastAPI", "Fast and typed", "Django with Ninja or Flask"],
    ]


def test_a_benchmark_csv_lists_its_live_results_by_tier_as_the_ranking_shows_them(client, frameworks):
    django, flask, fastapi, draft = frameworks
    benchmark = BenchmarkFactory(
        edition="Round 23",
        results=[(django, "lower", 2), (draft, "top", 1), (fastapi, "middle", 1), (flask, "lower", 1)],
    )
    guide = GuidePageFactory(body=[tiered_ranking(benchmark)])
    soup = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert [item.get_text(" ", strip=True) for item in soup.select("section.tiers li")] == [
        "Middle: FastAPI",
        "Lower: Flask and Django",
    ]
    link = soup.select_one("section.tiers p.data-download a")["href"]
    assert link == "/frameworks/data/benchmarks/techempower-round-23.csv"
    assert csv_rows(client.get(link)) == [
        ["Framework", "Tier", "Place in tier"],
        ["FastAPI", "Middle tier", "1"],
        ["Flask", "Lower tier", "1"],
        ["Django", "Lower tier", "2"],
    ]


def test_a_profiles_adoption_csv_is_its_adoption_table(client, frameworks):
    django = frameworks[0]
    FrameworkIndexPageFactory()
    survey_with_figures({django: "12.0"}, year=2024, sample_size=48503)
    survey_with_figures({django: "12.6"}, year=2025, sample_size=23678)
    survey_with_figures({django: "40.0"}, year=2026, live=False)
    soup = BeautifulSoup(client.get("/frameworks/django/").content, "html.parser")
    assert html_table(soup.select_one("figure.chart table")) == [
        ["Survey", "Respondents", "Used by"],
        ["Stack Overflow Developer Survey 2024", "48,503", "12.0%"],
        ["Stack Overflow Developer Survey 2025", "23,678", "12.6%"],
    ]
    assert csv_rows(client.get("/frameworks/data/adoption/django.csv")) == [
        ["Survey", "Respondents", "Used by"],
        ["Stack Overflow Developer Survey 2024", "48,503", "12.0%"],
        ["Stack Overflow Developer Survey 2025", "23,678", "12.6%"],
    ]


@pytest.mark.parametrize(
    "url",
    [
        "/frameworks/data/matrices/draft-matrix.csv",
        "/frameworks/data/surveys/draft-survey.csv",
        "/frameworks/data/surveys/live-survey.csv?compared-with=draft-survey",
        "/frameworks/data/decision-guides/draft-guide.csv",
        "/frameworks/data/benchmarks/draft-benchmark.csv",
        "/frameworks/data/adoption/draft-framework.csv",
        "/frameworks/data/matrices/no-such-matrix.csv",
        "/frameworks/data/surveys/live-survey.csv?bars=0",
        "/frameworks/data/comparison.csv?language=klingon",
    ],
)
def test_the_csv_of_a_draft_or_unknown_record_is_not_found(client, url):
    home_page()  # the site whose 404 page answers
    ComparisonMatrixFactory(slug="draft-matrix", live=False)
    AdoptionSurveyFactory(slug="draft-survey", live=False)
    AdoptionSurveyFactory(slug="live-survey")
    DecisionGuideFactory(slug="draft-guide", live=False)
    BenchmarkFactory(slug="draft-benchmark", live=False)
    FrameworkFactory(slug="draft-framework", live=False)
    assert client.get(url).status_code == 404


def test_draft_frameworks_and_criteria_stay_out_of_the_comparison_csv(client, frameworks):
    CriterionFactory(slug="async-support", name="Async support", live=False)
    CriterionValue.objects.create(framework=frameworks[0], criterion=CriterionFactory(slug="async-support"), text="Yes")
    assert csv_rows(client.get("/frameworks/data/comparison.csv")) == [
        ["Framework", "Kind", "Language", "Runtime", "Learning curve"],
        ["Django", "Framework", "Python", "", "Moderate"],
        ["FastAPI", "Framework", "Python", "", "Low to moderate"],
        ["Flask", "Framework", "Python", "", "Low"],
    ]


def test_cells_a_spreadsheet_would_run_as_formulas_are_neutralised(client):
    CriterionFactory(slug="danger", name="+Danger")
    CriterionFactory(slug="plain", name="Plain")
    language = LanguageFactory(name="@Lang")
    FrameworkFactory(
        name='=HYPERLINK("http://evil.example","Click")',
        slug="evil",
        language=language,
        values={"danger": "-2+3", "plain": "\t=1+1"},
    )
    FrameworkFactory(name="Safe - really", language=language, values={"plain": "A = B"})
    assert csv_rows(client.get("/frameworks/data/comparison.csv")) == [
        ["Framework", "Kind", "Language", "Runtime", "'+Danger", "Plain"],
        ['\'=HYPERLINK("http://evil.example","Click")', "Framework", "'@Lang", "", "'-2+3", "'\t=1+1"],
        ["Safe - really", "Framework", "'@Lang", "", "", "A = B"],
    ]


def test_a_csv_downloads_as_a_file_named_after_its_record(client, frameworks):
    matrix_of([frameworks[0]], criteria=["learning-curve"], title="Python frameworks")
    response = client.get("/frameworks/data/matrices/python-frameworks.csv")
    assert response["Content-Disposition"] == 'attachment; filename="python-frameworks.csv"'
    assert response.content.startswith("\ufeffFramework,Language".encode())
    assert client.post("/frameworks/data/matrices/python-frameworks.csv").status_code == 405
