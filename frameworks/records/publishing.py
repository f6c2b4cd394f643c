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
from wagtail.search import index

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

    GUIDE_MODE_PREFIX = "guide-"

    @property
    def preview_modes(self):
        """One mode per live guide that shows the record ("In “Guide title”", the first one the
        default), so an editor previews the change in each guide it changes; then "On its own"."""
        pages = self._pages_showing()
        if not pages:
            return [("", "In a guide that shows it"), ("record", "On its own")]
        modes = [("", f"In “{pages[0].title}”")]
        modes += [(f"{self.GUIDE_MODE_PREFIX}{page.pk}", f"In “{page.title}”") for page in pages[1:]]
        return modes + [("record", "On its own")]

    def _pages_showing(self):
        # Asked by the preview panel, its modes and the render: looked up once per instance.
        if getattr(self, "_pages_showing_cache", None) is None:
            self._pages_showing_cache = pages_showing(self) if self.pk else []
        return self._pages_showing_cache

    def serve_preview(self, request, mode_name):
        """Render a live guide that shows this record (the first, or the one the mode names) with the
        draft in place of the live record, and name the other guides publishing will change; with
        no such guide, or in the "On its own" mode, the record alone."""
        pages = self._pages_showing()
        page = None
        if mode_name == "" and pages:
            page = pages[0]
        elif mode_name.startswith(self.GUIDE_MODE_PREFIX):
            page = next((shown for shown in pages if f"{self.GUIDE_MODE_PREFIX}{shown.pk}" == mode_name), None)
        with previewing(self):
            if page is not None:
                others = [other for other in pages if other.pk != page.pk]
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


def remembered_words(*parts):
    """What an editor remembers a record by, as one text for the search index (choosers and the admin
    search): each part, and a slug's words apart ("stack-overflow-2025" -> also "stack overflow 2025")."""
    words = []
    for part in parts:
        if part in (None, ""):
            continue
        text = str(part)
        words.append(text)
        if "-" in text:
            words.append(text.replace("-", " "))
    return " ".join(words)


# The search-index fields of remembered_words: a chooser's search matches the start of any of them.
def remembered_search_fields():
    return [index.SearchField("remembered_as"), index.AutocompleteField("remembered_as")]


def published(record):
    """The record if readers may see it (it exists and is live), else None. While a draft is
    previewed, that draft stands in for its record and counts as published."""
    record = current_draft(record)
    if record is None:
        return None
    return record if record.live or is_previewed(record) else None
