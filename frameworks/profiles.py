"""One framework as its profile page (/frameworks/<slug>/) shows it, from live records only.

Its criterion values, language and runtime, adoption across the live surveys, its tier in each
live benchmark, the decision-guide rows that recommend it and the guides that show it: a fixed
number of queries however many records there are.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlsplit

from django.db.models import Q

from .charts import format_number
from .framework_chart import framework_adoption_chart
from .records import (
    BenchmarkResult,
    CriterionValue,
    DecisionGuideAlternative,
    DecisionGuideLeanToward,
    Framework,
    PerformanceTier,
)
from .tables import and_join
from .usage import pages_showing


@dataclass
class CriterionEntry:
    """The framework's value for one criterion, as its profile lists it."""

    criterion: object
    text: str
    score: Decimal | None

    @property
    def score_text(self):
        """'score 4 out of 5', 'score 12,000 req/s', or '' without a score."""
        if self.score is None:
            return ""
        text = f"score {format_number(self.score)}"
        if self.criterion.scale_max:
            text += f" out of {self.criterion.scale_max}"
        return f"{text} {self.criterion.unit}" if self.criterion.unit else text


@dataclass
class BenchmarkPlacing:
    """Where a benchmark puts the framework: its tier, and its place among the live frameworks there."""

    benchmark: object
    tier: str
    position: int
    tier_size: int
    figure: Decimal | None

    @property
    def place_text(self):
        """'1st of 3'."""
        suffix = "th" if 10 <= self.position % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(self.position % 10, "th")
        return f"{self.position}{suffix} of {self.tier_size}"

    @property
    def figure_text(self):
        if self.figure is None:
            return ""
        whole, _, fraction = format_number(self.figure).partition(".")
        text = f"{int(whole):,}" + (f".{fraction}" if fraction else "")
        unit = self.benchmark.figure_unit
        return f"{text} {unit}" if unit else text


LEAN_TOWARD, ALTERNATIVE = "Lean toward", "Alternative"
# What search results show of a meta description before cutting it.
DESCRIPTION_MAX = 160


@dataclass
class Recommendation:
    """A decision-guide row that names the framework: to lean toward, or as the alternative."""

    guide: object
    project_type: str
    why: str
    role: str
    note: str
    row_order: int = 0
    row_id: int = 0
    first_choices: str = ""  # the row's other frameworks to lean toward, 'A and B'

    @property
    def is_first_choice(self):
        return self.role == LEAN_TOWARD


@dataclass
class FrameworkProfile:
    framework: Framework
    runtime: Framework | None
    values: list  # CriterionEntry, by criterion name
    adoption: object
    placings: list
    recommendations: list
    runs_here: list = field(default_factory=list)  # for a runtime: the live frameworks on it
    pages: list = field(default_factory=list)

    @property
    def adoption_table(self):
        return self.adoption.table()

    @property
    def description(self):
        """The page's meta description: the longest of these that fits in 160 characters, so a long
        name or language shortens the sentence rather than cutting it."""
        framework = self.framework
        kind = framework.get_kind_display().lower()
        subject = f"{framework.name}, a {framework.language.name} {kind}"
        sentences = [
            f"{subject}: how it compares on each criterion, its adoption in surveys, its benchmark tier "
            "and the projects it suits.",
            f"{subject}: how it compares, its adoption and its benchmark tier.",
            f"{subject}, compared.",
            f"{framework.name}, compared.",  # the name is at most 80 characters
        ]
        return next(sentence for sentence in sentences if len(sentence) <= DESCRIPTION_MAX)

    @property
    def website_label(self):
        """'https://www.djangoproject.com/' -> 'djangoproject.com'."""
        parts = urlsplit(self.framework.website)
        host = parts.netloc.removeprefix("www.")
        path = parts.path.rstrip("/")
        return host + path


