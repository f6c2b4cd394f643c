"""The one shape of every 4xx the API returns, whatever raised it:

    {"status": 400, "code": "invalid", "message": "Some fields are not valid.", "fields": {"page_size": ["..."]}}

`code` is stable and machine-readable (DRF's error codes: invalid, not_found, not_authenticated,
authentication_failed, permission_denied, method_not_allowed, not_acceptable, throttled, ...);
`message` is for people; `fields` lists the errors per query or body field and is {} otherwise.
A throttled response keeps its Retry-After header.
"""

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
