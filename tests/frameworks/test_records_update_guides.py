"""Frameworks data is edited once, in its records, and every guide that shows it changes."""

from decimal import Decimal
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup

from frameworks.models import (
    AdoptionFigure,
    BenchmarkResult,
    ComparisonMatrixRow,
    CriterionValue,
    DecisionGuideAlternative,
    Framework,
)
from tests.frameworks.factories import (
    BenchmarkFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import (
    GuidePageFactory,
    adoption_chart,
    comparison_matrix,
    decision_guide,
    tiered_ranking,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def records(db):
    """Frameworks with their matrix, two survey editions, a benchmark's tiers and a decision guide."""
    python = LanguageFactory(name="Python")
    express = FrameworkFactory(
        name="Express",
        table_label="Express (Node.js)",
        language=LanguageFactory(name="JavaScript / TypeScript", short_name="JS / TS"),
        values={"raw-performance": "High for I/O"},
    )
    rails = FrameworkFactory(
        name="Ruby on Rails", language=LanguageFactory(name="Ruby"), values={"raw-performance": "Moderate"}
    )
    django = FrameworkFactory(
        name="Django", language=python, values={"raw-performance": "Moderate (sync WSGI), async maturing"}
    )
    fastapi = FrameworkFactory(name="FastAPI", language=python)
    flask = FrameworkFactory(name="Flask", language=python)
    aspnet = FrameworkFactory(name="ASP.NET Core")
    spring = FrameworkFactory(name="Spring Boot")
    benchmark = BenchmarkFactory(
        results=[
            (aspnet, "top", 1),
            (spring, "top", 2),
            (express, "middle", 1),
            (rails, "middle", 2),
            (django, "middle", 3),
            (fastapi, "lower", 1),
            (flask, "lower", 2),
        ]
    )

    matrix = matrix_of([express, django, rails], criteria=["raw-performance"], title="Framework matrix")
    newer = survey_with_figures(
        {express: "19.9", fastapi: "14.8", flask: "14.4", django: "12.6", rails: "5.9"}, year=2025
    )
    older = survey_with_figures(
        {express: "17.8", fastapi: "9.9", flask: "12.9", django: "12.0", rails: "4.7"}, year=2024
    )
    decisions = DecisionGuideFactory(title="Match a framework to your project")
    DecisionGuideRowFactory(
        guide=decisions,
        project_type="Real-time services",
        lean_toward=[express],
        why="An event loop suits I/O",
        alternatives=["NestJS"],
    )
    DecisionGuideRowFactory(
        guide=decisions,
        project_type="Data / ML / AI workloads",
        lean_toward=[fastapi],
        why="Async ASGI plus the Python ML ecosystem",
        alternatives=[flask, django],
    )
    return SimpleNamespace(matrix=matrix, newer=newer, older=older, decisions=decisions, benchmark=benchmark)


@pytest.fixture
def guide(records):
    """A guide showing a matrix, a chart, a tiered ranking and a decision guide."""
    return GuidePageFactory(
        title="Backend frameworks compared",
        body=[
            comparison_matrix(records.matrix),
            adoption_chart(records.newer, comparison_survey=records.older, title="Most-used frameworks"),
            tiered_ranking(records.benchmark),  # tiers: "Top tier", "Middle", "Lower"
            decision_guide(records.decisions),
        ],
    )


def render(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def shown(client, page):
    """What a reader sees of each data block: table rows as cell texts, bar labels, tier lines."""
    html = render(client, page)
    soup = BeautifulSoup(html, "html.parser")

    def rows(table):
        return [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in table.select("tbody tr")]

    data_tables = soup.select("section.data-table table")
    return SimpleNamespace(
        html=html,
        matrix=rows(data_tables[0]) if data_tables else None,
        decisions=rows(data_tables[1]) if len(data_tables) > 1 else None,
        chart_table=rows(soup.select_one("figure.chart table")) if soup.select_one("figure.chart") else None,
        bars=[label.get_text() for label in soup.select("figure.chart .chart__svg--wide .chart__label")],
        tiers=[tier.get_text(" ", strip=True) for tier in soup.select("section.tiers li")],
    )


MATRIX = [
    ["Express (Node.js)", "JS / TS", "High for I/O"],
    ["Django", "Python", "Moderate (sync WSGI), async maturing"],
    ["Ruby on Rails", "Ruby", "Moderate"],
]


def test_editing_a_framework_updates_the_matrix_of_every_guide_that_shows_it(client, records, guide):
    other_guide = GuidePageFactory(title="Choosing a Python framework", body=[comparison_matrix(records.matrix)])
    assert shown(client, guide).matrix == MATRIX
    assert shown(client, other_guide).matrix == MATRIX

    value = CriterionValue.objects.get(framework__name="Django", criterion__slug="raw-performance")
    value.text = "High with async views (ASGI)"
    value.save()

    for page in (guide, other_guide):
        assert (
            '<th scope="row">Django</th><td data-label="Language">Python</td>'
            '<td data-label="Raw performance">High with async views (ASGI)</td>'
        ) in render(client, page)
        assert shown(client, page).matrix == [
            ["Express (Node.js)", "JS / TS", "High for I/O"],
            ["Django", "Python", "High with async views (ASGI)"],
            ["Ruby on Rails", "Ruby", "Moderate"],
        ]


def test_renaming_a_framework_renames_it_in_the_matrix_chart_table_tiers_and_decision_guide(client, guide):
    assert shown(client, guide).tiers == [
        "Top tier: ASP.NET Core and Spring Boot",
        "Middle: Express, Ruby on Rails and Django",
        "Lower: FastAPI and Flask",
    ]

    rails = Framework.objects.get(name="Ruby on Rails")
    rails.name = "Rails"
    rails.save()

    page = shown(client, guide)
    assert (
        '<th scope="row">Rails</th><td data-label="Language">Ruby</td><td data-label="Raw performance">Moderate</td>'
    ) in page.html
    assert '<th scope="row">Rails</th><td>4.7%</td><td>5.9%</td>' in page.html
    assert page.bars[-1] == "Rails"
    assert page.tiers[1] == "Middle: Express, Rails and Django"
    assert "Ruby on Rails" not in page.html

    flask = Framework.objects.get(name="Flask")
    flask.name = "Flask (with Quart)"
    flask.save()
    assert shown(client, guide).decisions[1][3] == "Flask (with Quart), Django"


def test_editing_a_survey_figure_changes_the_chart_and_its_data_table(client, guide):
    assert shown(client, guide).bars == ["Express", "FastAPI", "Flask", "Django", "Ruby on Rails"]

    figure = AdoptionFigure.objects.get(survey__year=2025, framework__name="FastAPI")
    figure.share = Decimal("21.3")
    figure.save()

    page = shown(client, guide)
    # FastAPI now ranks first, so it becomes the first bar and the first row of the data table.
    assert page.bars == ["FastAPI", "Express", "Flask", "Django", "Ruby on Rails"]
    assert page.chart_table == [
        ["FastAPI", "9.9%", "21.3%"],
        ["Express", "17.8%", "19.9%"],
        ["Flask", "12.9%", "14.4%"],
        ["Django", "12.0%", "12.6%"],
        ["Ruby on Rails", "4.7%", "5.9%"],
    ]
    assert "14.8%" not in page.html


def test_moving_a_framework_to_another_tier_moves_it_in_the_ranking(client, guide):
    assert shown(client, guide).tiers[0] == "Top tier: ASP.NET Core and Spring Boot"

    BenchmarkResult.objects.filter(framework__name="FastAPI").update(tier="top", rank=3)

    assert shown(client, guide).tiers == [
        "Top tier: ASP.NET Core, Spring Boot and FastAPI",
        "Middle: Express, Ruby on Rails and Django",
        "Lower: Flask",
    ]


def test_reordering_and_removing_matrix_rows_changes_the_table(client, records, guide):
    assert shown(client, guide).matrix == MATRIX

    ComparisonMatrixRow.objects.filter(matrix=records.matrix, framework__name="Ruby on Rails").update(sort_order=-1)
    ComparisonMatrixRow.objects.filter(matrix=records.matrix, framework__name="Django").delete()

    page = shown(client, guide)
    assert page.matrix == [["Ruby on Rails", "Ruby", "Moderate"], ["Express (Node.js)", "JS / TS", "High for I/O"]]
    assert "Moderate (sync WSGI), async maturing" not in page.html


def test_editing_a_decision_guide_row_changes_the_table(client, guide):
    assert shown(client, guide).decisions[1] == [
        "Data / ML / AI workloads",
        "FastAPI",
        "Async ASGI plus the Python ML ecosystem",
        "Flask, Django",
    ]

    DecisionGuideAlternative.objects.filter(framework__name="Flask").delete()
    choice = DecisionGuideAlternative.objects.get(framework__name="Django")
    choice.note = "with Celery"
    choice.save()

    page = shown(client, guide)
    assert '<td data-label="Alternative">Django with Celery</td>' in page.html
    assert page.decisions == [
        ["Real-time services", "Express", "An event loop suits I/O", "NestJS"],
        ["Data / ML / AI workloads", "FastAPI", "Async ASGI plus the Python ML ecosystem", "Django with Celery"],
    ]


def test_each_tiered_ranking_shows_the_tiers_of_its_own_benchmark_and_skips_empty_ones(client, records):
    fastapi, django = Framework.objects.get(name="FastAPI"), Framework.objects.get(name="Django")
    other_round = BenchmarkFactory(edition="Round 22", results=[(django, "top", 1), (fastapi, "lower", 1)])
    guide = GuidePageFactory(body=[tiered_ranking(records.benchmark), tiered_ranking(other_round)])

    assert shown(client, guide).tiers == [
        "Top tier: ASP.NET Core and Spring Boot",
        "Middle: Express, Ruby on Rails and Django",
        "Lower: FastAPI and Flask",
        "Top tier: Django",
        "Lower: FastAPI",
    ]
