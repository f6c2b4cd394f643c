"""The adoption chart as laid out from the survey records."""

from decimal import Decimal

import pytest

from frameworks.charts import build_adoption_chart
from tests.frameworks.factories import FrameworkFactory, RuntimeFactory, survey_with_figures

pytestmark = pytest.mark.django_db


@pytest.fixture
def chart(db):
    """A chart builder over two editions of one survey, figures entered out of rank order.

    Flask has no figure in the older edition; Spring Boot is only in the older one.
    """
    node = RuntimeFactory(name="Node.js")
    express = FrameworkFactory(name="Express")
    fastapi = FrameworkFactory(name="FastAPI")
    django = FrameworkFactory(name="Django")
    flask = FrameworkFactory(name="Flask")
    spring = FrameworkFactory(name="Spring Boot")
    newer = survey_with_figures(
        {django: "12.6", express: "19.9", flask: "14.4", node: "48.7", fastapi: "14.8"},
        year=2025,
        sample_size=23678,
    )
    older = survey_with_figures(
        {node: "40.8", express: "17.8", fastapi: "9.9", django: "12.0", spring: "12.7"},
        year=2024,
        sample_size=48503,
    )

    def build(**options):
        return build_adoption_chart(
            title="Most-used backend frameworks, 2025",
            description="",
            survey=newer,
            comparison_survey=older,
            **options,
        )

    return build


def test_bars_are_the_newer_survey_sorted_by_share_with_the_older_figure_beside_them(chart):
    assert [(bar.label, str(bar.value), str(bar.previous)) for bar in chart().bars] == [
        ("Node.js", "48.7", "40.8"),
        ("Express", "19.9", "17.8"),
        ("FastAPI", "14.8", "9.9"),
        ("Flask", "14.4", "None"),
        ("Django", "12.6", "12.0"),
    ]


def test_axis_runs_from_zero_to_the_largest_share_rounded_up_to_ten_in_quarters(chart):
    built = chart()
    assert built.axis_max == 50
    assert [tick.label for tick in built.ticks] == ["0%", "12.5%", "25%", "37.5%", "50%"]


def test_bar_length_is_proportional_to_the_share(chart):
    assert [bar.width for bar in chart().bars] == [428.6, 175.1, 130.2, 126.7, 110.9]  # of a 440-unit plot


def test_max_bars_keeps_the_largest_figures(chart):
    assert [bar.label for bar in chart(max_bars=3).bars] == ["Node.js", "Express", "FastAPI"]


def test_summary_reads_the_chart_out_in_one_sentence(chart):
    assert chart().summary == (
        "Per the Stack Overflow Developer Survey 2025, Node.js is used by 48.7 percent of developers, "
        "Express 19.9 percent, FastAPI 14.8 percent, Flask 14.4 percent, and Django 12.6 percent. "
        "In 2024: Node.js 40.8 percent, Express 17.8 percent, FastAPI 9.9 percent, Django 12 percent."
    )


def test_source_line_names_both_surveys_and_their_sample_sizes(chart):
    assert chart().source_line == (
        "Source: Stack Overflow Developer Survey 2025 (n=23,678) and 2024 (n=48,503), Technology section."
    )


def test_a_share_above_the_chosen_axis_is_clipped_to_the_plot(chart):
    bars = chart(axis_max=20).bars
    assert [(bar.label, bar.value, bar.width) for bar in bars[:2]] == [
        ("Node.js", Decimal("48.7"), 440.0),
        ("Express", Decimal("19.9"), 437.8),
    ]
