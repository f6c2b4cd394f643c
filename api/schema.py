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


def list_and_retrieve(
    example, *, descriptions, names, list_example=None, list_parameters=(), retrieve_parameters=(), **other_actions
):
    """The list and retrieve operations' descriptions (list first), parameters and example answers,
    named `names` (list first); `other_actions`: the extend_schema of the viewset's other actions."""
    return extend_schema_view(
        list=extend_schema(
            description=descriptions[0],
            parameters=list(list_parameters),
            examples=[OpenApiExample(names[0], value=page_example(list_example or example), response_only=True)],
        ),
        retrieve=extend_schema(
            description=descriptions[1],
            parameters=list(retrieve_parameters),
            examples=[OpenApiExample(names[1], value=example, response_only=True)],
        ),
        **other_actions,
    )


def documented(noun, plural, example, list_example=None, list_params=()):
    """A published record's list and retrieve operations, by slug."""
    return list_and_retrieve(
        example,
        descriptions=(
            f"Published {plural}, 20 a page (`page_size` up to 100).",
            f"One published {noun}, by slug. A draft is a 404.",
        ),
        names=(f"A page of {plural}", f"A {noun}"),
        list_example=list_example,
        list_parameters=list_params,
        retrieve_parameters=[FIELDS] if FIELDS in list_params else [],
    )


def only_this_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: document /api/v1/ only (not the Wagtail admin's own API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]
