"""How the frameworks records appear in the Wagtail admin: one "Frameworks data" menu.

Each record's editor is laid out here (the viewsets' `panels`, child rows' through their
InlinePanel), so the records themselves hold no admin layout; their forms (`base_form_class`,
frameworks/forms.py) stay on the models, where every admin view that builds one finds them.

Every listing searches, filters, sorts and exports (CSV, XLSX) the same way, and shows each
record's status, when it was last updated and how many live guides show it; that count comes from
one lookup for the whole page of rows (frameworks/panels.py), never one per row.
"""

from django.contrib.admin.utils import quote
from django.db.models import Count, F
from django.db.models.functions import Coalesce
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel, TitleFieldPanel
from wagtail.admin.ui.menus import MenuItem
from wagtail.admin.ui.tables import Column, StatusTagColumn, UpdatedAtColumn
from wagtail.admin.widgets.button import HeaderButton
from wagtail.coreutils import multigetattr
from wagtail.models import DraftStateMixin
from wagtail.snippets.views.chooser import ChooseResultsView, ChooseView, SnippetChooserViewSet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup

from core.spreadsheets import SafeCSVExportMixin

from . import admin_views
from .admin_search import matching_pks
from .chooser_creation import ComparisonMatrixChooserViewSet, DecisionGuideChooserViewSet
from .filters import (
    AdoptionSurveyFilterSet,
    BenchmarkFilterSet,
    ComparisonMatrixFilterSet,
    CriterionFilterSet,
    DecisionGuideFilterSet,
    FrameworkFilterSet,
    status_label,
    with_schedule,
)
from .panels import ShownInGuidesPanel, guide_ids_showing
from .records import (
    AdoptionSurvey,
    Benchmark,
    ComparisonMatrix,
    Criterion,
    DecisionGuide,
    Framework,
    Language,
)


class StatusColumn(StatusTagColumn):
    def __init__(self, **kwargs):
        super().__init__(
            "status", label="Status", accessor=status_label, sort_key="live", primary=lambda record: record.live
        )


class ShownInGuidesColumn(Column):
    """The number of live guides showing the record, set on each row by the listing view."""

    def __init__(self, **kwargs):
        super().__init__("shown_in_guides", label="Shown in guides", accessor="shown_in_guides", **kwargs)


class RecordIndexView(SafeCSVExportMixin, IndexView):
    """A frameworks data listing: search through the index then the ORM, status and usage per row
    in a fixed number of queries, exports with the same columns an editor sees."""

    select_related = ()
    annotations = {}
    # Export headings: {field: heading}; "status", "updated" and "shown_in_guides" are computed.
    export_headings = {"status": "Status", "updated": "Last updated", "shown_in_guides": "Shown in guides"}

    def get_base_queryset(self):
        queryset = super().get_base_queryset()
        if self.select_related:
            queryset = queryset.select_related(*self.select_related)
        if self.annotations:
            queryset = queryset.annotate(**self.annotations)
        if issubclass(self.model, DraftStateMixin):
            queryset = with_schedule(queryset)
        return queryset

    def _annotate_queryset_updated_at(self, queryset):
        # Records the demo loader or an import made have no revision yet; their last publish is
        # the best "last updated" there is.
        if issubclass(self.model, DraftStateMixin):
            return queryset.select_related("latest_revision").annotate(
                _updated_at=Coalesce(F("latest_revision__created_at"), F("last_published_at"))
            )
        return super()._annotate_queryset_updated_at(queryset)

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        pks = matching_pks(self.model, self.search_query)
        if pks is None:
            return super().search_queryset(queryset)
        return queryset.filter(pk__in=pks)

    @staticmethod
    def with_guide_counts(records):
        records = list(records)
        shown = guide_ids_showing(records)
        for record in records:
            record.shown_in_guides = len(shown[record.pk])
        return records

    def get_table(self, object_list):
        return super().get_table(self.with_guide_counts(object_list))

    # Export: the same rows as the listing (all pages), with the computed columns filled in.
    def as_spreadsheet(self, queryset, spreadsheet_format):
        return super().as_spreadsheet(self.with_guide_counts(queryset), spreadsheet_format)

    def get_heading(self, queryset, field):
        return super().get_heading(self.model._default_manager.none(), field)

    def to_row_dict(self, item):
        computed = {
            "status": lambda: status_label(item),
            "updated": lambda: getattr(item, "_updated_at", None),
            "shown_in_guides": lambda: item.shown_in_guides,
        }
        return {
            field: computed[field]() if field in computed else multigetattr(item, field) for field in self.list_export
        }


