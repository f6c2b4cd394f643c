"""Query filters for the frameworks API (django-filter): a bad value is a 400 naming the filter."""

import django_filters
from django import forms

from .models import Framework, PerformanceTier

# The range of an id column (PostgreSQL's integer).
LARGEST_ID = 2**31 - 1


class IntegerFilter(django_filters.NumberFilter):
    """A whole number (an id): '0.5' is a 400, not a filter on 0.5; a number no id can be matches
    nothing, like any id nothing has, instead of overflowing the database column."""

    field_class = forms.IntegerField

    def filter(self, qs, value):
        if value is not None and abs(value) > LARGEST_ID:
            return qs.none()
        return super().filter(qs, value)


class StrictFilterSet(django_filters.FilterSet):
    """A typed filter (a number, a date-time, a choice) given with an empty value is a 400 naming it:
    the client meant something, and a silently unfiltered list would hide the mistake."""

    TYPED = (django_filters.NumberFilter, django_filters.IsoDateTimeFilter, django_filters.ChoiceFilter)

    def is_valid(self):
        valid = super().is_valid()
        for name, filter_ in self.filters.items():
            if isinstance(filter_, django_filters.OrderingFilter):
                continue  # an empty ordering is the default order
            if isinstance(filter_, self.TYPED) and name in self.data and not any(self.data.getlist(name)):
                self.form.add_error(name, "Give a value, or leave the parameter out.")
                valid = False
        return valid


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
