"""The one shape of every 4xx and 5xx the API returns, whatever raised it and whatever format was
asked for (an error is always JSON, never a spreadsheet row):

    {"status": 400, "code": "invalid", "message": "Some fields are not valid.", "fields": {"page_size": ["..."]}}

`code` is stable and machine-readable (DRF's error codes: invalid, not_found, not_authenticated,
authentication_failed, permission_denied, method_not_allowed, not_acceptable, conflict, throttled,
server_error, ...); `message` is for people; `fields` lists the errors per query or body field and is
{} otherwise. A throttled response keeps its Retry-After header.
"""

import logging

from django.core.exceptions import PermissionDenied
from django.core.signals import got_request_exception
from django.http import Http404
from rest_framework import exceptions, status
from rest_framework.response import Response
from rest_framework.views import exception_handler

logger = logging.getLogger("django.request")


class Conflict(exceptions.APIException):
    """A well-formed request the resource's present state refuses (a booking's status cannot move
    that way): 409, with the reason under `fields`."""

    status_code = status.HTTP_409_CONFLICT
    default_code = "conflict"
    default_detail = "The resource cannot change this way from its present state."


def api_exception_handler(exc, context):
    # Django's own 404 and 403 (a missing record) become DRF's, with their codes.
    if isinstance(exc, Http404):
        exc = exceptions.NotFound()
    elif isinstance(exc, PermissionDenied):
        exc = exceptions.PermissionDenied()
    response = exception_handler(exc, context)
    if response is None:
        return _server_error(exc, context)
    if not status.is_client_error(response.status_code):
        return response
    if isinstance(exc, exceptions.ValidationError | Conflict) and isinstance(exc.detail, dict | list):
        fields = _field_errors(exc.detail)
        code, message = (
            ("conflict", Conflict.default_detail)
            if isinstance(exc, Conflict)
            else ("invalid", "Some fields are not valid.")
        )
        body = {"status": response.status_code, "code": code, "message": message, "fields": fields}
    else:
        detail = getattr(exc, "detail", "")
        code = detail.code if isinstance(detail, exceptions.ErrorDetail) else "error"
        body = {"status": response.status_code, "code": code, "message": str(detail), "fields": {}}
    response.data = body
    return response


def _server_error(exc, context):
    """An unexpected exception: logged and signalled as Django does for any view (so error reports
    and the test client see it), answered with a 500 in the error shape instead of an HTML page."""
    request = context.get("request")
    django_request = getattr(request, "_request", request)
    logger.error("Internal Server Error: %s", getattr(django_request, "path", ""), exc_info=exc)
    got_request_exception.send(sender=None, request=django_request)
    body = {"status": 500, "code": "server_error", "message": "Something went wrong on our side.", "fields": {}}
    return Response(body, status=500)


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
        "status": {"type": "integer"},
        "code": {"type": "string"},
        "message": {"type": "string"},
        "fields": {"type": "object", "additionalProperties": {"type": "array", "items": {"type": "string"}}},
    },
}


def _example(status_, code, message, fields=None):
    return {"value": {"status": status_, "code": code, "message": message, "fields": fields or {}}}


# Each documented error with its description and an example of its own.
ERRORS = {
    "400": (
        "A query parameter or the body is not valid (a NUL character, an unknown `ordering` or `fields` "
        "name, an id out of range, ...); `fields` names each one and what is wrong.",
        _example(400, "invalid", "Some fields are not valid.", {"page_size": ["Enter a whole number of at least 1."]}),
    ),
    "401": (
        "The API key is not valid, has expired or has been revoked.",
        _example(401, "authentication_failed", "This API key is not valid or has been revoked."),
    ),
    "404": (
        "No such resource (or a draft, private or expired one), or no such page of a list.",
        _example(404, "not_found", "Not found."),
    ),
    "406": (
        "The Accept header or `?format=` asks for a format this resource does not have.",
        _example(406, "not_acceptable", "Could not satisfy the request Accept header."),
    ),
    "429": (
        "Too many requests (or too many with a key that is not valid): wait the seconds the Retry-After header gives.",
        _example(429, "throttled", "Request was throttled. Expected available in 42 seconds."),
    ),
}
# Only where they can happen: a key-only operation refuses a signed-in session, and a draft
# (`version=draft`) a key without the preview scope; a status change may not be allowed from the
# request's present status.
OPERATION_ERRORS = {
    "403": (
        "Not allowed: a signed-in session without an API key where only keys are answered, or a key "
        "without the preview scope asking for `version=draft`.",
        _example(403, "permission_denied", "Booking requests need an API key: send `Authorization: Api-Key <key>`."),
    ),
    "409": (
        "The request's present status does not allow this move; `fields.status` names the next steps allowed.",
        _example(
            409,
            "conflict",
            "The resource cannot change this way from its present state.",
            {
                "status": [
                    "A request that is closed (lost) cannot become booked. Next steps allowed: none: it is closed."
                ]
            },
        ),
    ),
}


def error_response(code):
    """The documented response of an error status (ERRORS or OPERATION_ERRORS), as JSON."""
    description, example = {**ERRORS, **OPERATION_ERRORS}[code]
    example_name = description.split(":")[0].split(";")[0].split("(")[0].strip().rstrip(".")
    return {
        "description": description,
        "content": {
            "application/json": {
                "schema": {"$ref": "#/components/schemas/Error"},
                "examples": {f"Error{code}": {"summary": example_name, **example}},
            }
        },
    }


def document_errors(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation documents its 4xx answers in the one
    error shape, as JSON whatever format its 200 has."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR_SCHEMA
    for path in result.get("paths", {}).values():
        for method, operation in path.items():
            if not isinstance(operation, dict) or "responses" not in operation:
                continue
            codes = list(ERRORS)
            drafts = any(parameter.get("name") == "version" for parameter in operation.get("parameters", []))
            if operation.get("security") == [{"ApiKey": []}] or drafts:
                codes.append("403")
            if method == "patch":
                codes.append("409")
            for code in sorted(codes):
                operation["responses"].setdefault(code, error_response(code))
    return result
