"""One framework's adoption across the live surveys, laid out for a small SVG bar chart.

The guides' adoption chart compares frameworks within one survey (charts.py); a profile page
compares one framework across surveys, oldest first, so a reader sees the trend. Geometry is in
SVG user units; the template only places it. The chart's data table is a tables.Table, so the
page and its CSV share their columns.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from .charts import Tick, format_number
from .records import AdoptionFigure
from .tables import Table

LABEL_WIDTH = 170
PLOT_WIDTH = 400
VALUE_GAP = 8
ROW_HEIGHT = 30
BAR_HEIGHT = 20
TOP_MARGIN = 10
AXIS_HEIGHT = 30
MAX_TICKS = 6

TABLE_HEADINGS = ["Survey", "Respondents", "Used by"]


@dataclass
class SurveyBar:
    survey: object
    value: Decimal
    y: float
    width: float

    @property
    def label(self):
        return f"{self.survey.publisher} {self.survey.year}"

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT / 2

    @property
    def value_x(self):
        return LABEL_WIDTH + self.width + VALUE_GAP


@dataclass
class FrameworkAdoptionChart:
    framework: object
    bars: list
    ticks: list

    width = LABEL_WIDTH + PLOT_WIDTH + 60
    label_x = LABEL_WIDTH - VALUE_GAP
    label_width = LABEL_WIDTH
    bar_height = BAR_HEIGHT

    @property
    def height(self):
        return TOP_MARGIN + len(self.bars) * ROW_HEIGHT + AXIS_HEIGHT

    @property
    def axis_y(self):
        return TOP_MARGIN + len(self.bars) * ROW_HEIGHT

    @property
    def tick_label_y(self):
        return self.axis_y + AXIS_HEIGHT - 10

    @property
    def summary(self):
        """The chart in one sentence, for readers who cannot see it."""
        parts = [f"{format_number(bar.value)} percent in the {bar.survey}" for bar in self.bars]
        if len(parts) > 1:
            parts[-1] = f"and {parts[-1]}"
        joined = ", ".join(parts) if len(parts) > 2 else " ".join(parts)
        return f"Share of respondents using {self.framework.name}: {joined}."

    def table(self):
        return Table(
            title=f"{self.framework.name} adoption",
            description="",
            caption=f"Share of survey respondents using {self.framework.name}",
            headings=TABLE_HEADINGS,
            rows=[(str(bar.survey), [f"{bar.survey.sample_size:,}", f"{bar.value}%"]) for bar in self.bars],
        )


def tick_step(axis_max):
    """A round step that divides the axis into at most six ticks: 10 -> 2, 50 -> 10, 70 -> 35."""
    for step in (2, 5, 10, 20, 25, 50):
        if axis_max % step == 0 and axis_max // step < MAX_TICKS:
            return step
    return axis_max // 2 if axis_max % 2 == 0 else axis_max


def framework_adoption_chart(framework):
    """The framework's figure in every live survey, oldest survey first: one query."""
    figures = (
        AdoptionFigure.objects.filter(framework=framework, survey__live=True)
        .select_related("survey")
        .order_by("survey__year", "survey__publisher", "survey__name")
    )
    figures = list(figures)
    largest = max((figure.share for figure in figures), default=Decimal(0))
    axis_max = max(10, math.ceil(largest / 10) * 10)
    scale = PLOT_WIDTH / Decimal(axis_max)
    bars = [
        SurveyBar(
            survey=figure.survey,
            value=figure.share,
            y=TOP_MARGIN + index * ROW_HEIGHT + (ROW_HEIGHT - BAR_HEIGHT) / 2,
            width=round(float(figure.share * scale), 1),
        )
        for index, figure in enumerate(figures)
    ]
    step = tick_step(axis_max)
    ticks = [
        Tick(x=LABEL_WIDTH + PLOT_WIDTH * value / axis_max, value=Decimal(value))
        for value in range(0, axis_max + 1, step)
    ]
    return FrameworkAdoptionChart(framework=framework, bars=bars, ticks=ticks)
