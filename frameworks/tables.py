"""Framework records turned into the rows and columns that tables and the API show.

Each function fetches what it needs in a fixed number of queries, however many rows there are.
"""

from dataclasses import dataclass, field

from django.db.models import Prefetch, Q

from .models import BenchmarkResult, CriterionValue, DecisionGuideAlternative, DecisionGuideLeanToward
from .models.decision_guides import choices_text


@dataclass
class Table:
    title: str
    description: str
    caption: str
    headings: list
    rows: list = field(default_factory=list)  # each row: (row heading, [cells])
    footnote: str = ""

    def as_data(self):
        return {
            "title": self.title,
            "description": self.description,
            "caption": self.caption,
            "headings": self.headings,
            "rows": [{"heading": heading, "cells": cells} for heading, cells in self.rows],
            "footnote": self.footnote,
        }


def comparison_matrix_table(matrix):
    """The matrix as a table: three queries (columns, rows, the values where they cross)."""
    columns = list(matrix.columns.filter(criterion__live=True).select_related("criterion"))
    rows = list(matrix.rows.filter(framework__live=True).select_related("framework__language"))
    values = {
        (value.framework_id, value.criterion_id): value.text
        for value in CriterionValue.objects.filter(
            framework__in=[row.framework_id for row in rows],
            criterion__in=[column.criterion_id for column in columns],
        )
    }
    language_heading = ["Language"] if matrix.show_language else []
    return Table(
        title=matrix.title,
        description=matrix.description,
        caption=matrix.caption,
        headings=[matrix.row_heading] + language_heading + [column.label for column in columns],
        rows=[
            (
                row.framework.label,
                ([row.framework.language.label] if matrix.show_language else [])
                + [values.get((row.framework_id, column.criterion_id), "") for column in columns],
            )
            for row in rows
        ],
        footnote=matrix.footnote,
    )


def decision_guide_table(guide):
    """The decision guide as a table: three queries (rows, their lean-toward and alternative choices)."""
    shown = Q(framework__isnull=True) | Q(framework__live=True)
    rows = guide.rows.prefetch_related(
        Prefetch("lean_toward", queryset=DecisionGuideLeanToward.objects.filter(shown).select_related("framework")),
        Prefetch("alternatives", queryset=DecisionGuideAlternative.objects.filter(shown).select_related("framework")),
    )
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
            (row.project_type, [choices_text(row.lean_toward.all()), row.why, choices_text(row.alternatives.all())])
            for row in rows
        ],
        footnote=guide.footnote,
    )


def frameworks_by_tier(benchmark, tiers):
    """{tier: [framework, ...]} of a benchmark's results in the given tiers, by rank: one query."""
    grouped = {tier: [] for tier in tiers}
    results = (
        BenchmarkResult.objects.filter(benchmark=benchmark, tier__in=tiers, framework__live=True)
        .select_related("framework")
        .order_by("rank", "framework__name")
    )
    for result in results:
        grouped[result.tier].append(result.framework)
    return grouped


def and_join(names):
    """['A', 'B', 'C'] -> 'A, B and C'."""
    names = list(names)
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"
