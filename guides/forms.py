"""The guide editor's form: a draft (and autosave) saves whatever the content checks say."""

from wagtail.admin.forms import WagtailAdminPageForm

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
        for name, limit in COUNTED_FIELDS.items():
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                # A browser's maxlength cuts pasted text without a word; the server says what is too long.
                attrs.pop("maxlength", None)
                attrs["data-guide-limit"] = str(limit)

    def _post_clean(self):
        # Wagtail defers validation on "Save draft" and autosave (is_deferred_validation); the
        # guide's content checks are deferred with it, so they only ever block publishing.
        self.instance.defer_content_checks = self.is_deferred_validation
        try:
            super()._post_clean()
        finally:
            self.instance.defer_content_checks = False
