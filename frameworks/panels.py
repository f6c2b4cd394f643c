"""'Shown in guides' on a record's edit page: the live guides that display it, as links to their
editors, and the per-record page ids the listings' count column shares with it.

A language is shown wherever one of its frameworks is (a matrix prints the language after the
name); every other record through frameworks/usage.py.
"""

from collections import defaultdict

from django.urls import reverse
from wagtail.admin.panels import Panel
from wagtail.models import Page

from .records import Framework, Language
from .usage import page_ids_showing


def guide_ids_showing(records):
    """{record pk: {live page id, ...}} for records of one model, in a fixed number of queries."""
    records = list(records)
    if not records:
        return {}
    if not isinstance(records[0], Language):
        return page_ids_showing(records)
    frameworks = list(Framework.objects.filter(language__in=records).only("pk", "language_id"))
    shown = page_ids_showing(frameworks)
    pages = defaultdict(set)
    for framework in frameworks:
        pages[framework.language_id] |= shown[framework.pk]
    return {record.pk: pages[record.pk] for record in records}


class ShownInGuidesPanel(Panel):
    """A read-only list of the live guides that show the record being edited."""

    def __init__(self, heading="Shown in guides", **kwargs):
        super().__init__(heading=heading, **kwargs)

    @property
    def clean_name(self):
        return "shown_in_guides"

    class BoundPanel(Panel.BoundPanel):
        template_name = "frameworks/admin/panels/shown_in_guides.html"

        def is_shown(self):
            # A record being created is in no guide yet.
            return bool(self.instance and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            page_ids = guide_ids_showing([self.instance])[self.instance.pk]
            pages = Page.objects.filter(pk__in=page_ids).order_by("title")
            context["guides"] = [
                {
                    "title": page.title,
                    "url": page.get_url(request=self.request),
                    "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk]),
                }
                for page in pages
            ]
            context["verbose_name"] = self.instance._meta.verbose_name
            return context
