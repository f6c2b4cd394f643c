"""Admin views of the guides app: confirming a guide still reads right after its data changed."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder

from .data_review import confirm_data
from .models import GuidePage


def confirm_guide_data(request, page_id):
    guide = get_object_or_404(GuidePage, pk=page_id)
    if not guide.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    edit_url = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    if request.method == "POST":
        confirm_data(guide)
        messages.success(request, f"'{guide.title}' is confirmed against its changed frameworks data.")
        return redirect(edit_url)
    finder = AdminURLFinder(request.user)
    records = [(record, finder.get_edit_url(record), record._meta.verbose_name) for record in guide.changed_records()]
    context = {
        "page_title": "Confirm the guide still reads right",
        "header_title": guide.title,
        "guide": guide,
        "records": records,
        "edit_url": edit_url,
        "confirm_url": reverse("guides_confirm_data", args=[guide.pk]),
    }
    return TemplateResponse(request, "guides/admin/confirm_data.html", context)
