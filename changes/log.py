"""Writing the change log.

A subject is what the API calls a thing: its type (the API resource), id, slug and title as readers
see them. A change is written only about something readers could see: a guide first saved as a draft
and deleted never appears, and a second "gone" in a row is not written again.

Ids are handed out in the order rows are inserted, but transactions may commit in another order; a
reader that saw id 11 before id 10 committed would skip 10. So, on PostgreSQL, writing a row first
takes a transaction-scoped advisory lock, held until the commit: writers of the log take turns, and
ids grow in commit order. SQLite runs one writer at a time already.
"""

from django.db import connection

from .models import GONE, Action, Change

LOCK_KEY = 7_240_024  # any constant of our own: the advisory lock guarding the change log


def last_action(subject_type, subject_id):
    latest = Change.objects.filter(subject_type=subject_type, subject_id=subject_id).order_by("-id").first()
    return latest.action if latest else None


def _take_turn():
    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_advisory_xact_lock(%s)", [LOCK_KEY])


def record(action, subject_type, subject_id, slug="", title=""):
    _take_turn()
    Change.objects.create(
        action=action, subject_type=subject_type, subject_id=subject_id, slug=slug or "", title=title or ""
    )


def visible(subject_type, subject_id, slug, title):
    """The subject is readable now: created if readers did not see it before, else changed."""
    before = last_action(subject_type, subject_id)
    action = Action.CREATED if before is None or before in GONE else Action.CHANGED
    record(action, subject_type, subject_id, slug, title)


def gone(action, subject_type, subject_id, slug, title):
    """The subject is no longer readable (unpublished) or no longer exists (deleted)."""
    before = last_action(subject_type, subject_id)
    if before is None or (before in GONE and not (before == Action.UNPUBLISHED and action == Action.DELETED)):
        return  # readers never saw it, or already heard it went away
    record(action, subject_type, subject_id, slug, title)
