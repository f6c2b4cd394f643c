"""Frameworks data is edited once, in its records, and every guide that shows it changes."""

from decimal import Decimal

import pytest

from frameworks.models import AdoptionFigure, ComparisonMatrixRow, DecisionGuideRow, Framework
from tests.conftest import DEMO_GUIDE_URL

pytestmark = pytest.mark.django_db


def render(client):
    response = client.get(DEMO_GUIDE_URL)
    assert response.status_code == 200
    return response.content.decode()


def test_editing_a_framework_updates_the_matrix_of_every_guide_that_shows_it(client):
    assert "Moderate (sync WSGI), async maturing" in render(client)
    django = Framework.objects.get(slug="django")
    django.raw_performance = "High with async views (ASGI)"
    django.save()
    html = render(client)
    assert "High with async views (ASGI)" in html
    assert "Moderate (sync WSGI), async maturing" not in html


def test_renaming_a_framework_renames_it_in_the_chart_table_and_tiers(client):
    rails = Framework.objects.get(slug="ruby-on-rails")
    rails.name = "Rails"
    rails.save()
    html = render(client)
    assert '<th scope="row">Rails</th><td>4.7%</td><td>5.9%</td>' in html
    assert "Express, Rails, Django and Laravel" in html


def test_editing_a_survey_figure_changes_the_chart_and_its_data_table(client):
    figure = AdoptionFigure.objects.get(survey__slug="stack-overflow-2025", framework__slug="fastapi")
    figure.share = Decimal("21.3")
    figure.save()
    html = render(client)
    assert '<th scope="row">FastAPI</th><td>9.9%</td><td>21.3%</td>' in html
    assert "14.8%</td>" not in html
    # FastAPI now ranks second, so it becomes the second bar.
    assert html.index(">FastAPI</text>") < html.index(">Express</text>")


def test_moving_a_framework_to_another_tier_moves_it_in_the_ranking(client):
    Framework.objects.filter(slug="fastapi").update(performance_tier="top", tier_rank=4)
    html = render(client)
    assert "ASP.NET Core, Go (Gin / Echo), Spring Boot and FastAPI" in html


def test_reordering_and_removing_matrix_rows_changes_the_table(client):
    ComparisonMatrixRow.objects.filter(framework__slug="phoenix").update(sort_order=-1)
    ComparisonMatrixRow.objects.filter(framework__slug="flask").delete()
    html = render(client)
    matrix = html[html.index("Backend framework comparison matrix") :]
    assert matrix.index('<th scope="row">Phoenix</th>') < matrix.index('<th scope="row">Express (Node.js)</th>')
    assert "Prototypes, small services, internal APIs" not in html


def test_editing_a_decision_guide_row_changes_the_table(client):
    row = DecisionGuideRow.objects.get(project_type="Data / ML / AI workloads")
    row.alternative = "Django with Celery"
    row.save()
    assert "<td>Django with Celery</td>" in render(client)
