"""The whole comparison that /frameworks/ shows: every live framework by every live criterion.

A reader filters it by language and by use case (the project types of the live decision guides:
a framework fits one when a row leans toward it or names it as an alternative), sorts it by any
column and chooses the criteria to show, all through query parameters, so plain links and a GET
form do everything. The CSV comes from the same object, so the file has the table's columns.

Beside the criteria, two measured columns a reader can sort by: each framework's share in the
latest live adoption survey and its tier in the latest live benchmark, each headed with the
edition it comes from ("Share, Stack Overflow 2025"); a column is left out when there is no
live survey (benchmark).

Eight queries at most however many records there are: criteria, languages, use cases, the latest
survey's shares, the latest benchmark's tiers, frameworks, the sorting criterion's values (only
when sorting by one) and the values of the rows shown; nothing per row.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import F, Q
from django.http import Http404
from django.utils.text import slugify

from .charts import format_number
from .profiles import tier_name
from .records import (
    AdoptionSurvey,
    Benchmark,
    Criterion,
    CriterionValue,
    DecisionGuideAlternative,
    DecisionGuideLeanToward,
    Framework,
    Language,
    PerformanceTier,
)
from .records.decision_guides import DecisionGuideRow
from .tables import Table

# Columns every comparison has, by sort key; a criterion sorts by its slug (a criterion whose slug
# is one of these keys can still be shown, but sorting by that key sorts by the fixed column).
FIXED_COLUMNS = {"name": "Framework", "kind": "Kind", "language": "Language", "runtime": "Runtime"}
# The measured columns' sort keys; like the fixed ones they win over a criterion of the same slug.
SHARE, TIER = "share", "tier"
ORDERS = {"asc": "ascending", "desc": "descending"}
DEFAULT_SORT, DEFAULT_ORDER = "name", "asc"


def language_slug(language):
    """'C#' -> 'c-sharp', 'JavaScript / TypeScript' -> 'javascript-typescript'."""
    return slugify(language.name.replace("#", " sharp").replace("+", " plus"))


def criterion_heading(criterion):
    return f"{criterion.name} ({criterion.unit})" if criterion.unit else criterion.name


@dataclass(frozen=True)
class Option:
    """One choice of a filter: its query value and what the reader sees."""

    value: str
    label: str


@dataclass
class Column:
    key: str
    label: str
    url: str = ""  # sorts by this column (or reverses the sort when it is the sorted one)
    aria_sort: str = ""  # "ascending" or "descending" on the sorted column


@dataclass
class Measure:
    """A column measured by one edition of a survey or a benchmark: each framework's figure there."""

    key: str  # SHARE or TIER
    label: str  # 'Share, Stack Overflow 2025'
    values: dict  # framework pk -> (sort key, text); a framework without a figure is absent
    css_class: str = ""

    def cell(self, framework):
        return Cell(self.label, self.values.get(framework.pk, (None, ""))[1], css_class=self.css_class)

    def sort_key(self, framework):
        return self.values.get(framework.pk, (None, ""))[0]


@dataclass
class Cell:
    label: str  # the column's heading, shown beside the value when the table becomes cards
    text: str
    framework: Framework | None = None  # a runtime the cell links to
    css_class: str = ""  # 'number' for a share, 'comparison__criterion' for a criterion's text


FIXED_CELLS = 3  # kind, language and runtime: every framework has them


@dataclass
class Row:
    framework: Framework
    cells: list = field(default_factory=list)
    leading: int = FIXED_CELLS  # the cells before the criteria: the fixed ones, then share and tier

    @property
    def leading_cells(self):
        return self.cells[: self.leading]

    @property
    def unrated(self):
        """Whether no shown criterion has a value for this framework: the row then says why once,
        in a cell across the criteria, rather than showing a dash in every column.

        Such a row stays in the table, marked, rather than leaving it for a note under the table.
        In the demo data the one such row is Node.js: a runtime, recorded because the adoption
        survey counts it (48.7% in 2025, the largest share) and because Express and NestJS run on
        it, while the reference guide's matrix rates frameworks, not runtimes. A reader sorting by
        share looks for it at the top, a reader filtering by language expects every framework in
        it, and the summary's count and the CSV have it; leaving it out would hide its share and
        tier and make the count disagree with the rows. So the row keeps its kind, language,
        runtime, share and tier, and the reason (a runtime is compared through its frameworks; a
        framework is not rated yet) stands where the dashes would be, with a link to its profile."""
        rated = self.cells[self.leading :]
        return bool(rated) and not any(cell.text for cell in rated)

    @property
    def unrated_span(self):
        return len(self.cells) - self.leading