def framework_profile(slug):
    """The live framework's profile, or None when there is no live framework with this slug."""
    framework = Framework.objects.filter(live=True, slug=slug).select_related("language", "runtime").first()
    if framework is None:
        return None
    runtime = framework.runtime if framework.runtime is not None and framework.runtime.live else None
    values = [
        CriterionEntry(value.criterion, value.text, value.score)
        for value in CriterionValue.objects.filter(framework=framework, criterion__live=True)
        .select_related("criterion")
        .order_by("criterion__name")
    ]
    runs_here = []
    if framework.kind == Framework.Kind.RUNTIME:
        runs_here = list(Framework.objects.filter(runtime=framework, live=True).order_by("name"))
    return FrameworkProfile(
        framework=framework,
        runtime=runtime,
        values=values,
        adoption=framework_adoption_chart(framework),
        placings=benchmark_placings(framework),
        recommendations=recommendations(framework),
        runs_here=runs_here,
        pages=pages_showing(framework),
    )


def benchmark_placings(framework):
    """The framework's tier in each live benchmark, newest benchmark first: two queries. Its place
    counts only live frameworks, in the order the tiered ranking shows them (rank, then name)."""
    results = list(
        BenchmarkResult.objects.filter(framework=framework, benchmark__live=True)
        .select_related("benchmark")
        .order_by("-benchmark__published_on", "benchmark__publisher", "benchmark__name")
    )
    tiers = {(result.benchmark_id, result.tier) for result in results}
    neighbours = {}  # (benchmark pk, tier) -> [framework pk, ...] in the ranking's order
    for benchmark_id, tier, _rank, _name, framework_id in (
        BenchmarkResult.objects.filter(benchmark__in=[result.benchmark_id for result in results], framework__live=True)
        .order_by("rank", "framework__name")
        .values_list("benchmark_id", "tier", "rank", "framework__name", "framework_id")
    ):
        if (benchmark_id, tier) in tiers:
            neighbours.setdefault((benchmark_id, tier), []).append(framework_id)
    tier_labels = dict(PerformanceTier.choices)
    return [
        BenchmarkPlacing(
            benchmark=result.benchmark,
            tier=tier_name(tier_labels.get(result.tier, result.tier)),
            position=neighbours[(result.benchmark_id, result.tier)].index(framework.pk) + 1,
            tier_size=len(neighbours[(result.benchmark_id, result.tier)]),
            figure=result.figure,
        )
        for result in results
    ]


def tier_name(label):
    """'Middle' -> 'Middle tier'; 'Top tier' stays."""
    return label if "tier" in label.lower() else f"{label} tier"


def recommendations(framework):
    """The rows of live decision guides that lean toward the framework or name it as an alternative,
    by guide title then row order, each with the row's other first choices: three queries."""
    found = []
    for model, role in ((DecisionGuideLeanToward, LEAN_TOWARD), (DecisionGuideAlternative, ALTERNATIVE)):
        for choice in model.objects.filter(framework=framework, row__guide__live=True).select_related("row__guide"):
            found.append(
                Recommendation(
                    guide=choice.row.guide,
                    project_type=choice.row.project_type,
                    why=choice.row.why,
                    role=role,
                    note=choice.note,
                    row_order=choice.row.sort_order or 0,
                    row_id=choice.row_id,
                )
            )
    first_choices = {}  # row pk -> names of the live frameworks (or labels) the row leans toward
    for choice in (
        DecisionGuideLeanToward.objects.filter(row__in=[item.row_id for item in found])
        .filter(Q(framework__isnull=True) | Q(framework__live=True))
        .select_related("framework")
        .order_by("sort_order", "pk")
    ):
        if choice.framework_id != framework.pk:
            first_choices.setdefault(choice.row_id, []).append(choice.label or choice.framework.name)
    for item in found:
        item.first_choices = and_join(first_choices.get(item.row_id, []))
    return sorted(found, key=lambda item: (item.guide.title, item.guide.pk, item.row_order, item.role != LEAN_TOWARD))
