"""The base classes of every viewset in the API. As in Wagtail's own API, class attributes hold the
shared behaviour, so reading a viewset tells what it serves:

- `permission_classes`: `ReadOnlyViewSet` serves anyone reading published data (`PublicReadOnly`);
  the bookings viewsets say `APIKeyOnly` (access.py).
- `data_versioned`: True (the default) gives every GET an ETag and a Last-Modified worked out from
  the content's data version before the view runs, a 304 without building the answer, and the
  answer kept in the cache under its ETag (conditional.py). False for resources that change
  without a revision or a log entry (a visitor's booking request): their ETag is a hash of the body.
- `table_rows`: for a tabular resource, the JSON field that holds each action's rows, e.g.
  `{"list": "results", "retrieve": "rows"}`; such a viewset also answers CSV and XLSX with those
  rows as lines (formats.py). Empty: JSON only.
"""

from rest_framework import viewsets

from .access import PublicReadOnly
from .conditional import ConditionalGetMixin
from .filters import StrictOrderingFilter
from .formats import TabularMixin
from .schema import APIAutoSchema


class APIViewSetMixin(ConditionalGetMixin, TabularMixin):
    data_versioned = True
    table_rows = {}
    schema = APIAutoSchema()


class ReadOnlyViewSet(APIViewSetMixin, viewsets.ReadOnlyModelViewSet):
    permission_classes = [PublicReadOnly]


class PublishedRecordViewSet(ReadOnlyViewSet):
    lookup_field = "slug"
    filter_backends = [StrictOrderingFilter]
