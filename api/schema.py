"""What the OpenAPI schema (/api/schema/, drf-spectacular) says beyond what it infers from the
viewsets, so that a client generated from it (openapi-python-client) or a fuzzer (schemathesis)
can trust it:

- who may call each operation (`APIAutoSchema.get_auth`): an API key or nobody for published data,
  an API key only for personal data; the admin's session is not a way into this API;
- a resource that answers one object (`single_object = True` on its viewset) is declared one
  object, not a list;
- a PATCH whose body is a whole command (`whole_patch = True`: a booking's status change) declares
  its required fields, in JSON only;
- the shared `fields` parameter, with the names each operation knows;
- `page` and `page_size` start at 1; a string parameter never holds a NUL character (a 400);
- links from each list to its detail (`$response.body#/results/0/...`), which the docs show and
  schemathesis' stateful phase follows;
- example answers, and which endpoints it documents.

The error shape and the CSV/XLSX answers are documented by the modules that make them
(errors.document_errors, formats.document_formats), as postprocessing hooks named in settings.
"""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema, extend_schema_view

from .access import APIKeyAuthentication, APIKeyOnly, APIKeyScheme

# No NUL character (a 400: PostgreSQL cannot store it), in ECMA-262 as OpenAPI's `pattern` is.
NO_NUL = "^[^\\u0000]*$"
# What an id route matches: anything else is not an id (a 404, never a database overflow).
ID_DIGITS = "[0-9]{1,18}"

FIELDS = OpenApiParameter(
    "fields",
    str,
    description="Comma-separated names of the fields to return, e.g. `slug,name` (the names this operation "
    "answers with); an unknown name is a 400.",
)


class APIAutoSchema(AutoSchema):
    def get_auth(self):
        scheme = APIKeyScheme(APIKeyAuthentication)
        self.registry.register_on_missing(
            ResolvedComponent(
                name=scheme.name,
                type=ResolvedComponent.SECURITY_SCHEMA,
                object=APIKeyAuthentication,
                schema=scheme.get_security_definition(self),
            )
        )
        key = {scheme.name: []}
        if any(isinstance(permission, APIKeyOnly) for permission in self.view.get_permissions()):
            return [key]
        return [key, {}]

    def _is_list_view(self, serializer=None):
        if getattr(self.view, "single_object", False):
            return False
        return super()._is_list_view(serializer)

    def _get_request_for_media_type(self, serializer, direction="request"):
        if self.method == "PATCH" and getattr(self.view, "whole_patch", False):
            # Its body is a command whose `status` is required, not a partial copy of the resource.
            self.method = "POST"
            try:
                return super()._get_request_for_media_type(serializer, direction)
            finally:
                self.method = "PATCH"
        return super()._get_request_for_media_type(serializer, direction)


def list_and_retrieve(
    example, *, descriptions, names, list_example=None, list_parameters=(), retrieve_parameters=(), **other_actions
):
    """The list and retrieve operations' descriptions (list first), parameters and example answers,
    named `names` (list first); `other_actions`: the extend_schema of the viewset's other actions.
    The list's example is one item: drf-spectacular wraps it in a page. Both take `fields`."""
    list_parameters = [FIELDS, *(p for p in list_parameters if p is not FIELDS)]
    retrieve_parameters = [FIELDS, *(p for p in retrieve_parameters if p is not FIELDS)]
    return extend_schema_view(
        list=extend_schema(
            description=descriptions[0],
            parameters=list(list_parameters),
            examples=[OpenApiExample(names[0], value=list_example or example, response_only=True)],
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


def _resolve(result, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        schema = result["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema or {}


def _response_item(result, operation):
    """The schema of an operation's JSON answer (of each item, for a list)."""
    content = operation["responses"].get("200", {}).get("content", {}).get("application/json", {})
    schema = _resolve(result, content.get("schema"))
    if {"count", "next", "previous", "results"} <= set(schema.get("properties", {})):  # a page of items
        schema = _resolve(result, schema["properties"]["results"].get("items"))
    return schema


def document_parameters(result, generator, request, public):
    """drf-spectacular postprocessing hook: what each query and path parameter accepts, as the
    server reads it, and the links from each list to its detail."""
    operations = {
        operation["operationId"]: (path, operation)
        for path, item in result.get("paths", {}).items()
        for operation in item.values()
        if isinstance(operation, dict) and "operationId" in operation
    }
    for path, operation in operations.values():
        for parameter in operation.get("parameters", []):
            schema = parameter.setdefault("schema", {})
            if parameter.get("in") == "query" and parameter["name"] in ("page", "page_size"):
                schema["minimum"] = 1
            elif parameter.get("in") == "query" and parameter["name"] == "fields":
                item = _response_item(result, operation)
                parameter["schema"] = {"type": "array", "items": {"type": "string", "enum": list(item["properties"])}}
                parameter["style"], parameter["explode"] = "form", False
                # `fields=` leaves fields out, so none is required in the answer.
                item.pop("required", None)
            elif parameter.get("in") == "path" and schema.get("pattern") == f"^{ID_DIGITS}$":
                # An id route takes digits only (`lookup_value_regex`): an integer to clients.
                parameter["schema"] = {"type": "integer", "minimum": 0, "maximum": 10**18 - 1}
            elif schema.get("type") == "string" and not {"enum", "format", "pattern"} & schema.keys():
                schema["pattern"] = NO_NUL
        _link_to_detail(operations, path, operation)
    return result


DETAIL_LINKS = {"_retrieve": ("Detail", "GET"), "_partial_update": ("Update", "PATCH")}


def _link_to_detail(operations, path, operation):
    """A list's 200 links to its detail operations (read, and change where there is one) with the
    first result's lookup value."""
    list_id = operation["operationId"]
    response = operation["responses"].get("200")
    if not list_id.endswith("_list") or response is None:
        return
    for suffix, (link_name, method) in DETAIL_LINKS.items():
        detail = operations.get(list_id.removesuffix("_list") + suffix)
        if detail is None:
            continue
        detail_path, detail_operation = detail
        names = [p["name"] for p in detail_operation.get("parameters", []) if p.get("in") == "path"]
        if len(names) != 1:
            continue
        response.setdefault("links", {})[link_name] = {
            "operationId": detail_operation["operationId"],
            "parameters": {names[0]: f"$response.body#/results/0/{names[0]}"},
            "description": f"The first result's own address: {method} {detail_path}.",
        }
