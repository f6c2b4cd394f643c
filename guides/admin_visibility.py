"""In the admin, a person sees only the titles of pages they may see: pages they may edit, and pages
any reader may read (live, with no view restriction). Wagtail's page choosers and its move views show
any page's title to anyone who reaches the admin, so a Sales user, who has no page permission, could
read a draft's title there. Here:
- `PageVisibilityMiddleware` answers 404 for the move views and a chooser's listing of a page the
  person may not see (as the public site would);
- `visible_pages` narrows what a chooser lists, for a person with no page permission at all, to the
  pages readers see.
"""

from django.http import Http404
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy

from core.pages import has_expired, not_expired

# Admin views that show the page named in their address, and that address's keyword.
GUARDED_VIEWS = {
    "wagtailadmin_pages:move": "page_to_move_id",
    "wagtailadmin_pages:move_confirm": "page_to_move_id",
    "wagtailadmin_choose_page_child": "parent_page_id",
}


def edits_pages(user):
    return PagePermissionPolicy().user_has_any_permission(user, ["add", "change", "publish"])


def may_see(user, page):
    if page.permissions_for_user(user).can_edit():
        return True
    return page.live and not has_expired(page) and not page.get_view_restrictions().exists()


def visible_pages(pages, user):
    """The pages of a chooser's listing this person may see."""
    if edits_pages(user):
        return pages  # Wagtail's chooser shows editors the tree they work on
    return pages.live().public().filter(not_expired())


class PageVisibilityMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        keyword = GUARDED_VIEWS.get(match.view_name) if match else None
        if keyword is None or not request.user.is_authenticated:
            return None
        page = Page.objects.filter(pk=view_kwargs.get(keyword)).first()
        if page is not None and page.depth > 1 and not may_see(request.user, page):
            raise Http404("No such page")
        return None