@dataclass
class Comparison:
    criteria: list  # every live criterion
    shown_criteria: list
    languages: list  # Options
    use_cases: list  # Options
    language: Option | None
    use_case: Option | None
    sort: str
    order: str
    rows: list  # every matching row, sorted; cells filled only on `page` unless asked for all
    page: object  # the Paginator page shown
    measures: list = field(default_factory=list)  # share and tier, when there is a live survey (benchmark)
    columns: list = field(default_factory=list)

    @property
    def sort_options(self):
        """Every column the reader may sort by, shown or not."""
        return (
            [Option(key, label) for key, label in FIXED_COLUMNS.items()]
            + [Option(measure.key, measure.label) for measure in self.measures]
            + [Option(criterion.slug, criterion_heading(criterion)) for criterion in self.criteria]
        )

    @property
    def sorted_label(self):
        return next(option.label for option in self.sort_options if option.value == self.sort)

    @property
    def order_label(self):
        return ORDERS[self.order]

    @property
    def showing_every_criterion(self):
        return len(self.shown_criteria) == len(self.criteria)

    def query(self, **changes):
        """This view's query string with `changes` applied, leaving defaults out: '?language=go&sort=name'."""
        state = {
            "language": self.language.value if self.language else "",
            "use-case": self.use_case.value if self.use_case else "",
            "sort": "" if self.sort == DEFAULT_SORT else self.sort,
            "order": "" if self.order == DEFAULT_ORDER else self.order,
            "criteria": [] if self.showing_every_criterion else [criterion.slug for criterion in self.shown_criteria],
            "page": "",
        }
        state.update({key.replace("_", "-"): value for key, value in changes.items()})
        if state["sort"] == DEFAULT_SORT:
            state["sort"] = ""
        if state["order"] == DEFAULT_ORDER:
            state["order"] = ""
        pairs = []
        for key in ("language", "use-case", "criteria", "sort", "order", "page"):
            if key == "criteria":
                pairs += [(key, slug) for slug in state[key]]
            elif state[key]:
                pairs.append((key, state[key]))
        return f"?{urlencode(pairs)}" if pairs else "?"

    @property
    def csv_query(self):
        """The view's filters, sort and criteria without the page: the CSV holds every matching row."""
        query = self.query()
        return "" if query == "?" else query

    @property
    def previous_page_query(self):
        number = self.page.previous_page_number() if self.page.has_previous() else 1
        return self.query(page=number if number > 1 else "")

    @property
    def next_page_query(self):
        return self.query(page=self.page.next_page_number()) if self.page.has_next() else ""

    def as_table(self):
        """Every matching row as the CSV writes it: the page's columns, one row per framework."""
        return Table(
            title="Frameworks compared",
            description="",
            caption="Frameworks compared",
            headings=[column.label for column in self.columns],
            rows=[(row.framework.name, [cell.text for cell in row.cells]) for row in self.rows],
        )


