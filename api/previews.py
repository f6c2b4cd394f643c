"""Drafts for keys that may see them: `?version=draft` on a guide's or a frameworks record's detail.

A key with the preview scope (api/models.py) gets the latest draft, its latest revision, even of
something never published; `?version=live` (or no version) is what everyone gets. Anonymous
clients are refused with a 401 and other keys with a 403, so a draft never reaches them. A draft
answer is never kept or given an ETag from the data version (api/conditional.py): it is built for
each request, and private, as every answer to a key is (config/cache_headers.py).

While a draft record is serialised it stands in for its live row wherever the tables and blocks
meet it (frameworks.preview.previewing), as in the admin's preview.
"""

from django.http import Http404
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import exceptions
from rest_framework.response import Response

from frameworks.preview import previewing

from .access import has_api_key
from .models import may_preview

VERSION = OpenApiParameter(
    "version",
    str,
    enum=["live", "draft"],
    description="`draft`: the latest draft, for a key with the preview scope (401 without a key, 403 for "
    "another key). `live` (the default): what readers see.",
)


def wants_draft(request):
    version = request.query_params.get("version")
    if version in (None, "live"):
        return False
    if version != "draft":
        raise exceptions.ValidationError({"version": ["Use live or draft."]})
    return True


class DraftVersionMixin:
    """For a viewset whose detail may be read as a draft. `draft_rows` names, for records, the rows
    the viewset's queryset prefetches to an attribute (`{"live_values": ("criterion_values",
    "criterion")}`: the draft's own rows whose `criterion` is live)."""

    draft_rows = {}

    def initial(self, request, *args, **kwargs):
        if request.method in ("GET", "HEAD") and request.GET.get("version") == "draft":
            self.data_versioned = False  # never an answer kept under a data-version ETag
        super().initial(request, *args, **kwargs)

    def retrieve(self, request, *args, **kwargs):
        if not wants_draft(request):
            return super().retrieve(request, *args, **kwargs)
        if not has_api_key(request):
            raise exceptions.NotAuthenticated("Drafts need an API key with the preview scope.")
        if not may_preview(request.auth):
            raise exceptions.PermissionDenied("This API key may not read drafts: it has no preview scope.")
        draft = self.get_draft()
        with previewing(draft):
            return Response(self.get_serializer(draft).data)

    def get_draft(self):
        model = self.get_queryset().model
        lookup = self.lookup_url_kwarg or self.lookup_field
        current = model.objects.filter(**{self.lookup_field: self.kwargs[lookup]}).first()
        if current is None:
            raise Http404
        draft = current.get_latest_revision_as_object()
        for attribute, (relation, chosen) in self.draft_rows.items():
            rows = getattr(draft, relation).all()
            setattr(draft, attribute, [row for row in rows if getattr(row, chosen).live])
        return draft


def drafts_readable(viewset):
    """Documents `version` on the viewset's detail, beside the parameters it already declares."""
    return extend_schema_view(retrieve=extend_schema(parameters=[VERSION]))(viewset)
