"""The change feed, `/api/v1/changes/?since=<cursor>`: what readers could see change (guides,
frameworks records, calls to action) after the cursor, oldest first, `page_size` at a time (100 by
default, at most 500), with the cursor to ask from next. A channel keeps the last cursor it read and
asks again: every change is listed once, in the order it committed (changes/log.py), unpublishes and
deletions included. Without `since`, the feed starts at its beginning.

The cursor is opaque to clients: today it is the change's number. Open to anyone (it names only
what was public) and, as it changes without a revision, its ETag is a hash of the body.
"""

from django.utils.http import urlencode
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import exceptions, viewsets
from rest_framework.response import Response

from api.access import PublicReadOnly
from api.base import APIViewSetMixin
from changes.models import Change

from .serializers import ChangePageSerializer, ChangeSerializer

DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 100, 500

SINCE = OpenApiParameter(
    "since",
    {"type": "string", "pattern": "^[0-9]{0,18}$"},
    description="The `next_cursor` of your last read (opaque); leave it out (or empty) to read from the start.",
)
PAGE_SIZE = OpenApiParameter(
    "page_size", int, description=f"Changes per page, {DEFAULT_PAGE_SIZE} by default, at most {MAX_PAGE_SIZE}."
)
EXAMPLE = {
    "results": [
        {
            "cursor": "1041",
            "action": "changed",
            "type": "guide",
            "id": 12,
            "slug": "backend-frameworks-compared",
            "title": "Backend frameworks compared",
            "api_url": "https://guides.example.com/api/v1/guides/12/",
            "occurred_at": "2026-12-07T10:30:00Z",
        },
        {
            "cursor": "1042",
            "action": "unpublished",
            "type": "framework",
            "id": 7,
            "slug": "sails",
            "title": "Sails",
            "api_url": None,
            "occurred_at": "2026-12-07T10:31:00Z",
        },
    ],
    "next_cursor": "1042",
    "has_more": False,
    "next": None,
}


def _digits(raw):
    return raw.isascii() and raw.isdigit()


def _cursor(request):
    raw = request.query_params.get("since")
    if not raw:  # left out or empty: from the start
        return 0
    if not _digits(raw) or len(raw) > 18:
        raise exceptions.ValidationError({"since": ["Enter a cursor this feed gave you (its `next_cursor`)."]})
    return int(raw)


def _page_size(request):
    raw = request.query_params.get("page_size")
    if raw is None:
        return DEFAULT_PAGE_SIZE
    significant = raw.lstrip("0")
    if not _digits(raw) or not significant:
        raise exceptions.ValidationError({"page_size": ["Enter a whole number of at least 1."]})
    return MAX_PAGE_SIZE if len(significant) > 6 else min(int(significant), MAX_PAGE_SIZE)


class ChangeViewSet(APIViewSetMixin, viewsets.GenericViewSet):
    single_object = True  # the answer is one object (the changes, the next cursor), not an array of pages
    permission_classes = [PublicReadOnly]
    data_versioned = False
    serializer_class = ChangePageSerializer
    pagination_class = None
    filter_backends = []

    @extend_schema(
        description="What was created, changed, unpublished or deleted since a cursor, oldest first.",
        parameters=[SINCE, PAGE_SIZE],
        responses=ChangePageSerializer,
        examples=[OpenApiExample("Two changes", value=EXAMPLE, response_only=True)],
    )
    def list(self, request):
        since, size = _cursor(request), _page_size(request)
        changes = list(Change.objects.filter(pk__gt=since).order_by("pk")[: size + 1])
        has_more = len(changes) > size
        changes = changes[:size]
        next_cursor = str(changes[-1].pk) if changes else str(since)
        next_url = None
        if has_more:
            query = urlencode({"since": next_cursor, "page_size": size})
            next_url = request.build_absolute_uri(f"{request.path}?{query}")
        context = self.get_serializer_context()
        return Response(
            {
                "results": ChangeSerializer(changes, many=True, context=context).data,
                "next_cursor": next_cursor,
                "has_more": has_more,
                "next": next_url,
            }
        )
