"""How a record is named to other channels: its id, slug, name and its address in the API.

The API's serializers and the blocks' own representations (the body of a guide as data) both name
records this way, so a client meets one shape wherever a record appears. REFERENCE_SCHEMA is that
shape as a JSON Schema, for the blocks' `api_schema` (the API's schema names it RecordReference).
"""

from django.urls import reverse

REFERENCE_SCHEMA = {
    "type": "object",
    "required": ["id", "slug", "name", "url"],
    "properties": {
        "id": {"type": "integer"},
        "slug": {"type": "string"},
        "name": {"type": "string"},
        "url": {"type": "string", "description": "The record in the API."},
    },
}


TEXT = {"type": "string"}
OPTIONAL_TEXT = {"type": "string", "nullable": True}


def nullable(schema):
    """A JSON Schema that also allows null (OpenAPI 3.0's way)."""
    return {"allOf": [schema], "nullable": True}


def object_schema(**properties):
    """A JSON object that always has these properties."""
    return {"type": "object", "required": list(properties), "properties": properties}


def list_of(schema):
    return {"type": "array", "items": schema}


def api_url(request, basename, slug):
    """The record's address in the API (absolute when there is a request), e.g. /api/v1/frameworks/django/."""
    path = reverse(f"api:{basename}-detail", kwargs={"slug": slug})
    return request.build_absolute_uri(path) if request else path


def record_reference(record, basename, request, name_field="title"):
    """{"id", "slug", "name", "url"} of a record, or None."""
    if record is None:
        return None
    return {
        "id": record.pk,
        "slug": record.slug,
        "name": str(getattr(record, name_field)),
        "url": api_url(request, basename, record.slug),
    }


def framework_reference(framework, request):
    """A framework named in a table, a chart or a ranking."""
    return record_reference(framework, "framework", request, "name")
