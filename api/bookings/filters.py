"""Query filters for booking requests (django-filter): a bad value is a 400 naming the filter."""

import django_filters

from bookings.models import DiscoveryCallRequest, Status
from guides.models import CallToAction, GuidePage


class BookingRequestFilter(django_filters.FilterSet):
    status = django_filters.ChoiceFilter(choices=Status.choices)
    source_guide = django_filters.ModelChoiceFilter(queryset=GuidePage.objects.all(), help_text="A guide's page id.")
    source_cta = django_filters.ModelChoiceFilter(
        queryset=CallToAction.objects.all(), help_text="A call to action's id."
    )
    created_after = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__gte", help_text="Received on or after, YYYY-MM-DD."
    )
    created_before = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__lte", help_text="Received on or before, YYYY-MM-DD."
    )

    class Meta:
        model = DiscoveryCallRequest
        fields = ["status", "source_guide", "source_cta", "created_after", "created_before"]
