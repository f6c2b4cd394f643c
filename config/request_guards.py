"""Refuse addresses that no page can answer before they reach a view.

A NUL character (%00) in the path or the query string is never part of a real address, and
PostgreSQL refuses it in any text comparison, so a filter such as `/guides/?category=%00` used to end
in a 500. It is answered here with a 400 that says what was wrong.
"""

from django.http import HttpResponseBadRequest, JsonResponse

NUL = "\x00"


class RejectNulCharactersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if NUL in request.path or "%00" in request.META.get("QUERY_STRING", "") or _has_nul(request.GET):
            if request.path.startswith("/api/"):
                return _api_error(request)
            return HttpResponseBadRequest(
                "Bad request: the address contains a NUL character (%00), which no address on this site uses.",
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


def _has_nul(query):
    return any(_has_nul_in(key, values) for key, values in query.lists())


def _api_error(request):
    """The API's one error shape (api/errors.py), naming each parameter that holds a NUL."""
    fields = {name: ["Contains a NUL character."] for name, values in request.GET.lists() if _has_nul_in(name, values)}
    body = {
        "status": 400,
        "code": "invalid",
        "message": "The address contains a NUL character (%00), which no address on this site uses.",
        "fields": fields,
    }
    return JsonResponse(body, status=400)


def _has_nul_in(name, values):
    return NUL in name or any(NUL in value for value in values)
