"""Previewing a draft record in the guides that show it, and a guide with the draft records it shows.

While a preview renders, the draft being previewed stands in for its live row wherever the data
functions (tables, charts, rankings, sources) meet that record, and counts as published. A guide's
own preview (`previewing_unpublished`) does the same for every record it shows that readers cannot
see yet: it shows the guide as it will look once those records are published. Nothing is written:
the drafts live only in memory, for the length of one render.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.db.models import QuerySet

_draft = ContextVar("previewed_draft", default=None)
# While a guide previews: {(model, pk): latest draft} of the unpublished records met so far.
_unpublished = ContextVar("previewed_unpublished_records", default=None)


@contextmanager
def previewing(draft):
    token = _draft.set(draft)
    try:
        yield
    finally:
        _draft.reset(token)


@contextmanager
def previewing_unpublished():
    """For the length of the block, a record that is not live shows as its latest draft."""
    token = _unpublished.set({})
    try:
        yield
    finally:
        _unpublished.reset(token)


def current_draft(record):
    """The draft being previewed if `record` is that record (or, in a guide's preview, the latest
    draft of a record that is not live), else `record` unchanged."""
    draft = _draft.get()
    if draft is not None and record is not None and type(record) is type(draft) and record.pk == draft.pk:
        return draft
    unpublished = _unpublished.get()
    if unpublished is not None and record is not None and getattr(record, "live", True) is False:
        key = (type(record), record.pk)
        if key not in unpublished:
            unpublished[key] = record.get_latest_revision_as_object()
        return unpublished[key]
    return record


def is_previewed(record):
    draft = _draft.get()
    if draft is not None and record is draft:
        return True
    unpublished = _unpublished.get()
    return unpublished is not None and any(record is shown for shown in unpublished.values())


def children(relation, *related):
    """A record's child rows: from the database with related rows joined, or, for a draft being
    previewed, the rows held in memory."""
    rows = relation.all()
    if isinstance(rows, QuerySet):
        rows = rows.select_related(*related)
    return list(rows)
