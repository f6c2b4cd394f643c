"""Framework records turned into the rows and columns that tables and the API show.

Each function fetches what it needs in a fixed number of queries, however many rows there are.
"""

from dataclasses import dataclass, field

from .models import Framework, matrix_cell


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
    """The matrix as a table: two queries (columns, rows with their frameworks)."""
    columns = list(matrix.columns.all())
    rows = matrix.rows.select_related("framework__language", "framework__runtime")
    return Table(
        title=matrix.title,
        description=matrix.description,
        caption=matrix.caption,
        headings=[matrix.row_heading] + [column.label for column in columns],
        rows=[(row.framework.label, [matrix_cell(row.framework, column.field) for column in columns]) for row in rows],
        footnote=matrix.footnote,
    )


def decision_guide_table(guide):
    """The decision guide as a table: one query for its rows."""
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
        rows=[(row.project_type, [row.lean_toward, row.why, row.alternative]) for row in guide.rows.all()],
        footnote=guide.footnote,
    )


def frameworks_by_tier(tiers):
    """{tier: [framework, ...]} for the given tiers, ordered by rank within each: one query."""
    grouped = {tier: [] for tier in tiers}
    for framework in Framework.objects.filter(performance_tier__in=tiers).order_by("tier_rank", "name"):
        grouped[framework.performance_tier].append(framework)
    return grouped


def and_join(names):
    """['A', 'B', 'C'] -> 'A, B and C'."""
    names = list(names)
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"
