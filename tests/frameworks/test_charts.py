"""The adoption chart as laid out from the survey records."""

from decimal import Decimal

import pytest

from frameworks.charts import build_adoption_chart
from frameworks.models import AdoptionSurvey

pytestmark = pytest.mark.django_db


def demo_chart(**options):
    return build_adoption_chart(
        title="Most-used backend and web frameworks, 2025",
        description="",
        survey=AdoptionSurvey.objects.get(slug="stack-overflow-2025"),
        comparison_survey=AdoptionSurvey.objects.get(slug="stack-overflow-2024"),
        **options,
    )


def test_bars_are_the_newer_survey_sorted_by_share_with_the_older_figure_beside_them():
    chart = demo_chart()
    assert [(bar.label, str(bar.value), str(bar.previous)) for bar in chart.bars] == [
        ("Node.js", "48.7", "40.8"),
        ("Express", "19.9", "17.8"),
        ("ASP.NET Core", "19.7", "16.9"),
        ("FastAPI", "14.8", "9.9"),
        ("Spring Boot", "14.7", "12.7"),
        ("Flask", "14.4", "12.9"),
        ("Django", "12.6", "12.0"),
        ("Laravel", "8.9", "7.9"),
        ("NestJS", "6.7", "5.8"),
        ("Ruby on Rails", "5.9", "4.7"),
    ]


def test_axis_runs_from_zero_to_fifty_percent_in_quarters():
    chart = demo_chart()
    assert chart.axis_max == 50
    assert [tick.label for tick in chart.ticks] == ["0%", "12.5%", "25%", "37.5%", "50%"]


def test_bar_length_is_proportional_to_the_share():
    chart = demo_chart()
    node, express = chart.bars[0], chart.bars[1]
    assert node.width == 428.6  # 48.7 of 50 percent of a 440-unit plot
    assert express.width == 175.1


def test_max_bars_keeps_the_largest_figures():
    chart = demo_chart(max_bars=3)
    assert [bar.label for bar in chart.bars] == ["Node.js", "Express", "ASP.NET Core"]


def test_summary_reads_the_chart_out_in_one_sentence():
    assert demo_chart().summary == (
        "Per the Stack Overflow Developer Survey 2025, Node.js is used by 48.7 percent of developers, "
        "Express 19.9 percent, ASP.NET Core 19.7 percent, FastAPI 14.8 percent, Spring Boot 14.7 percent, "
        "Flask 14.4 percent, Django 12.6 percent, Laravel 8.9 percent, NestJS 6.7 percent, "
        "and Ruby on Rails 5.9 percent."
    )


def test_source_line_names_both_surveys_and_their_sample_sizes():
    assert demo_chart().source_line == (
        "Source: Stack Overflow Developer Survey 2025 (n=23,678) and 2024 (n=48,503), Technology section."
    )


def test_a_share_above_the_chosen_axis_is_clipped_to_the_plot():
    chart = demo_chart(axis_max=20)
    assert chart.bars[0].value == Decimal("48.7")
    assert chart.bars[0].width == 440.0