def record_columns():
    return [ShownInGuidesColumn(), StatusColumn(), UpdatedAtColumn(label="Last updated")]


RECORD_EXPORT = ["status", "updated", "shown_in_guides"]


class RecordSnippetViewSet(SnippetViewSet):
    index_view_class = RecordIndexView
    # The search backend is asked through matching_pks, never with field names (see there).
    search_fields = None


class FrameworkIndexView(RecordIndexView):
    select_related = ("language", "runtime")


class FrameworkChooseMixin:
    """The framework chooser shows each framework's language, so two with one name tell apart."""

    def get_object_list(self):
        return super().get_object_list().select_related("language")

    @property
    def columns(self):
        columns = super().columns
        columns.insert(1, Column("language", label="Language", accessor="language.label"))
        columns.insert(2, Column("kind", label="Kind", accessor="get_kind_display"))
        return columns


class FrameworkChooseView(FrameworkChooseMixin, ChooseView):
    pass


class FrameworkChooseResultsView(FrameworkChooseMixin, ChooseResultsView):
    pass


class FrameworkChooserViewSet(SnippetChooserViewSet):
    choose_view_class = FrameworkChooseView
    choose_results_view_class = FrameworkChooseResultsView


class FrameworkSnippetViewSet(RecordSnippetViewSet):
    model = Framework
    icon = "code"
    index_view_class = FrameworkIndexView
    chooser_viewset_class = FrameworkChooserViewSet
    list_display = ["name", "kind", "language", "runtime", *record_columns()]
    filterset_class = FrameworkFilterSet
    ordering = "name"
    list_export = ["name", "slug", "get_kind_display", "language", "runtime", "table_label", "website", *RECORD_EXPORT]
    export_headings = {**RecordIndexView.export_headings, "get_kind_display": "Kind"}
    export_filename = "frameworks"
    panels = [
        MultiFieldPanel(
            [
                TitleFieldPanel("name", placeholder=False, classname=""),
                FieldPanel("slug"),
                FieldPanel("kind"),
                FieldPanel("table_label"),
            ],
            heading="Identity",
        ),
        MultiFieldPanel(
            [FieldPanel("language"), FieldPanel("runtime"), FieldPanel("website")],
            heading="Language and runtime",
        ),
        InlinePanel(
            "criterion_values",
            panels=[FieldPanel("criterion"), FieldPanel("text"), FieldPanel("score")],
            heading="Comparison values",
            label="Value",
            help_text="What comparison matrices show for this framework, one value per criterion.",
        ),
        ShownInGuidesPanel(),
    ]


class LanguageIndexView(RecordIndexView):
    annotations = {"framework_count": Count("frameworks")}


class LanguageSnippetViewSet(RecordSnippetViewSet):
    model = Language
    icon = "doc-full"
    index_view_class = LanguageIndexView
    list_display = [
        "name",
        "short_name",
        Column("framework_count", label="Frameworks", sort_key="framework_count"),
        ShownInGuidesColumn(),
    ]
    ordering = "name"
    # Languages are not in the search index: a plain name match is all they need.
    search_fields = ["name", "short_name"]
    search_backend_name = None
    list_export = ["name", "short_name", "framework_count", "shown_in_guides"]
    export_headings = {**RecordIndexView.export_headings, "framework_count": "Frameworks"}
    export_filename = "languages"
    panels = [FieldPanel("name"), FieldPanel("short_name"), ShownInGuidesPanel()]


