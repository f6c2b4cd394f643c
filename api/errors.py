"""The one shape of every 4xx the API returns, whatever raised it:

    {"status": 400, "code": "invalid", "message": "Some fields are not valid.", "fields": {"page_size": ["..."]}}

`code` is stable and machine-readable (DRF's error codes: invalid, not_found, not_authenticated,
authentication_failed, permission_denied, method_not_allowed, not_acceptable, throttled, ...);
`message` is for people; `fields` lists the errors per query or body field and is {} otherwise.
A throttled response keeps its Retry-After header.
"""

import re

from django.core.exceptions import PermissionDenied
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.views import exception_handler


def api_exception_handler(exc, context):
    # Django's own 404 and 403 (a missing record, an unknown ?format=) become DRF's, with their codes.
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None or not status.is_client_error(response.status_code):
        return response
    if isinstance(exc, exceptions.ValidationError):
        fields = _field_errors(exc.detail)
        body = {"status": response.status_code, "code": "invalid", "message": "Some fields are not valid."}
        body["fields"] = fields
    else:
        detail = getattr(exc, "detail", "")
        code = detail.code if isinstance(detail, exceptions.ErrorDetail) else "error"
        body = {"status": response.status_code, "code": code, "message": str(detail), "fields": {}}
    response.data = body
    return response


def _field_errors(detail):
    """{field: [message, ...]}; errors not tied to a field go under "non_field_errors"."""
    if isinstance(detail, dict):
        return {name: _messages(errors) for name, errors in detail.items()}
    return {"non_field_errors": _messages(detail)}


def _messages(errors):
    return [str(message) for message in errors] if isinstance(errors, list) else [str(errors)]


ERROR_SCHEMA = {
    "type": "object",
    "required": ["status", "code", "message", "fields"],
    "properties": {
        "status": {"type": "integer", "example": 400},
        "code": {"type": "string", "example": "invalid"},
        "message": {"type": "string", "example": "Some fields are not valid."},
        "fields": {
            "type": "object",
            "additionalProperties": {"type": "array", "items": {"type": "string"}},
            "example": {"page_size": ["A valid integer is required."]},
        },
    },
}
ERRORS = {
    "400": "A query parameter is not valid; `fields` names each one and what is wrong.",
    "401": "The API key is not valid, has expired or has been revoked.",
    "404": "No such resource (or a draft, private or expired one), or no such page of a list.",
    "406": "The Accept header asks for a format this resource does not have.",
    "429": "Too many requests: wait the seconds the Retry-After header gives.",
}


def _resolve(result, schema):
    while isinstance(schema, dict) and "$ref" in schema:
        schema = result["components"]["schemas"][schema["$ref"].rsplit("/", 1)[-1]]
    return schema or {}


def _response_item(result, operation):
    """The schema of an operation's JSON answer (of each item, for a list)."""
    content = operation["responses"].get("200", {}).get("content", {}).get("application/json", {})
    schema = _resolve(result, content.get("schema"))
    if "results" in schema.get("properties", {}):
        schema = _resolve(result, schema["properties"]["results"].get("items"))
    return schema


def _response_fields(result, operation):
    return list(_response_item(result, operation).get("properties", {}))


def _list_of(names):
    """`fields=` as the API reads it: known names, comma-separated, spaces around them allowed."""
    name = "(?:" + "|".join(re.escape(name) for name in names) + ")"
    return f"^ *(?:{name})? *(?:, *(?:{name})? *)*$"


def document_errors(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation documents its 4xx answers in the one
    error shape, that anonymous clients may call it (the key is optional), and that pages and page
    sizes start at 1."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    for path in result.get("paths", {}).values():
        for operation in path.values():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            media_types = operation["responses"].get("200", {}).get("content", {}) or {"application/json": {}}
            for code, description in ERRORS.items():
                content = {
                    media_type: {"schema": {"$ref": "#/components/schemas/Error"}}
                    if media_type == "application/json"
                    else {"schema": {"type": "string", "description": "The error as one row."}}
                    for media_type in media_types
                }
                operation["responses"].setdefault(code, {"description": description, "content": content})
            if "security" in operation and {} not in operation["security"]:
                operation["security"].append({})
            for parameter in operation.get("parameters", []):
                if parameter.get("in") == "query" and parameter.get("name") in ("page", "page_size"):
                    parameter["schema"]["minimum"] = 1
                if parameter.get("in") == "query" and parameter.get("name") == "fields":
                    names = _response_fields(result, operation)
                    if names:
                        parameter["schema"]["pattern"] = _list_of(names)
                        # `fields=` leaves fields out, so none is required in the answer.
                        _response_item(result, operation).pop("required", None)
    return result
