"""Query filters for the frameworks API (django-filter): a bad value is a 400 naming the filter."""

import django_filters

from api.filters import IntegerFilter, StrictFilterSet
from frameworks.models import Framework, PerformanceTier


class FrameworkFilter(StrictFilterSet):
    # An id no language has matches no framework (an empty list); a non-number is a 400.
    language = IntegerFilter(help_text="A language id (see /api/v1/languages/).")
    runtime = django_filters.CharFilter(
        field_name="runtime__slug", help_text="The slug of the runtime it runs on, e.g. 'nodejs'."
    )
    kind = django_filters.ChoiceFilter(choices=Framework.Kind.choices)
    tier = django_filters.ChoiceFilter(
        choices=PerformanceTier.choices,
        method="filter_tier",
        help_text="Frameworks with a result in this tier of any published benchmark.",
    )

    class Meta:
        model = Framework
        fields = ["language", "runtime", "kind", "tier"]

    def filter_tier(self, queryset, name, value):
        return queryset.filter(
            pk__in=Framework.objects.filter(benchmark_results__tier=value, benchmark_results__benchmark__live=True)
        )