class CriterionSnippetViewSet(RecordSnippetViewSet):
    model = Criterion
    icon = "list-ul"
    list_display = ["name", "slug", "unit", "scale_max", *record_columns()]
    filterset_class = CriterionFilterSet
    ordering = "name"
    list_export = ["name", "slug", "description", "unit", "scale_max", *RECORD_EXPORT]
    export_filename = "criteria"
    panels = [
        TitleFieldPanel("name", placeholder=False, classname=""),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("unit"), FieldPanel("scale_max")], heading="Scores"),
        ShownInGuidesPanel(),
    ]


class AdoptionSurveyIndexView(RecordIndexView):
    annotations = {"figure_count": Count("figures")}
    next_edition_url_name = None
    import_url_name = None

    def get_list_more_buttons(self, instance):
        buttons = super().get_list_more_buttons(instance)
        if self.user_has_permission("add"):
            url = reverse(self.next_edition_url_name, args=[quote(instance.pk)])
            buttons.append(MenuItem("Copy as next edition", url=url, icon_name="copy", priority=15))
        if self.user_has_permission("change"):
            url = reverse(self.import_url_name, args=[quote(instance.pk)])
            buttons.append(MenuItem("Import figures", url=url, icon_name="upload", priority=16))
        return buttons


class AdoptionSurveyEditView(EditView):
    """The survey editor offers "Copy as next edition" and "Import figures" beside its title."""

    next_edition_url_name = None
    import_url_name = None

    @cached_property
    def header_buttons(self):
        buttons = []
        if self.user_has_permission("add"):
            url = reverse(self.next_edition_url_name, args=[quote(self.object.pk)])
            buttons.append(HeaderButton("Copy as next edition", url=url, icon_name="copy"))
        if self.user_has_permission("change"):
            url = reverse(self.import_url_name, args=[quote(self.object.pk)])
            buttons.append(HeaderButton("Import figures", url=url, icon_name="upload"))
        return buttons


class AdoptionSurveySnippetViewSet(RecordSnippetViewSet):
    model = AdoptionSurvey
    icon = "table"
    index_view_class = AdoptionSurveyIndexView
    edit_view_class = AdoptionSurveyEditView
    list_display = [
        "__str__",
        "year",
        "sample_size",
        Column("figure_count", label="Figures", sort_key="figure_count"),
        *record_columns(),
    ]
    filterset_class = AdoptionSurveyFilterSet
    ordering = "-year"
    list_export = ["publisher", "name", "year", "slug", "sample_size", "section", "source_url", "figure_count"]
    list_export += RECORD_EXPORT
    export_headings = {**RecordIndexView.export_headings, "figure_count": "Figures", "name": "Survey"}
    export_filename = "adoption-surveys"
    panels = [
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("name"), FieldPanel("year")]),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("sample_size"), FieldPanel("section")]),
        FieldPanel("source_url"),
        FieldPanel("license_url"),
        InlinePanel(
            "figures",
            panels=[FieldPanel("framework"), FieldPanel("share")],
            heading="Share of developers using each technology",
            label="Figure",
        ),
        ShownInGuidesPanel(),
    ]

    def extra_url_names(self):
        return {
            "next_edition_url_name": self.get_url_name("next_edition"),
            "import_url_name": self.get_url_name("import"),
        }

    def get_index_view_kwargs(self, **kwargs):
        return super().get_index_view_kwargs(**self.extra_url_names(), **kwargs)

    def get_edit_view_kwargs(self, **kwargs):
        return super().get_edit_view_kwargs(**self.extra_url_names(), **kwargs)

    def get_urlpatterns(self):
        common = {"model": self.model, "edit_url_name": self.get_url_name("edit"), "header_icon": self.icon}
        common["index_url_name"] = self.get_url_name("list")
        return super().get_urlpatterns() + [
            path("next-edition/<int:pk>/", admin_views.NextEditionView.as_view(**common), name="next_edition"),
            path("import/<int:pk>/", admin_views.ImportFiguresView.as_view(**common), name="import"),
        ]


