"""How the frameworks records appear in the Wagtail admin: one "Frameworks data" menu."""

from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import (
    AdoptionSurvey,
    Benchmark,
    ComparisonMatrix,
    Criterion,
    DecisionGuide,
    Framework,
    Language,
)


class FrameworkSnippetViewSet(SnippetViewSet):
    model = Framework
    icon = "code"
    list_display = ["name", "kind", "language"]
    list_filter = ["kind", "language"]
    search_fields = ["name"]


class LanguageSnippetViewSet(SnippetViewSet):
    model = Language
    icon = "doc-full"
    list_display = ["name", "short_name"]


class CriterionSnippetViewSet(SnippetViewSet):
    model = Criterion
    icon = "list-ul"
    list_display = ["name", "slug", "unit"]


class AdoptionSurveySnippetViewSet(SnippetViewSet):
    model = AdoptionSurvey
    icon = "table"
    list_display = ["__str__", "sample_size"]


class BenchmarkSnippetViewSet(SnippetViewSet):
    model = Benchmark
    icon = "history"
    list_display = ["__str__", "published_on", "test_type"]


class ComparisonMatrixSnippetViewSet(SnippetViewSet):
    model = ComparisonMatrix
    icon = "table"
    list_display = ["title", "slug"]


class DecisionGuideSnippetViewSet(SnippetViewSet):
    model = DecisionGuide
    icon = "list-ul"
    list_display = ["title", "slug"]


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
