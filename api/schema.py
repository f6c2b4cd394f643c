"""What the OpenAPI schema (/api/schema/, drf-spectacular) says beyond what it infers from the
viewsets: the shared `fields` parameter, example answers, and which endpoints it documents.

The error shape and the CSV/XLSX answers are documented by the modules that make them
(errors.document_errors, formats.document_formats), as postprocessing hooks named in settings.
"""

from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema, extend_schema_view

FIELDS = OpenApiParameter(
    "fields", str, description="Comma-separated field names to return, e.g. `slug,name`; an unknown name is a 400."
)


def page_example(item):
    """An example answer of a paged list holding one item, for the schema."""
    return {"count": 1, "next": None, "previous": None, "results": [item]}


def documented(noun, plural, example, list_example=None, list_params=()):
    """The list and retrieve operations' descriptions and example responses."""
    return extend_schema_view(
        list=extend_schema(
            description=f"Published {plural}, 20 a page (`page_size` up to 100).",
            parameters=list(list_params),
            examples=[
                OpenApiExample(f"A page of {plural}", value=page_example(list_example or example), response_only=True)
            ],
        ),
        retrieve=extend_schema(
            description=f"One published {noun}, by slug. A draft is a 404.",
            parameters=[FIELDS] if FIELDS in list_params else [],
            examples=[OpenApiExample(f"A {noun}", value=example, response_only=True)],
        ),
    )


def only_this_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: document /api/v1/ only (not the Wagtail admin's own API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
