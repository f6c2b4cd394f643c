"""Framework records turned into the rows and columns that tables and the API show.

Each function fetches what it needs in a fixed number of queries, however many rows there are.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet
from django.utils.html import conditional_escape, format_html

from .preview import children, current_draft, is_previewed
from .records import CriterionValue, DecisionGuideAlternative, DecisionGuideLeanToward, published
from .records.decision_guides import DecisionGuideChoice


def no_profile(framework):
    return None


class LinkedText(str):
    """Plain text (what the CSV download writes) whose parts a page shows as links: each framework
    name to its profile. `parts` is [(text, address or None)]."""

    def __new__(cls, parts):
        text = super().__new__(cls, "".join(part for part, _ in parts))
        text.parts = parts
        return text

    def __html__(self):
        return "".join(
            format_html('<a href="{}">{}</a>', url, part) if url else str(conditional_escape(part))
            for part, url in self.parts
        )


def linked_choices(choices, profile_url=no_profile):
    """'A, B', 'A or B if JS-native': (choice, framework) pairs joined as their connectors say, each
    framework's name linked to its profile."""
    parts = []
    for position, (choice, framework) in enumerate(choices):
        if position:
            parts.append((" or " if choice.connector == DecisionGuideChoice.Connector.OR else ", ", None))
        name = choice.label or framework.name if framework else choice.label
        parts.append((name, profile_url(framework) if framework else None))
        if choice.note:
            parts.append((f" {choice.note}", None))
    return LinkedText(parts)


def linked_names(frameworks, profile_url=no_profile):
    """'A, B and C', each name linked to its framework's profile."""
    frameworks = list(frameworks)
    parts = []
    for position, framework in enumerate(frameworks):
        if position:
            parts.append((" and " if position == len(frameworks) - 1 else ", ", None))
        parts.append((framework.name, profile_url(framework)))
    return LinkedText(parts)


@dataclass
class Table:
    title: str
    description: str
    caption: str
    headings: list
    rows: list = field(default_factory=list)  # each row: (row heading, [cells])
    footnote: str = ""

    @property
    def labelled_rows(self):
        """Rows with each cell beside its column's heading: a narrow screen shows a row as a card."""
        labels = self.headings[1:]
        return [(heading, list(zip(labels, cells, strict=False))) for heading, cells in self.rows]


@dataclass
class MatrixRows:
    """A matrix's columns (criteria, in order) and its rows, each row keyed by criterion slug: the one
    shape the page's table, the CSV download and the API all read."""

    matrix: object
    columns: list  # [(heading, criterion)]
    rows: list  # [{"framework": framework, "language": label or None, "values": {criterion slug: text}}]


def comparison_matrix_rows(matrix):
    """The matrix's live columns and rows: three queries (columns, rows, the values where they
    cross). A draft being previewed stands in for its record."""
    matrix = current_draft(matrix)
    columns = [
        (column.heading_for(criterion), criterion)
        for column in children(matrix.columns, "criterion")
        if (criterion := published(column.criterion))
    ]
    frameworks = [
        framework for row in children(matrix.rows, "framework__language") if (framework := published(row.framework))
    ]
    values = criterion_values(frameworks, [criterion for _, criterion in columns])
    rows = [
        {
            "framework": framework,
            "language": framework.language.label if matrix.show_language else None,
            "values": {criterion.slug: values.get((framework.pk, criterion.pk), "") for _, criterion in columns},
        }
        for framework in frameworks
    ]
    return MatrixRows(matrix=matrix, columns=columns, rows=rows)


def comparison_matrix_table(matrix, profile_url=no_profile):
    """The matrix as a table: three queries. Only live criteria and frameworks appear; a draft being
    previewed stands in for its record. Each framework's name links to `profile_url(framework)`."""
    data = comparison_matrix_rows(matrix)
    matrix = data.matrix
    language_heading = ["Language"] if matrix.show_language else []
    return Table(
        title=matrix.title,
        description=matrix.description,
        caption=matrix.caption,
        headings=[matrix.row_heading] + language_heading + [label for label, _ in data.columns],
        rows=[
            (
                LinkedText([(row["framework"].label, profile_url(row["framework"]))]),
                ([row["language"]] if matrix.show_language else [])
                + [row["values"][criterion.slug] for _, criterion in data.columns],
            )
            for row in data.rows
        ],
        footnote=matrix.footnote,
    )


def criterion_values(frameworks, criteria):
    """{(framework pk, criterion pk): text}: one query, and a previewed framework's draft values."""
    values = {
        (value.framework_id, value.criterion_id): value.text
        for value in CriterionValue.objects.filter(
            framework__in=[framework.pk for framework in frameworks],
            criterion__in=[criterion.pk for criterion in criteria],
        )
    }
    for framework in frameworks:
        if is_previewed(framework):
            values = {key: text for key, text in values.items() if key[0] != framework.pk}
            values |= {(framework.pk, value.criterion_id): value.text for value in framework.criterion_values.all()}
    return values


def decision_guide_rows(guide):
    """The decision guide's rows, each {"project_type", "lean_toward", "why", "alternatives"} with the
    choices a reader may see as (choice, live framework or None) pairs: three queries (rows, their
    lean-toward and alternative choices). The page's table, its CSV and the API all read these."""
    guide = current_draft(guide)
    rows = guide.rows.all()
    # A list of guides prefetches their rows and choices (api/frameworks/viewsets.py): use those.
    if isinstance(rows, QuerySet) and "rows" not in getattr(guide, "_prefetched_objects_cache", {}):
        rows = rows.prefetch_related(
            Prefetch("lean_toward", queryset=DecisionGuideLeanToward.objects.select_related("framework")),
            Prefetch("alternatives", queryset=DecisionGuideAlternative.objects.select_related("framework")),
        )
    return [
        {
            "project_type": row.project_type,
            "lean_toward": shown_choice_pairs(row.lean_toward.all()),
            "why": row.why,
            "alternatives": shown_choice_pairs(row.alternatives.all()),
        }
        for row in rows
    ]


def decision_guide_table(guide, profile_url=no_profile):
    """The decision guide as a table: three queries (rows, their lean-toward and alternative choices)."""
    guide = current_draft(guide)
    return Table(
        title=guide.title,
        description=guide.description,
        caption=guide.caption,
        headings=[
            guide.project_heading,
            guide.lean_toward_heading,
            guide.why_heading,
            guide.alternative_heading,
        ],
        rows=[
            (
                row["project_type"],
                [
                    linked_choices(row["lean_toward"], profile_url),
                    row["why"],
                    linked_choices(row["alternatives"], profile_url),
                ],
            )
            for row in decision_guide_rows(guide)
        ],
        footnote=guide.footnote,
    )


def shown_choice_pairs(choices):
    """A row's choices a reader sees, as (choice, framework) pairs: those naming a live framework,
    or none (a label)."""
    shown = []
    for choice in choices:
        if choice.framework_id is None:
            shown.append((choice, None))
        elif framework := published(choice.framework):
            shown.append((choice, framework))
    return shown


def frameworks_by_tier(benchmark, tiers):
    """{tier: [framework, ...]} of a benchmark's results in the given tiers, by rank: one query."""
    grouped = {tier: [] for tier in tiers}
    results = [
        (result, framework)
        for result in children(current_draft(benchmark).results, "framework")
        if result.tier in grouped and (framework := published(result.framework))
    ]
    for result, framework in sorted(results, key=lambda pair: (pair[0].rank, pair[1].name)):
        grouped[result.tier].append(framework)
    return grouped


def and_join(names):
    """['A', 'B', 'C'] -> 'A, B and C'."""
    names = list(names)
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"
