"""The frameworks API (read-only): frameworks, languages, criteria, comparison matrices, adoption
surveys, benchmarks and decision guides, registered on the one router in api/urls.py. The tabular
ones (frameworks, matrices, surveys, benchmarks, decision guides) also answer CSV and XLSX.

Anonymous clients and key holders read the same thing: live records only. Every queryset and
Prefetch below filters `live=True`, so a draft record, and any row, figure or choice that points at
one, never appears. Each list and detail runs a fixed number of queries however many rows there are.
"""

from django.db.models import Prefetch
from django_filters.rest_framework import DjangoFilterBackend

from api.base import PublishedRecordViewSet, ReadOnlyViewSet
from api.filters import StrictOrderingFilter
from api.previews import DraftVersionMixin, drafts_readable
from api.schema import FIELDS, ID_DIGITS, documented, list_and_retrieve
from frameworks.models import (
    AdoptionFigure,
    AdoptionSurvey,
    Benchmark,
    BenchmarkResult,
    ComparisonMatrix,
    Criterion,
    CriterionValue,
    DecisionGuide,
    DecisionGuideAlternative,
    DecisionGuideLeanToward,
    DecisionGuideRow,
    Framework,
    Language,
)

from .filters import FrameworkFilter
from .serializers import (
    AdoptionSurveySerializer,
    BenchmarkSerializer,
    ComparisonMatrixSerializer,
    ComparisonMatrixSummarySerializer,
    CriterionSerializer,
    DecisionGuideSerializer,
    FrameworkSerializer,
    LanguageSerializer,
)

EXAMPLE_FRAMEWORK_REF = {
    "id": 3,
    "slug": "django",
    "name": "Django",
    "url": "https://example.com/api/v1/frameworks/django/",
}


def _live_framework_values():
    return Prefetch(
        "criterion_values",
        queryset=CriterionValue.objects.filter(criterion__live=True).select_related("criterion"),
        to_attr="live_values",
    )


@documented(
    "framework",
    "frameworks",
    {
        "id": 3,
        "slug": "django",
        "name": "Django",
        "kind": "framework",
        "label": "Django",
        "language": {"id": 2, "name": "Python", "short_name": "", "label": "Python"},
        "runtime": None,
        "website": "https://www.djangoproject.com/",
        "values": {"learning-curve": {"text": "Moderate", "score": None}},
        "url": "https://example.com/api/v1/frameworks/django/",
    },
    list_params=[FIELDS],
)
@drafts_readable
class FrameworkViewSet(DraftVersionMixin, PublishedRecordViewSet):
    draft_rows = {"live_values": ("criterion_values", "criterion")}
    table_rows = {"list": "results"}
    serializer_class = FrameworkSerializer
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    filterset_class = FrameworkFilter
    ordering_fields = ["name", "slug", "kind"]
    ordering = ["name"]

    def get_queryset(self):
        return (
            Framework.objects.filter(live=True)
            .select_related("language", "runtime")
            .prefetch_related(_live_framework_values())
        )


@list_and_retrieve(
    {"id": 2, "name": "Python", "short_name": "", "label": "Python"},
    descriptions=("Every language a framework is written in, 20 a page.", "One language, by id."),
    names=("A page of languages", "A language"),
)
class LanguageViewSet(ReadOnlyViewSet):
    """Languages are not drafted: every one is public."""

    lookup_value_regex = ID_DIGITS
    serializer_class = LanguageSerializer
    queryset = Language.objects.all()
    filter_backends = [StrictOrderingFilter]
    ordering_fields = ["name"]
    ordering = ["name"]


@documented(
    "criterion",
    "criteria",
    {
        "id": 1,
        "slug": "learning-curve",
        "name": "Learning curve",
        "description": "How long a developer new to it takes to ship.",
        "unit": "",
        "scale_max": None,
        "url": "https://example.com/api/v1/criteria/learning-curve/",
    },
)
@drafts_readable
class CriterionViewSet(DraftVersionMixin, PublishedRecordViewSet):
    serializer_class = CriterionSerializer
    queryset = Criterion.objects.filter(live=True)
    ordering_fields = ["name", "slug"]
    ordering = ["name"]


EXAMPLE_MATRIX = {
    "id": 1,
    "slug": "backend-frameworks-2026",
    "title": "Backend frameworks compared",
    "description": "",
    "caption": "Backend frameworks by criterion",
    "row_heading": "Framework",
    "show_language": True,
    "footnote": "",
    "columns": [{"criterion": "learning-curve", "heading": "Learning curve"}],
    "rows": [
        {
            "framework": EXAMPLE_FRAMEWORK_REF,
            "label": "Django",
            "language": "Python",
            "values": {"learning-curve": "Moderate"},
        }
    ],
    "url": "https://example.com/api/v1/comparison-matrices/backend-frameworks-2026/",
}


