"""Query filters for booking requests (django-filter): a bad value is a 400 naming the filter; ids
follow the API's one rule (api/filters.py)."""

import django_filters

from api.filters import IntegerFilter, StrictFilterSet
from bookings.models import DiscoveryCallRequest, Status


class BookingRequestFilter(StrictFilterSet):
    status = django_filters.ChoiceFilter(choices=Status.choices)
    source_guide = IntegerFilter(field_name="source_guide_id", help_text="A guide's id (see /api/v1/guides/).")
    source_cta = IntegerFilter(field_name="source_cta_id", help_text="A call to action's id.")
    created_after = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__gte", help_text="Received on or after, YYYY-MM-DD."
    )
    created_before = django_filters.DateFilter(
        field_name="created_at", lookup_expr="date__lte", help_text="Received on or before, YYYY-MM-DD."
    )

    class Meta:
        model = DiscoveryCallRequest
        fields = ["status", "source_guide", "source_cta", "created_after", "created_before"]
