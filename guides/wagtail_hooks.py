from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path
from django.utils.html import format_html
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .admin_views import confirm_guide_data
from .models import CallToAction, EditorialProfile, GuideCategory


class GuideCategorySnippetViewSet(SnippetViewSet):
    model = GuideCategory
    icon = "tag"
    list_display = ["name", "slug"]


class CallToActionSnippetViewSet(SnippetViewSet):
    model = CallToAction
    icon = "pick"
    list_display = ["name", "heading", "button_label"]


class GuideContentSnippetViewSetGroup(SnippetViewSetGroup):
    menu_label = "Guide content"
    menu_icon = "doc-full"
    menu_order = 240
    items = (GuideCategorySnippetViewSet, CallToActionSnippetViewSet)


register_snippet(GuideContentSnippetViewSetGroup)


class EditorialProfileSnippetViewSet(SnippetViewSet):
    """Who a login is to readers: approval in Engineering review credits this author page or team."""

    model = EditorialProfile
    icon = "user"
    menu_label = "Editorial profiles"
    add_to_settings_menu = True
    list_display = ["user", "author_page", "team"]


register_snippet(EditorialProfileSnippetViewSet)


@hooks.register("register_admin_urls")
def register_guide_admin_urls():
    return [path("guides/<int:page_id>/confirm-data/", confirm_guide_data, name="guides_confirm_data")]


@hooks.register("insert_editor_js")
def guide_editor_counters():
    return format_html('<script src="{}"></script>', static("js/guide_editor.js"))


@hooks.register("after_edit_page")
def reviewers_return_to_the_dashboard(request, page):
    """After approving or requesting changes, a reviewer who may not browse the page tree goes to
    the dashboard (with the confirmation), not to a listing that would turn them away."""
    from wagtail.permission_policies.pages import PagePermissionPolicy

    if request.POST.get("action-workflow-action") and not PagePermissionPolicy().user_has_any_permission(
        request.user, ["add", "change", "publish"]
    ):
        return redirect("wagtailadmin_home")
    return None


@hooks.register("construct_homepage_panels")
def add_guides_dashboard(request, panels):
    from wagtail.permission_policies.pages import PagePermissionPolicy

    from .dashboard import GuidesDashboardPanel

    if PagePermissionPolicy().user_has_any_permission(request.user, ["add", "change", "publish"]):
        panels.append(GuidesDashboardPanel())


@hooks.register("construct_homepage_panels")
def add_background_work_panel(request, panels):
    """Administrators see whether the workers run and the queue moves (guides/worker_status.py)."""
    from .worker_status import WorkerStatusPanel

    if request.user.is_superuser:
        panels.append(WorkerStatusPanel())


@hooks.register("construct_page_chooser_queryset")
def only_visible_pages_in_choosers(pages, request):
    """Someone with no page permission (Sales) is shown only the pages readers see (guides/admin_visibility.py)."""
    from .admin_visibility import visible_pages

    return visible_pages(pages, request.user)


# The page listing's filter for guides flagged "data changed since review": /admin/pages/<index>/?data_changed=1
# (the dashboard links to it). Wagtail's own filters ignore the parameter.
DATA_CHANGED_PARAMETER = "data_changed"


@hooks.register("construct_explorer_page_queryset")
def only_guides_whose_data_changed(parent_page, pages, request):
    if request.GET.get(DATA_CHANGED_PARAMETER) != "1":
        return pages
    from .models import GuidePage

    return pages.filter(pk__in=GuidePage.objects.filter(data_changed_at__isnull=False).values("pk"))