def build_comparison(params, *, per_page=None, every_row=False):
    """The comparison a query string asks for. Unknown filters are a 404 (as an unknown guide category is);
    an unknown sort or order falls back to the default. `every_row` fills every row's cells (the CSV)."""
    criteria = list(Criterion.objects.filter(live=True).only("name", "slug", "unit", "description").order_by("name"))
    by_slug = {criterion.slug: criterion for criterion in criteria}
    chosen = [by_slug[slug] for slug in dict.fromkeys(params.getlist("criteria")) if slug in by_slug]

    languages = {}
    for language in Language.objects.filter(frameworks__live=True).distinct().order_by("name"):
        languages.setdefault(language_slug(language), []).append(language)
    language_options = [Option(slug, group[0].name) for slug, group in languages.items()]
    language = _chosen_option(params.get("language"), language_options, "language")

    use_case_rows = {}  # slug -> (project type, [row pk, ...])
    rows_of_live_guides = DecisionGuideRow.objects.filter(guide__live=True).order_by(
        "guide__title", "guide__pk", "sort_order", "pk"
    )
    for pk, project_type in rows_of_live_guides.values_list("pk", "project_type"):
        if slug := slugify(project_type):
            use_case_rows.setdefault(slug, (project_type, []))[1].append(pk)
    use_case_options = [Option(slug, project_type) for slug, (project_type, _) in use_case_rows.items()]
    use_case = _chosen_option(params.get("use-case"), use_case_options, "use case")

    measures = [measure for measure in (latest_shares(), latest_tiers()) if measure]
    by_key = {measure.key: measure for measure in measures}

    sort = params.get("sort", DEFAULT_SORT)
    if sort not in FIXED_COLUMNS and sort not in by_key and sort not in by_slug:
        sort = DEFAULT_SORT
    sorted_measure = by_key.get(sort)
    sorted_criterion = None if sort in FIXED_COLUMNS or sorted_measure else by_slug.get(sort)
    order = params.get("order") if params.get("order") in ORDERS else DEFAULT_ORDER
    # The sorted criterion is always shown: a reader sorting by it wants to see it.
    shown = chosen or criteria
    if sorted_criterion and sorted_criterion not in shown:
        shown = sorted([*shown, sorted_criterion], key=lambda criterion: criterion.name)

    frameworks = Framework.objects.filter(live=True).select_related("language", "runtime")
    if language:
        frameworks = frameworks.filter(language__in=languages[language.value])
    if use_case:
        row_ids = use_case_rows[use_case.value][1]
        frameworks = frameworks.filter(
            Q(pk__in=DecisionGuideLeanToward.objects.filter(row__in=row_ids).values("framework"))
            | Q(pk__in=DecisionGuideAlternative.objects.filter(row__in=row_ids).values("framework"))
        )
    rows = [Row(framework) for framework in sorted(frameworks, key=lambda framework: framework.name.casefold())]
    _sort_rows(rows, sort, order, sorted_criterion, sorted_measure)

    paginator = Paginator(rows, per_page or max(len(rows), 1))
    page = paginator.get_page(params.get("page"))
    _fill_cells(rows if every_row else page.object_list, measures, shown, every_row)

    comparison = Comparison(
        criteria=criteria,
        shown_criteria=shown,
        languages=language_options,
        use_cases=use_case_options,
        language=language,
        use_case=use_case,
        sort=sort,
        order=order,
        rows=rows,
        page=page,
        measures=measures,
    )
    comparison.columns = _columns(comparison)
    return comparison


def _chosen_option(value, options, what):
    if not value:
        return None
    for option in options:
        if option.value == value:
            return option
    raise Http404(f"No such {what}")


def latest_shares():
    """Each framework's share in the latest live adoption survey (the newest year), one query: the
    survey joined to its figures, so the heading comes with them. None without a live survey."""
    latest = AdoptionSurvey.objects.filter(live=True).order_by("-year", "publisher", "name", "-pk").values("pk")[:1]
    found = list(
        AdoptionSurvey.objects.filter(pk__in=latest).values_list(
            "publisher", "year", "figures__framework", "figures__share"
        )
    )
    if not found:
        return None
    publisher, year = found[0][:2]
    values = {
        framework_id: (share, f"{format_number(share)}%")
        for _, _, framework_id, share in found
        if framework_id is not None
    }
    return Measure(SHARE, f"Share, {publisher} {year}", values, css_class="number")


TIER_RANKS = {tier: position for position, tier in enumerate(PerformanceTier.values)}  # top tier first


