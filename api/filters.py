"""What every filter set of the API shares (django-filter): a bad value is a 400 naming the filter."""

from datetime import UTC

import django_filters
from django import forms

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


class UTCDateTimeFilter(django_filters.IsoDateTimeFilter):
    """ISO 8601 allows offsets up to ±23:59 and PostgreSQL only ±15:59 (a 500 there): compare in UTC."""

    def filter(self, qs, value):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
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
