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
            problems = [(problem, content_path(self.instance, problem)) for problem in self.instance.content_problems()]
            context["errors"] = [(problem, path) for problem, path in problems if problem.is_error]
            context["warnings"] = [(problem, path) for problem, path in problems if not problem.is_error]
            return context


def content_path(instance, problem):
    """Where the problem is in the editor's form, as Wagtail's data-contentpath attributes name it
    ("body", the block's id, the block's field): static/js/guide_editor.js repeats the message there."""
    path = [problem.field]
    if problem.block_index is not None:
        try:
            path.append(getattr(instance, problem.field)[problem.block_index].id)
        except (AttributeError, IndexError):
            return problem.field
        if problem.block_field:
            path.append(problem.block_field)
    return " ".join(path)


class HeroCropPanel(Panel):
    """The hero image as its crops show it (around the image's focal point), with where to choose
    that point: Wagtail's focal point, set on the image's own edit view."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "guides/admin/hero_crop_panel.html"

        def is_shown(self):
            return bool(self.instance.pk and self.instance.hero_image_id)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            image = self.instance.hero_image
            context["image"] = image
            context["edit_url"] = reverse("wagtailimages:edit", args=[image.pk])
            focal = image.get_focal_point() if image.has_focal_point() else None
            context["has_focal_point"] = focal is not None
            # Where the crop centres, as CSS object-position: the focal point, else the middle.
            x, y = (focal.centroid.x / image.width * 100, focal.centroid.y / image.height * 100) if focal else (50, 50)
            context["position"] = f"{x:.0f}% {y:.0f}%"
            return context