def latest_tiers():
    """Each framework's tier in the latest live benchmark (the newest published, undated last), one
    query as for the shares; it sorts by tier, top first, then by its rank within the tier. None
    without a live benchmark."""
    latest = (
        Benchmark.objects.filter(live=True)
        .order_by(F("published_on").desc(nulls_last=True), "publisher", "name", "-pk")
        .values("pk")[:1]
    )
    found = list(
        Benchmark.objects.filter(pk__in=latest).values_list(
            "publisher", "edition", "results__framework", "results__tier", "results__rank"
        )
    )
    if not found:
        return None
    publisher, edition = found[0][:2]
    labels = dict(PerformanceTier.choices)
    values = {
        framework_id: ((TIER_RANKS.get(tier, len(TIER_RANKS)), rank), tier_name(labels.get(tier, tier)))
        for _, _, framework_id, tier, rank in found
        if framework_id is not None
    }
    return Measure(TIER, f"Tier, {publisher} {edition}", values)


def _sort_rows(rows, sort, order, criterion, measure=None):
    """Sort in place, by name within equal keys; rows without a value come last either way."""
    if sort == "name":
        rows.sort(key=lambda row: row.framework.name.casefold(), reverse=order == "desc")
        return
    if measure:

        def key(row):
            return measure.sort_key(row.framework)
    elif criterion:
        values = {
            framework_id: (0, score, "") if score is not None else (1, 0, text.casefold())
            for framework_id, text, score in CriterionValue.objects.filter(
                criterion=criterion, framework__live=True
            ).values_list("framework_id", "text", "score")
        }

        def key(row):
            return values.get(row.framework.pk)
    else:

        def key(row):
            return _fixed_value(row.framework, sort).casefold() or None

    present = [row for row in rows if key(row) is not None]
    missing = [row for row in rows if key(row) is None]
    present.sort(key=key, reverse=order == "desc")  # stable: equal keys stay in name order
    rows[:] = present + missing


def _fixed_value(framework, key):
    if key == "kind":
        return framework.get_kind_display()
    if key == "language":
        return framework.language.label
    if key == "runtime":
        runtime = _live_runtime(framework)
        return runtime.name if runtime else ""
    return framework.name


def _live_runtime(framework):
    runtime = framework.runtime
    return runtime if runtime is not None and runtime.live else None


def _fill_cells(rows, measures, criteria, every_row=False):
    # Every row (the CSV) reads every live framework's values rather than naming hundreds of ids.
    of_rows = {"framework__live": True} if every_row else {"framework__in": [row.framework.pk for row in rows]}
    values = {
        (framework_id, criterion_id): text
        for framework_id, criterion_id, text in CriterionValue.objects.filter(
            criterion__in=criteria, **of_rows
        ).values_list("framework_id", "criterion_id", "text")
    }
    for row in rows:
        framework = row.framework
        row.cells = [
            Cell(FIXED_COLUMNS["kind"], framework.get_kind_display()),
            Cell(FIXED_COLUMNS["language"], framework.language.label),
            Cell(FIXED_COLUMNS["runtime"], _fixed_value(framework, "runtime"), _live_runtime(framework)),
            *(measure.cell(framework) for measure in measures),
        ] + [
            Cell(
                criterion_heading(criterion),
                values.get((framework.pk, criterion.pk), ""),
                css_class="comparison__criterion",
            )
            for criterion in criteria
        ]
        row.leading = FIXED_CELLS + len(measures)


def _columns(comparison):
    """The table's columns in order, each with the link that sorts by it."""
    columns = (
        list(FIXED_COLUMNS.items())
        + [(measure.key, measure.label) for measure in comparison.measures]
        + [(criterion.slug, criterion_heading(criterion)) for criterion in comparison.shown_criteria]
    )
    result = []
    for key, label in columns:
        sorted_here = key == comparison.sort
        # A first click sorts ascending; a click on the sorted column reverses it.
        next_order = ("desc" if comparison.order == "asc" else "asc") if sorted_here else "asc"
        result.append(
            Column(
                key=key,
                label=label,
                url=comparison.query(sort=key, order=next_order),
                aria_sort=ORDERS[comparison.order] if sorted_here else "",
            )
        )
    return result