class BenchmarkSnippetViewSet(RecordSnippetViewSet):
    model = Benchmark
    icon = "history"
    list_display = ["__str__", "published_on", "test_type", *record_columns()]
    filterset_class = BenchmarkFilterSet
    ordering = "-published_on"
    list_export = ["publisher", "name", "edition", "slug", "published_on", "test_type", "figure_unit", "url"]
    list_export += RECORD_EXPORT
    export_filename = "benchmarks"
    panels = [
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("name"), FieldPanel("edition")]),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("published_on"), FieldPanel("test_type"), FieldPanel("figure_unit")]),
        FieldPanel("url"),
        FieldPanel("notes"),
        InlinePanel(
            "results",
            panels=[
                FieldRowPanel([FieldPanel("framework"), FieldPanel("tier"), FieldPanel("rank"), FieldPanel("figure")])
            ],
            heading="Results",
            label="Result",
            help_text="Each framework's tier in this benchmark and its rank within the tier.",
        ),
        ShownInGuidesPanel(),
    ]


class ComparisonMatrixSnippetViewSet(RecordSnippetViewSet):
    model = ComparisonMatrix
    icon = "table"
    chooser_viewset_class = ComparisonMatrixChooserViewSet
    list_display = ["title", "slug", *record_columns()]
    filterset_class = ComparisonMatrixFilterSet
    ordering = "title"
    list_export = ["title", "slug", "caption", *RECORD_EXPORT]
    export_filename = "comparison-matrices"
    panels = [
        TitleFieldPanel("title", placeholder=False, classname=""),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("caption"),
        FieldPanel("row_heading"),
        FieldPanel("show_language"),
        InlinePanel(
            "columns",
            panels=[FieldPanel("criterion"), FieldPanel("heading")],
            heading="Criteria (columns)",
            label="Criterion",
            min_num=1,
        ),
        InlinePanel(
            "rows", panels=[FieldPanel("framework")], heading="Frameworks (rows)", label="Framework", min_num=1
        ),
        FieldPanel("footnote"),
        ShownInGuidesPanel(),
    ]


# A decision-guide row's editor: each choice (a framework record, or a label for one not kept) is a row of its own.
DECISION_GUIDE_CHOICE_PANELS = [
    FieldRowPanel([FieldPanel("framework"), FieldPanel("label")]),
    FieldRowPanel([FieldPanel("note"), FieldPanel("connector")]),
]
DECISION_GUIDE_ROW_PANELS = [
    FieldPanel("project_type"),
    InlinePanel(
        "lean_toward", panels=DECISION_GUIDE_CHOICE_PANELS, heading="Lean toward", label="Framework", min_num=1
    ),
    FieldPanel("why"),
    InlinePanel("alternatives", panels=DECISION_GUIDE_CHOICE_PANELS, heading="Alternatives", label="Alternative"),
]


class DecisionGuideSnippetViewSet(RecordSnippetViewSet):
    model = DecisionGuide
    icon = "list-ul"
    chooser_viewset_class = DecisionGuideChooserViewSet
    list_display = ["title", "slug", *record_columns()]
    filterset_class = DecisionGuideFilterSet
    ordering = "title"
    list_export = ["title", "slug", "caption", *RECORD_EXPORT]
    export_filename = "decision-guides"
    panels = [
        TitleFieldPanel("title", placeholder=False, classname=""),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("caption"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("project_heading"), FieldPanel("lean_toward_heading")]),
                FieldRowPanel([FieldPanel("why_heading"), FieldPanel("alternative_heading")]),
            ],
            heading="Column headings",
        ),
        InlinePanel("rows", panels=DECISION_GUIDE_ROW_PANELS, heading="Rows", label="Row", min_num=1),
        FieldPanel("footnote"),
        ShownInGuidesPanel(),
    ]


class FrameworksDataSnippetViewSetGroup(SnippetViewSetGroup):
    menu_label = "Frameworks data"
    menu_icon = "code"
    menu_order = 250
    items = (
        FrameworkSnippetViewSet,
        LanguageSnippetViewSet,
        CriterionSnippetViewSet,
        AdoptionSurveySnippetViewSet,
        BenchmarkSnippetViewSet,
        ComparisonMatrixSnippetViewSet,
        DecisionGuideSnippetViewSet,
    )
