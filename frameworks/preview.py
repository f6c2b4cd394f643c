"""Previewing a draft record in the guides that show it.

While a preview renders, the draft being previewed stands in for its live row wherever the data
functions (tables, charts, rankings, sources) meet that record, and counts as published. Nothing
is written: the draft lives only in memory, for the length of one render.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import QuerySet

_draft = ContextVar("previewed_draft", default=None)


@contextmanager
def previewing(draft):
    token = _draft.set(draft)
    try:
        yield
    finally:
        _draft.reset(token)


def current_draft(record):
    """The draft being previewed if `record` is that record, else `record` unchanged."""
    draft = _draft.get()
    if draft is not None and record is not None and type(record) is type(draft) and record.pk == draft.pk:
        return draft
    return record


def is_previewed(record):
    draft = _draft.get()
    return draft is not None and record is draft


def children(relation, *related):
    """A record's child rows: from the database with related rows joined, or, for a draft being
    previewed, the rows held in memory."""
    rows = relation.all()
    if isinstance(rows, QuerySet):
        rows = rows.select_related(*related)
    return list(rows)
