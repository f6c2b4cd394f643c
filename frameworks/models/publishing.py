"""What every editable frameworks record shares: drafts, revisions and locks.

Saving a draft changes nothing readers see; publishing does, and can be scheduled (a survey's
embargo). Pages, charts, tables and the API read only live records (`live=True`), so a record
first saved as a draft, and every row that points at it, stays out of sight until published.
"""

from django.db import models
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin

# Fields that saving a draft, locking or scheduling writes on the live row; a save that writes
# only these changes nothing a reader sees.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "go_live_at",
        "expire_at",
        "approved_go_live_at",
    }
)


class PublishableRecord(DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    class Meta:
        abstract = True

    def save_revision(self, *args, **kwargs):
        if self.pk and self.live and not self.live_revision_id:
            self.live_revision = self._record_the_live_state()
        return super().save_revision(*args, **kwargs)

    def _record_the_live_state(self):
        """A record made outside the admin (the demo loader, an import, a migration) has no revision
        of what readers see, and Wagtail takes such a record offline when a change to it is scheduled.
        Keep what is live as a revision first, so a scheduled change waits for its time."""
        live = type(self).objects.get(pk=self.pk)
        revision = super(PublishableRecord, live).save_revision(changed=False, clean=False)
        type(self).objects.filter(pk=self.pk).update(live_revision=revision)
        return revision


def published(record):
    """The record if readers may see it (it exists and is live), else None."""
    return record if record is not None and record.live else None
