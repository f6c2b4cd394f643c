"""Drafts of frameworks data stage safely: saving a draft changes no public page, publishing does,
and a record first saved as a draft stays out of every table, chart and ranking until published."""

from datetime import timedelta
from unittest import mock

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.utils import timezone

from frameworks.models import Framework
from tests.frameworks.factories import (
    BenchmarkFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import GuidePageFactory, adoption_chart, comparison_matrix, decision_guide, tiered_ranking

pytestmark = pytest.mark.django_db


def shown(client, url="/guides/frameworks/"):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return {
        "matrix": [
            [c.get_text() for c in row.find_all(["th", "td"])] for row in soup.select("section.data-table tbody tr")
        ],
        "bars": [label.get_text() for label in soup.select("figure.chart .chart__svg--wide .chart__label")],
        "tiers": [tier.get_text(" ", strip=True) for tier in soup.select("section.tiers li")],
    }


@pytest.fixture
def django_framework():
    return FrameworkFactory(
        name="Django", language=LanguageFactory(name="Python"), values={"learning-curve": "Moderate"}
    )


@pytest.fixture
def guide(django_framework):
    return GuidePageFactory(
        slug="frameworks", body=[comparison_matrix(matrix_of([django_framework], criteria=["learning-curve"]))]
    )


def test_saving_a_draft_changes_no_page_and_publishing_does(client, guide, django_framework):
    draft = Framework.objects.get(pk=django_framework.pk)
    draft.name = "Django (draft name)"
    value = draft.criterion_values.get()
    value.text = "Gentle"
    draft.criterion_values = [value]
    revision = draft.save_revision()

    assert shown(client)["matrix"] == [["Django", "Python", "Moderate"]]
    assert Framework.objects.get(pk=django_framework.pk).has_unpublished_changes is True

    revision.publish()
    assert shown(client)["matrix"] == [["Django (draft name)", "Python", "Gentle"]]


def test_a_framework_first_saved_as_a_draft_stays_out_of_every_table_until_published(client, django_framework):
    newcomer = FrameworkFactory(name="Litestar", live=False, values={"learning-curve": "Low"})
    survey = survey_with_figures({django_framework: "12.6", newcomer: "3.1"}, year=2025)
    benchmark = BenchmarkFactory(results=[(django_framework, "lower", 1), (newcomer, "top", 1)])
    row = DecisionGuideRowFactory(project_type="APIs", lean_toward=[newcomer, django_framework])
    GuidePageFactory(
        slug="frameworks",
        body=[
            comparison_matrix(matrix_of([newcomer, django_framework], criteria=["learning-curve"])),
            adoption_chart(survey),
            tiered_ranking(benchmark),
            decision_guide(row.guide),
        ],
    )

    before = shown(client)
    assert before["matrix"] == [["Django", "Python", "Moderate"], ["APIs", "Django", "Batteries included", ""]]
    assert before["bars"] == ["Django"]
    assert before["tiers"] == ["Lower: Django"]

    newcomer.save_revision().publish()

    after = shown(client)
    assert after["matrix"] == [
        ["Litestar", newcomer.language.name, "Low"],
        ["Django", "Python", "Moderate"],
        ["APIs", "Litestar, Django", "Batteries included", ""],
    ]
    assert after["bars"] == ["Django", "Litestar"]
    assert after["tiers"] == ["Top tier: Litestar", "Lower: Django"]


def test_an_unpublished_matrix_leaves_the_guide_readable_without_it(client, guide):
    from frameworks.models import ComparisonMatrix

    ComparisonMatrix.objects.get().unpublish()
    response = client.get("/guides/frameworks/")
    assert response.status_code == 200
    assert shown(client)["matrix"] == []


def test_a_scheduled_publish_goes_live_at_its_time_and_not_before(client, guide, django_framework):
    draft = Framework.objects.get(pk=django_framework.pk)
    draft.name = "Django 6"
    draft.go_live_at = timezone.now() + timedelta(hours=1)
    revision = draft.save_revision()
    revision.publish()  # with a go-live time in the future, publishing schedules it

    call_command("publish_scheduled")
    assert shown(client)["matrix"] == [["Django", "Python", "Moderate"]]

    two_hours_later = timezone.now() + timedelta(hours=2)
    with mock.patch("django.utils.timezone.now", return_value=two_hours_later):
        call_command("publish_scheduled")
    assert shown(client)["matrix"] == [["Django 6", "Python", "Moderate"]]