@documented(
    "comparison matrix with its columns and rows (each row an object keyed by criterion slug)",
    "comparison matrices (title and link; the detail has the table)",
    EXAMPLE_MATRIX,
    list_example={key: EXAMPLE_MATRIX[key] for key in ("id", "slug", "title", "description", "url")},
    list_params=[FIELDS],
)
@drafts_readable
class ComparisonMatrixViewSet(DraftVersionMixin, PublishedRecordViewSet):
    table_rows = {"list": "results", "retrieve": "rows"}
    ordering_fields = ["title", "slug"]
    ordering = ["title"]

    def get_serializer_class(self):
        return ComparisonMatrixSummarySerializer if self.action == "list" else ComparisonMatrixSerializer

    def get_queryset(self):
        # The detail's columns and rows come from frameworks/tables.py (three queries), as the page's.
        return ComparisonMatrix.objects.filter(live=True)


def _live_figures():
    return Prefetch(
        "figures",
        queryset=AdoptionFigure.objects.filter(framework__live=True).select_related("framework"),
        to_attr="live_figures",
    )


@documented(
    "adoption survey with its figures (share of respondents per framework, in per cent)",
    "adoption surveys with their figures",
    {
        "id": 1,
        "slug": "stack-overflow-2025",
        "publisher": "Stack Overflow",
        "name": "Developer Survey",
        "year": 2025,
        "sample_size": 31771,
        "section": "Web frameworks and technologies",
        "source_url": "https://survey.stackoverflow.co/2025/",
        "figures": [{"framework": EXAMPLE_FRAMEWORK_REF, "share": 12.4}],
        "url": "https://example.com/api/v1/adoption-surveys/stack-overflow-2025/",
    },
    list_params=[FIELDS],
)
@drafts_readable
class AdoptionSurveyViewSet(DraftVersionMixin, PublishedRecordViewSet):
    draft_rows = {"live_figures": ("figures", "framework")}
    table_rows = {"list": "results", "retrieve": "figures"}
    serializer_class = AdoptionSurveySerializer
    ordering_fields = ["year", "publisher", "slug"]
    ordering = ["-year", "publisher"]

    def get_queryset(self):
        return AdoptionSurvey.objects.filter(live=True).prefetch_related(_live_figures())


@documented(
    "benchmark with its results by tier",
    "benchmarks with their results",
    {
        "id": 1,
        "slug": "techempower-round-23",
        "publisher": "TechEmpower",
        "name": "Framework Benchmarks",
        "edition": "Round 23",
        "published_on": "2025-03-01",
        "test_type": "Fortunes",
        "figure_unit": "",
        "source_url": "https://www.techempower.com/benchmarks/",
        "notes": "",
        "results": [{"framework": EXAMPLE_FRAMEWORK_REF, "tier": "middle", "rank": 1, "figure": None}],
        "url": "https://example.com/api/v1/benchmarks/techempower-round-23/",
    },
    list_params=[FIELDS],
)
@drafts_readable
class BenchmarkViewSet(DraftVersionMixin, PublishedRecordViewSet):
    draft_rows = {"live_results": ("results", "framework")}
    table_rows = {"list": "results", "retrieve": "results"}
    serializer_class = BenchmarkSerializer
    ordering_fields = ["published_on", "publisher", "slug"]
    ordering = ["publisher", "-published_on", "-edition"]

    def get_queryset(self):
        return Benchmark.objects.filter(live=True).prefetch_related(
            Prefetch(
                "results",
                queryset=BenchmarkResult.objects.filter(framework__live=True).select_related("framework"),
                to_attr="live_results",
            )
        )


def _choices(model):
    return model.objects.select_related("framework").order_by("sort_order")


@documented(
    "decision guide with its rows (project type, frameworks to lean toward, why, alternatives)",
    "decision guides with their rows",
    {
        "id": 1,
        "slug": "which-backend",
        "title": "Which backend framework?",
        "description": "",
        "caption": "Backend frameworks by project type",
        "headings": {
            "project_type": "If your project is",
            "lean_toward": "Lean toward",
            "why": "Why",
            "alternatives": "Alternative",
        },
        "rows": [
            {
                "project_type": "Content-heavy site",
                "lean_toward": [
                    {"framework": EXAMPLE_FRAMEWORK_REF, "label": "", "note": "", "connector": ",", "text": "Django"}
                ],
                "why": "Admin and ORM included",
                "alternatives": [{"framework": None, "label": "Rails", "note": "", "connector": ",", "text": "Rails"}],
            }
        ],
        "footnote": "",
        "url": "https://example.com/api/v1/decision-guides/which-backend/",
    },
    list_params=[FIELDS],
)
@drafts_readable
class DecisionGuideViewSet(DraftVersionMixin, PublishedRecordViewSet):
    table_rows = {"list": "results", "retrieve": "rows"}
    serializer_class = DecisionGuideSerializer
    ordering_fields = ["title", "slug"]
    ordering = ["title"]

    def get_queryset(self):
        return DecisionGuide.objects.filter(live=True).prefetch_related(
            Prefetch(
                "rows",
                queryset=DecisionGuideRow.objects.order_by("sort_order").prefetch_related(
                    Prefetch("lean_toward", queryset=_choices(DecisionGuideLeanToward)),
                    Prefetch("alternatives", queryset=_choices(DecisionGuideAlternative)),
                ),
            )
        )
