"""Panels of the guide editor that show state rather than edit a field."""

from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.panels import Panel


class DataReviewPanel(Panel):
    """The 'data changed since review' warning, with the changed records and how to clear it."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/admin/data_review_panel.html"

        def is_shown(self):
            return bool(self.instance.pk and self.instance.data_changed_at)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            finder = AdminURLFinder(self.request.user)
            context["records"] = [
                (record, finder.get_edit_url(record), record._meta.verbose_name)
                for record in self.instance.changed_records()
            ]
            context["confirm_url"] = reverse("guides_confirm_data", args=[self.instance.pk])
            return context


class ContentChecksPanel(Panel):
    """The content checks' errors (they block publishing) and warnings, on the guide as last saved."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/admin/content_checks_panel.html"

        def is_shown(self):
            return bool(self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            problems = self.instance.content_problems()
            context["errors"] = [problem for problem in problems if problem.is_error]
            context["warnings"] = [problem for problem in problems if not problem.is_error]
            return context
