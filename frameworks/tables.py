"""Framework records turned into the rows and columns that tables and the API show.

Each function fetches what it needs in a fixed number of queries, however many rows there are.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch, QuerySet

from .preview import children, current_draft, is_previewed
from .records import CriterionValue, DecisionGuideAlternative, DecisionGuideLeanToward, published
from .records.decision_guides import choices_text


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


def comparison_matrix_table(matrix):
    """The matrix as a table: three queries. Only live criteria and frameworks appear; a draft being
    previewed stands in for its record."""
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
                row["framework"].label,
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


def decision_guide_table(guide):
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
            (row["project_type"], [choices_text(row["lean_toward"]), row["why"], choices_text(row["alternatives"])])
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
