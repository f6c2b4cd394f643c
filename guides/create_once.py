"""A new page is created once, however many times its create form is sent.

Wagtail's new-page form autosaves: the first autosave creates the page, and until its answer reaches
the browser the form still posts to the create address. A "Save draft" pressed meanwhile (or a second
autosave) asked Wagtail to create the same page again: a 500 ("slug already in use", raised by the
second insert) when both were saved at once, a slug error naming the editor's own page when one came
just after. Here each create POST runs in one transaction, taken in turn per parent page (a row lock
on the parent; SQLite's write lock, taken when the transaction begins, does the same), and a POST
that repeats a create this person made moments ago (same parent and slug, never published, no one
else's revision, within REPEAT_SECONDS) is answered by Wagtail's edit view of that page, which saves
it as a new revision. An older kept draft still gets the slug error that points to it
(guides/forms.py).
"""

from datetime import timedelta

from django.db import transaction
from django.utils import timezone
from django.utils.text import slugify
from wagtail.admin.views.pages.edit import EditView
from wagtail.models import Page

REPEAT_SECONDS = 30


def repeated_create(request, parent):
    """The page this POST would create again, if this person created it moments ago; else None."""
    slug = request.POST.get("slug") or slugify(request.POST.get("title", ""), allow_unicode=True)
    if not slug:
        return None
    page = (
        parent.get_children()
        .filter(
            slug=slug,
            live=False,
            first_published_at__isnull=True,
            owner=request.user,
            latest_revision_created_at__gte=timezone.now() - timedelta(seconds=REPEAT_SECONDS),
        )
        .first()
    )
    if page is None or page.revisions.exclude(user=request.user).exists():
        return None
    return page


class CreateOnceMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if request.method != "POST" or match is None or match.view_name != "wagtailadmin_pages:add":
            return None
        with transaction.atomic():
            parent = Page.objects.select_for_update().filter(pk=view_kwargs.get("parent_page_id")).first()
            if parent is None:
                return None
            earlier = repeated_create(request, parent)
            if earlier is not None:
                return EditView.as_view()(request, page_id=earlier.pk)
            return view_func(request, *view_args, **view_kwargs)
