"""What every editable frameworks record shares: drafts, revisions, locks and previews.

Saving a draft changes nothing readers see; publishing does, and can be scheduled (a survey's
embargo). Pages, charts, tables and the API read only live records (`live=True`), so a record
first saved as a draft, and every row that points at it, stays out of sight until published.
A draft previews inside the first guide that shows the record, with the others listed, or on
its own.
"""

from django.db import models
from django.template.response import TemplateResponse
from wagtail.models import DraftStateMixin, LockableMixin, PreviewableMixin, RevisionMixin, WorkflowMixin

from ..preview import current_draft, is_previewed, previewing
from ..usage import pages_showing

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


class PublishableRecord(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, PreviewableMixin, models.Model):
    preview_template = "frameworks/preview/record.html"

    class Meta:
        abstract = True

    @property
    def preview_modes(self):
        return [("", "In a guide that shows it"), ("record", "On its own")]

    def serve_preview(self, request, mode_name):
        """Render the first live guide that shows this record with the draft in place of the live
        record, and name the other guides publishing will change; with no such guide, or in the
        "On its own" mode, the record alone."""
        pages = pages_showing(self)
        with previewing(self):
            if mode_name == "" and pages:
                page, others = pages[0], pages[1:]
                request.previewed_record = {"record": self, "page": page, "others": others}
                response = page.serve_preview(request, page.default_preview_mode)
            else:
                context = {"record": self, "pages": pages, "request": request}
                response = TemplateResponse(request, self.preview_template, context)
            return response.render() if hasattr(response, "render") else response

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
    """The record if readers may see it (it exists and is live), else None. While a draft is
    previewed, that draft stands in for its record and counts as published."""
    record = current_draft(record)
    if record is None:
        return None
    return record if record.live or is_previewed(record) else None
