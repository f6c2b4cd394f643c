"""Query filters for the guides API (django-filter): a bad value is a 400 naming the filter."""

import django_filters
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex

from api.filters import StrictFilterSet, UTCDateTimeFilter
from frameworks.models import (
    AdoptionFigure,
    AdoptionSurvey,
    Benchmark,
    BenchmarkResult,
    ComparisonMatrix,
    ComparisonMatrixRow,
    DecisionGuide,
    DecisionGuideRow,
)
from guides.models import GuidePage


def guides_showing(framework_slug):
    """Ids of pages whose blocks show a record that includes this framework (a matrix row, a
    survey figure, a benchmark result or a decision-guide choice), by Wagtail's reference index."""
    records = {
        ComparisonMatrix: ComparisonMatrixRow.objects.filter(framework__slug=framework_slug).values_list("matrix_id"),
        AdoptionSurvey: AdoptionFigure.objects.filter(framework__slug=framework_slug).values_list("survey_id"),
        Benchmark: BenchmarkResult.objects.filter(framework__slug=framework_slug).values_list("benchmark_id"),
        DecisionGuide: DecisionGuideRow.objects.filter(
            Q(lean_toward__framework__slug=framework_slug) | Q(alternatives__framework__slug=framework_slug)
        ).values_list("guide_id"),
    }
    condition = Q(pk__in=[])
    for model, ids in records.items():
        object_ids = [str(pk) for (pk,) in ids.distinct()]
        if object_ids:
            condition |= Q(to_content_type=ContentType.objects.get_for_model(model), to_object_id__in=object_ids)
    page_ids = ReferenceIndex.objects.filter(condition, base_content_type=ContentType.objects.get_for_model(Page))
    return [int(pk) for pk in page_ids.values_list("object_id", flat=True).distinct()]


class GuideFilter(StrictFilterSet):
    # A slug nothing has matches no guide (an empty list), as a search for it would.
    category = django_filters.CharFilter(
        field_name="category__slug", help_text="A category's slug (see /api/v1/guide-categories/)."
    )
    author = django_filters.CharFilter(field_name="author__slug", help_text="An author's slug (see /api/v1/authors/).")
    framework = django_filters.CharFilter(
        method="filter_framework",
        help_text="A framework's slug: guides whose matrices, charts, rankings or decision guides show it.",
    )
    updated_since = UTCDateTimeFilter(
        field_name="last_published_at",
        lookup_expr="gte",
        help_text="Guides published or republished at or after this time (ISO 8601, e.g. 2026-01-31T00:00:00Z).",
    )
    slug = django_filters.CharFilter(help_text="The guide with this slug.")

    class Meta:
        model = GuidePage
        fields = ["category", "author", "framework", "updated_since", "slug"]

    def filter_framework(self, queryset, name, value):
        return queryset.filter(pk__in=guides_showing(value))
