"""The guide editor's form: a draft (and autosave) saves whatever the content checks say, and the
title wraps onto more lines as it grows rather than scrolling out of sight mid-word."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import format_html
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminAutoHeightTextInput
from wagtail.models import Page

from .checks import META_DESCRIPTION_MAX, SEO_TITLE_MAX, STANDFIRST_MAX, TITLE_MAX

# Fields with a live character counter (static/js/guide_editor.js) and the length the checks allow.
COUNTED_FIELDS = {
    "title": TITLE_MAX,
    "seo_title": SEO_TITLE_MAX,
    "standfirst": STANDFIRST_MAX,
    "search_description": META_DESCRIPTION_MAX,
}


class GuidePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound and hasattr(self.instance, "resolve_choices"):
            # The editor's blocks show every record and page they choose from one query per model.
            self.instance.resolve_choices(self.instance.related, with_parents=True)
        if "title" in self.fields:
            # A one-line input shows a long title's end only as far as the box goes; this grows instead.
            attrs = self.fields["title"].widget.attrs
            self.fields["title"].widget = AdminAutoHeightTextInput(attrs=attrs)
        for name, limit in COUNTED_FIELDS.items():
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                # A browser's maxlength cuts pasted text without a word; the server says what is too long.
                attrs.pop("maxlength", None)
                attrs["data-guide-limit"] = str(limit)

    def clean(self):
        slug = self.cleaned_data.get("slug")  # an error on the slug takes it out of cleaned_data
        cleaned_data = super().clean()
        self._point_to_the_kept_draft(slug)
        return cleaned_data

    def _point_to_the_kept_draft(self, slug):
        """A new guide whose address is taken by a draft never published (often the same editor's
        earlier try, kept by autosave) says where that draft is, instead of only "already in use"."""
        if not slug or "slug" not in self.errors or self.instance.pk or self.parent_page is None:
            return
        kept = (
            Page.objects.child_of(self.parent_page)
            .filter(slug=slug, live=False, first_published_at__isnull=True)
            .select_related("owner")
            .first()
        )
        if kept is None:
            return
        whose = "your" if kept.owner_id == getattr(self.for_user, "pk", None) else "a"
        self.errors["slug"] = self.error_class(
            [
                format_html(
                    "The address '{}' belongs to {} unpublished draft '{}', kept since {}: "
                    '<a href="{}">continue that draft</a> (or delete it), or choose another slug.',
                    slug,
                    whose,
                    kept.title,
                    date_format(timezone.localtime(kept.latest_revision_created_at), "M j, H:i")
                    if kept.latest_revision_created_at
                    else "earlier",
                    reverse("wagtailadmin_pages:edit", args=[kept.pk]),
                )
            ]
        )

    def clean_title(self):
        # The box wraps, but a title is one line: Enter or a pasted line break becomes a space.
        return " ".join(self.cleaned_data["title"].split())

    def _post_clean(self):
        # Wagtail defers validation on "Save draft" and autosave (is_deferred_validation); the
        # guide's content checks are deferred with it, so they only ever block publishing.
        self.instance.defer_content_checks = self.is_deferred_validation
        try:
            super()._post_clean()
        finally:
            self.instance.defer_content_checks = False
