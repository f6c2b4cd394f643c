"""The guide editor's form: a draft (and autosave) saves whatever the content checks say."""

from wagtail.admin.forms import WagtailAdminPageForm


class GuidePageForm(WagtailAdminPageForm):
    def _post_clean(self):
        # Wagtail defers validation on "Save draft" and autosave (is_deferred_validation); the
        # guide's content checks are deferred with it, so they only ever block publishing.
        self.instance.defer_content_checks = self.is_deferred_validation
        try:
            super()._post_clean()
        finally:
            self.instance.defer_content_checks = False
