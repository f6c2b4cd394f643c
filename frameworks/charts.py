"""The adoption bar chart, laid out in Python so the page can draw it as plain SVG.

A chart compares one survey (the bars) with an optional earlier one, sorted by the newer figure:
each framework's row then has a thin bar for the earlier year above the bar for the newer, so the
year-on-year change is seen, and the data table gives both figures. Geometry is in SVG user
units; the template only places it.
"""

import math
from dataclasses import dataclass
from decimal import Decimal

from django.db.models import QuerySet

from .preview import current_draft
from .records import AdoptionFigure, published

LABEL_WIDTH = 130
PLOT_WIDTH = 440
VALUE_GAP = 8
ROW_HEIGHT = 30
BAR_HEIGHT = 20
TOP_MARGIN = 10
AXIS_HEIGHT = 30
TICK_COUNT = 4

# The narrow layout, for phones: each label on its own line above its bar, drawn for a ~340 px
# column so its text stays at least 12 px high instead of a wide drawing shrunk to 7 px.
NARROW_WIDTH = 340
NARROW_VALUE_SPACE = 52
NARROW_ROW_HEIGHT = 42
NARROW_LABEL_HEIGHT = 18
NARROW_BAR_HEIGHT = 16
# With an earlier survey: a thin bar for it above a slimmer bar for the newer one, in the same row.
PREVIOUS_BAR_HEIGHT = 7
PAIRED_BAR_HEIGHT = 13
PAIRED_GAP = 2


@dataclass
class Bar:
    label: str
    value: Decimal
    previous: Decimal | None
    y: float
    width: float
    framework: object = None  # the record the bar stands for (the API references it)
    previous_width: float | None = None
    height: float = BAR_HEIGHT

    @property
    def text_y(self):
        return self.y + self.height / 2

    @property
    def previous_y(self):
        return self.y - PAIRED_GAP - PREVIOUS_BAR_HEIGHT

    @property
    def previous_text_y(self):
        return self.previous_y + PREVIOUS_BAR_HEIGHT / 2

    @property
    def previous_value_x(self):
        return LABEL_WIDTH + (self.previous_width or 0) + VALUE_GAP

    @property
    def value_x(self):
        return LABEL_WIDTH + self.width + VALUE_GAP


@dataclass
class Tick:
    value: Decimal
    x: float

    @property
    def label(self):
        return f"{format_number(self.value)}%"


@dataclass
class AdoptionChart:
    title: str
    description: str
    survey: object
    comparison_survey: object
    bars: list
    ticks: list
    axis_max: int

    label_width = LABEL_WIDTH
    plot_width = PLOT_WIDTH
    previous_bar_height = PREVIOUS_BAR_HEIGHT

    @property
    def bar_height(self):
        return PAIRED_BAR_HEIGHT if self.paired else BAR_HEIGHT

    @property
    def paired(self):
        """Whether the bars show the earlier survey too."""
        return any(bar.previous is not None for bar in self.bars)

    @property
    def width(self):
        return LABEL_WIDTH + PLOT_WIDTH + 60

    @property
    def height(self):
        return TOP_MARGIN + len(self.bars) * ROW_HEIGHT + AXIS_HEIGHT

    @property
    def axis_y(self):
        return TOP_MARGIN + len(self.bars) * ROW_HEIGHT

    @property
    def label_x(self):
        return LABEL_WIDTH - VALUE_GAP

    @property
    def tick_label_y(self):
        return self.axis_y + AXIS_HEIGHT - 10

    @property
    def narrow(self):
        """The same bars and axis laid out for a phone's width."""
        return NarrowChart(self)

    @property
    def summary(self):
        """The chart in one sentence, for readers who cannot see it."""
        if not self.bars:
            return ""
        first, *rest = self.bars
        sentence = f"{first.label} is used by {format_number(first.value)} percent of developers"
        others = [f"{bar.label} {format_number(bar.value)} percent" for bar in rest]
        if others:
            others[-1] = f"and {others[-1]}"
            sentence += ", " + ", ".join(others)
        sentence = f"Per the {self.survey}, {sentence}."
        earlier = [
            f"{bar.label} {format_number(bar.previous)} percent" for bar in self.bars if bar.previous is not None
        ]
        if earlier:
            sentence += f" In {self.comparison_survey.year}: {', '.join(earlier)}."
        return sentence

    @property
    def source_line(self):
        """Which surveys the figures come from, with their sample sizes."""
        newer = f"{self.survey} (n={self.survey.sample_size:,})"
        if not self.comparison_survey:
            cited = newer
        else:
            older = self.comparison_survey
            same_series = (older.publisher, older.name) == (self.survey.publisher, self.survey.name)
            older_name = str(older.year) if same_series else str(older)
            cited = f"{newer} and {older_name} (n={older.sample_size:,})"
        section = f", {self.survey.section} section" if self.survey.section else ""
        return f"Source: {cited}{section}."


@dataclass
class NarrowBar:
    label: str
    value: Decimal
    label_y: float
    y: float
    width: float
    previous: Decimal | None = None
    previous_width: float | None = None
    height: float = NARROW_BAR_HEIGHT

    @property
    def previous_y(self):
        return self.y - PAIRED_GAP - PREVIOUS_BAR_HEIGHT

    @property
    def figures(self):
        """The figures on the label's line: '40.8% → 48.7%' with an earlier survey, else '48.7%'."""
        if self.previous is None:
            return f"{format_number(self.value)}%"
        return f"{format_number(self.previous)}% → {format_number(self.value)}%"

    @property
    def text_y(self):
        return self.y + NARROW_BAR_HEIGHT / 2

    @property
    def value_x(self):
        return self.width + VALUE_GAP


