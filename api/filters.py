"""What every list of the API shares: its filters (django-filter), where a bad value is a 400 naming
the filter, and its `ordering`.

One rule for ids, on every database: an id filter takes a whole number from 1 to LARGEST_ID (the range
of an id column); anything else ('0.5', 0, a number no id column can hold) is a 400 naming the filter,
and an id in range that nothing has matches nothing (an empty list), as a slug nothing has does.

One rule for `ordering` (StrictOrderingFilter): one name or a comma-separated list of the names a
resource allows, each reversed by a leading '-'; an unknown name is a 400 naming `ordering`; the id
breaks every tie, so a page holds the same records on SQLite and PostgreSQL.
"""

from datetime import UTC

import django_filters
from django import forms
from drf_spectacular.utils import extend_schema_field
from rest_framework import exceptions, filters

from .serializers import unknown_name

# The range of an id column (PostgreSQL's integer).
LARGEST_ID = 2**31 - 1


@extend_schema_field({"type": "integer", "minimum": 1, "maximum": LARGEST_ID})
class IntegerFilter(django_filters.NumberFilter):
    """An id: a whole number from 1 to LARGEST_ID, else a 400 naming the filter."""

    field_class = forms.IntegerField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", LARGEST_ID)
        super().__init__(*args, **kwargs)


class StrictOrderingFilter(filters.OrderingFilter):
    """`ordering=name` or `ordering=-year,publisher`. A viewset's `ordering_fields` lists the names it
    allows, or maps each name to its model field (`{"published": "first_published_at"}`); its
    `ordering` is the default. Repeated parameters are read as one list."""

    def get_ordering(self, request, queryset, view):
        allowed = self.allowed_names(view)
        given = request.query_params.getlist(self.ordering_param)
        value = ",".join(given)
        terms = value.split(",") if value else []
        if given and not terms:  # `ordering=` names nothing: as wrong as a name it does not know
            names = ", ".join(sorted(allowed))
            raise exceptions.ValidationError({self.ordering_param: [f"Name what to order by: {names}."]})
        unknown = [term for term in dict.fromkeys(terms) if term.removeprefix("-") not in allowed]
        if unknown:
            names = ", ".join(sorted(allowed))
            raise exceptions.ValidationError(
                {
                    self.ordering_param: [
                        f"{unknown_name(term.removeprefix('-')).rstrip('.')}. Order by {names}." for term in unknown
                    ]
                }
            )
        if not terms:
            return with_tie_breaker(list(self.get_default_ordering(view) or []))
        fields = [("-" if term.startswith("-") else "") + allowed[term.removeprefix("-")] for term in terms]
        return with_tie_breaker(fields)

    @staticmethod
    def allowed_names(view):
        fields = getattr(view, "ordering_fields", None) or []
        return dict(fields) if isinstance(fields, dict) else {name: name for name in fields}

    def get_schema_operation_parameters(self, view):
        allowed = self.allowed_names(view)
        names = list(allowed)
        by_field = {field: name for name, field in allowed.items()}
        default = [
            ("-" if term.startswith("-") else "") + by_field.get(term.lstrip("-"), term.lstrip("-"))
            for term in getattr(view, "ordering", None) or []
            if term.lstrip("-") != "pk"
        ]
        default = ",".join(default) or "the id"
        return [
            {
                "name": self.ordering_param,
                "required": False,
                "in": "query",
                "description": f"Order by {', '.join(names)}: one name or several, comma-separated; a leading "
                f"'-' reverses. The id breaks ties. By default: {default}.",
                "schema": {
                    "type": "array",
                    "items": {"type": "string", "enum": [prefix + name for name in names for prefix in ("", "-")]},
                    "minItems": 1,  # `ordering=` names nothing: a 400, as an unknown name is
                },
                "style": "form",
                "explode": False,
            }
        ]


def with_tie_breaker(ordering):
    """The ordering with the id last, so that rows equal on every other field keep one order."""
    if not any(term.lstrip("-") in ("pk", "id") for term in ordering):
        ordering.append("pk")
    return ordering


class UTCDateTimeFilter(django_filters.IsoDateTimeFilter):
    """ISO 8601 allows offsets up to ±23:59 and PostgreSQL only ±15:59 (a 500 there): compare in UTC."""

    def filter(self, qs, value):
        if value is not None and value.tzinfo is not None:
            value = value.astimezone(UTC)
        return super().filter(qs, value)


class StrictFilterSet(django_filters.FilterSet):
    """A typed filter (a number, a date-time, a choice) given with an empty value is a 400 naming it:
    the client meant something, and a silently unfiltered list would hide the mistake."""

    TYPED = (
        django_filters.NumberFilter,
        django_filters.IsoDateTimeFilter,
        django_filters.DateFilter,
        django_filters.ChoiceFilter,
    )

    def is_valid(self):
        valid = super().is_valid()
        for name, filter_ in self.filters.items():
            if isinstance(filter_, django_filters.OrderingFilter):
                continue  # an empty ordering is the default order
            if isinstance(filter_, self.TYPED) and name in self.data and not any(self.data.getlist(name)):
                self.form.add_error(name, "Give a value, or leave the parameter out.")
                valid = False
        return valid
