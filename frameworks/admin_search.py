"""Searching frameworks data in the admin: the listings' search, and "Frameworks data" among the
admin-wide searches (the search box at the top of the admin menu lists it under "Other searches").
"""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import capfirst
from django.views.generic import TemplateView
from wagtail.admin.forms.search import SearchForm
from wagtail.admin.search import SearchArea
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import DraftStateMixin
from wagtail.permissions import policy_registry
from wagtail.search.backends import get_search_backend
from wagtail.search.index import class_is_indexed

from .filters import status_label, with_schedule
from .records import AdoptionSurvey, Benchmark, ComparisonMatrix, Criterion, DecisionGuide, Framework, Language

# In the order the results show them: what editors look for most first.
SEARCHED_MODELS = [Framework, AdoptionSurvey, Benchmark, ComparisonMatrix, DecisionGuide, Criterion, Language]
RESULTS_PER_MODEL = 10


def matching_pks(model, query, limit=None):
    """The pks of `model` records matching `query`, best first; None if the model is not in the
    search index. A record matches by the start of a word in its autocomplete fields ("dja"
    finds Django) or by a whole word in any searched field ("stack" finds a Stack Overflow
    survey, whose index autocompletes only its name).

    The search backend answers only "which records match"; filters, sorting and pagination stay
    with the ORM. Handing the backend a filtered, sorted queryset (as Wagtail's listing does) fails
    on any field the model's index does not declare, and restricting it to named fields breaks the
    SQLite backend (it takes them for columns of its full-text table: "no such column: name").
    """
    if not class_is_indexed(model):
        return None
    backend = get_search_backend()
    records = model._default_manager.all()
    searches = [backend.search(query, records)]
    if model.get_autocomplete_search_fields():
        searches.insert(0, backend.autocomplete(query, records))
    pks = []
    for results in searches:
        for record in results[:limit] if limit else results:
            if record.pk not in pks:
                pks.append(record.pk)
    return pks[:limit] if limit else pks


def visible_models(user):
    return [
        model
        for model in SEARCHED_MODELS
        if policy_registry.get_by_type(model).user_has_any_permission(user, {"add", "change", "delete", "view"})
    ]


class FrameworksDataSearchArea(SearchArea):
    def is_shown(self, request):
        return bool(visible_models(request.user))


def search_area():
    # After Pages (100), which stays the top search box's first answer; before Images (200).
    return FrameworksDataSearchArea(
        "Frameworks data", reverse("frameworks_data_search"), name="frameworks-data", icon_name="code", order=150
    )


class FrameworksDataSearchView(WagtailAdminTemplateMixin, TemplateView):
    """Every kind of frameworks record matching the query, a few of each, with a link to the full
    listing's results."""

    template_name = "frameworks/admin/search.html"
    page_title = "Search frameworks data"
    header_icon = "code"

    def dispatch(self, request, *args, **kwargs):
        self.models = visible_models(request.user)
        if not self.models:
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    @cached_property
    def search_form(self):
        return SearchForm(self.request.GET or None, placeholder="Search frameworks, surveys, criteria…")

    @cached_property
    def query(self):
        return self.search_form.cleaned_data["q"] if self.search_form.is_valid() else ""

    def results_for(self, model):
        manager = model._default_manager
        pks = matching_pks(model, self.query)
        if pks is None:  # not indexed (languages): a plain name match
            records = manager.filter(Q(name__icontains=self.query) | Q(short_name__icontains=self.query))
        else:
            shown = manager.all()
            if issubclass(model, DraftStateMixin):
                shown = with_schedule(shown)
            by_pk = shown.in_bulk(pks[:RESULTS_PER_MODEL])
            records = [by_pk[pk] for pk in pks[:RESULTS_PER_MODEL] if pk in by_pk]
        count = len(pks) if pks is not None else records.count()
        records = list(records[:RESULTS_PER_MODEL])
        viewset = model.snippet_viewset
        return {
            "label": capfirst(model._meta.verbose_name_plural),
            "count": count,
            "listing_url": f"{reverse(viewset.get_url_name('list'))}?{urlencode({'q': self.query})}",
            "records": [
                {
                    "title": str(record),
                    "url": reverse(viewset.get_url_name("edit"), args=[record.pk]),
                    "status": status_label(record) if isinstance(record, DraftStateMixin) else "",
                }
                for record in records
            ],
        }

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["search_form"] = self.search_form
        context["query"] = self.query
        if self.query:
            groups = [self.results_for(model) for model in self.models]
            context["groups"] = [group for group in groups if group["count"]]
        return context