class NarrowChart:
    """Each label on its own line with its figures at the line's end, the bars under it across the
    whole width (the earlier survey's thin bar first, when there is one)."""

    width = NARROW_WIDTH
    previous_bar_height = PREVIOUS_BAR_HEIGHT

    def __init__(self, chart):
        self.paired = chart.paired
        self.plot_width = NARROW_WIDTH if self.paired else NARROW_WIDTH - NARROW_VALUE_SPACE
        self.bar_height = NARROW_BAR_HEIGHT - 6 if self.paired else NARROW_BAR_HEIGHT
        # Paired rows are taller: the label line, the earlier bar, then the newer bar.
        row_height = NARROW_ROW_HEIGHT + 8 if self.paired else NARROW_ROW_HEIGHT
        bar_top = NARROW_LABEL_HEIGHT + (PREVIOUS_BAR_HEIGHT + PAIRED_GAP + 2 if self.paired else 0)
        scale = self.plot_width / chart.axis_max

        def width(value):
            return round(float(min(value, chart.axis_max)) * scale, 1)

        self.bars = [
            NarrowBar(
                label=bar.label,
                value=bar.value,
                label_y=index * row_height + NARROW_LABEL_HEIGHT - 4,
                y=index * row_height + bar_top,
                width=width(bar.value),
                previous=bar.previous,
                previous_width=width(bar.previous) if bar.previous is not None else None,
                height=self.bar_height,
            )
            for index, bar in enumerate(chart.bars)
        ]
        row_height_total = len(self.bars) * row_height
        self.axis_y = row_height_total
        self.ticks = [
            Tick(value=tick.value, x=round(self.plot_width * step / TICK_COUNT, 1))
            for step, tick in enumerate(chart.ticks)
        ]
        self.tick_label_y = self.axis_y + AXIS_HEIGHT - 8
        self.height = self.axis_y + AXIS_HEIGHT


def format_number(value):
    """48.70 -> '48.7', 25.0 -> '25', 12.5 -> '12.5'."""
    text = f"{Decimal(value):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def survey_figures(surveys):
    """{survey pk: [(figure, framework)]} of live frameworks: one query for the surveys' stored
    figures; a survey previewed as a draft brings its figures from memory."""
    stored = [survey for survey in surveys if isinstance(survey.figures.all(), QuerySet)]
    figures = {survey.pk: [] for survey in surveys}
    for figure in AdoptionFigure.objects.filter(survey__in=stored).select_related("framework") if stored else ():
        figures[figure.survey_id].append(figure)
    for survey in surveys:
        if survey not in stored:
            figures[survey.pk] = list(survey.figures.all())
    return {
        pk: [(figure, framework) for figure in rows if (framework := published(figure.framework))]
        for pk, rows in figures.items()
    }


def build_adoption_chart(*, title, description, survey, comparison_survey=None, max_bars=10, axis_max=None):
    """Lay out the chart for `survey`: one query for both surveys' figures."""
    survey, comparison_survey = current_draft(survey), current_draft(comparison_survey)
    shown = survey_figures([survey] + ([comparison_survey] if comparison_survey else []))
    newer = {framework.pk: (figure, framework) for figure, framework in shown[survey.pk]}
    older = {framework.pk: figure for figure, framework in shown.get(comparison_survey and comparison_survey.pk, [])}
    ranked = sorted(newer.values(), key=lambda pair: (-pair[0].share, pair[1].name))[:max_bars]

    largest = ranked[0][0].share if ranked else Decimal(0)
    axis_max = axis_max or max(10, math.ceil(largest / 10) * 10)
    scale = PLOT_WIDTH / Decimal(axis_max)
    paired = any(framework.pk in older for _, framework in ranked)
    height = PAIRED_BAR_HEIGHT if paired else BAR_HEIGHT
    # A paired row: the earlier bar, the gap, the newer bar, centred in the row together.
    offset = (ROW_HEIGHT - height + (PREVIOUS_BAR_HEIGHT + PAIRED_GAP if paired else 0)) / 2

    def width(share):
        return round(float(min(share, axis_max) * scale), 1)

    bars = [
        Bar(
            label=framework.name,
            value=figure.share,
            previous=older[framework.pk].share if framework.pk in older else None,
            y=TOP_MARGIN + index * ROW_HEIGHT + offset,
            width=width(figure.share),
            framework=framework,
            previous_width=width(older[framework.pk].share) if framework.pk in older else None,
            height=height,
        )
        for index, (figure, framework) in enumerate(ranked)
    ]
    ticks = [
        Tick(value=Decimal(axis_max) * step / TICK_COUNT, x=LABEL_WIDTH + PLOT_WIDTH * step / TICK_COUNT)
        for step in range(TICK_COUNT + 1)
    ]
    return AdoptionChart(
        title=title,
        description=description,
        survey=survey,
        comparison_survey=comparison_survey,
        bars=bars,
        ticks=ticks,
        axis_max=axis_max,
    )
