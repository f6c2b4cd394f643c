"""A comparison matrix's and a decision guide's rows as plain data, each framework named by its
reference (id, slug, name, API address): one shape for the block that shows the record in a guide
(its `get_api_representation`) and for the record's own resource in the API."""

from core.references import framework_reference

from .tables import decision_guide_rows


def matrix_columns(table_rows):
    """[{"criterion": slug, "heading": ...}] of a matrix's MatrixRows (frameworks/tables.py)."""
    return [{"criterion": criterion.slug, "heading": heading} for heading, criterion in table_rows.columns]


def matrix_rows(table_rows, request):
    """Each row of a matrix's MatrixRows: its framework, the framework as the page's table names it
    (its label, e.g. 'Express (Node.js)'), its language label and its cells by criterion slug."""
    return [
        {
            "framework": framework_reference(row["framework"], request),
            "label": row["framework"].label,
            "language": row["language"],
            "values": row["values"],
        }
        for row in table_rows.rows
    ]


def decision_headings(guide):
    return {
        "project_type": guide.project_heading,
        "lean_toward": guide.lean_toward_heading,
        "why": guide.why_heading,
        "alternatives": guide.alternative_heading,
    }


def decision_rows(guide, request):
    """The rows a reader sees, each choice with its framework's reference (None for a label alone)."""
    return [
        {
            "project_type": row["project_type"],
            "lean_toward": _choices(row["lean_toward"], request),
            "why": row["why"],
            "alternatives": _choices(row["alternatives"], request),
        }
        for row in decision_guide_rows(guide)
    ]


def _choices(pairs, request):
    return [
        {
            "framework": framework_reference(framework, request) if framework else None,
            "label": choice.label,
            "note": choice.note,
            "connector": choice.connector,
            "text": choice.text(framework),
        }
        for choice, framework in pairs
    ]
