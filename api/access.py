"""Who may call the API and how often: API-key authentication, the permissions viewsets state
(published data for anyone, personal data for keys only), throttles per scope, the page-size cap, and
the browsable API only while DEBUG. Named from REST_FRAMEWORK in config/settings/base.py.

Keys come from djangorestframework-api-key (stored hashed, revocable in the admin). A key is not a
user: it authenticates the client (`request.auth`) without signing anyone in, so it never unlocks
the admin and it raises rate limits.
"""

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from drf_spectacular.extensions import OpenApiAuthenticationExtension
from rest_framework import authentication, exceptions, negotiation, pagination, permissions, renderers, throttling
from rest_framework.settings import api_settings
from rest_framework_api_key.models import APIKey
from rest_framework_api_key.permissions import KeyParser


class APIKeyAuthentication(authentication.BaseAuthentication):
    """`Authorization: Api-Key <key>`. A revoked, expired or unknown key is refused (401), never
    silently treated as anonymous; a client that keeps sending keys that are not valid is throttled
    (429) after API_FAILED_AUTHENTICATION_RATE refusals, before its keys are even looked up."""

    keyword = KeyParser.keyword

    def authenticate(self, request):
        key = KeyParser().get(request)
        if not key:
            return None
        failures = FailedAuthenticationThrottle()
        failures.refuse_when_over(request)
        try:
            api_key = APIKey.objects.get_from_key(key)
        except APIKey.DoesNotExist:
            failures.count(request)
            raise exceptions.AuthenticationFailed("This API key is not valid or has been revoked.") from None
        if api_key.has_expired:
            failures.count(request)
            raise exceptions.AuthenticationFailed("This API key has expired.")
        return AnonymousUser(), api_key

    def authenticate_header(self, request):
        return self.keyword


class APIKeyScheme(OpenApiAuthenticationExtension):
    """How the schema (and the docs' Authorize button) describes the key."""

    target_class = APIKeyAuthentication
    name = "ApiKey"

    def get_security_definition(self, auto_schema):
        return {
            "type": "apiKey",
            "in": "header",
            "name": "Authorization",
            "description": "`Api-Key <key>`, with a key created in the admin.",
        }


class AdminUsersOnly(permissions.BasePermission):
    """The default: a viewset that does not say who may use it serves nobody but people signed in to
    the Wagtail admin. Wagtail's own admin API (the page explorer and choosers, under /admin/api/)
    states no permission and relies on this; every viewset of ours states its own."""

    def has_permission(self, request, view):
        user = request.user
        return bool(user and user.is_active and user.has_perm("wagtailadmin.access_admin"))


def has_api_key(request):
    return isinstance(getattr(request, "auth", None), APIKey)


class PublicReadOnly(permissions.BasePermission):
    """Anyone may read (GET, HEAD, OPTIONS); nobody may write. For published data."""

    def has_permission(self, request, view):
        return request.method in permissions.SAFE_METHODS


class APIKeyOnly(permissions.BasePermission):
    """Personal data: served to API-key clients only (the key authentication sets request.auth)."""

    message = "Booking requests need an API key: send `Authorization: Api-Key <key>`."

    def has_permission(self, request, view):
        return has_api_key(request)


class _ScopedRateThrottle(throttling.SimpleRateThrottle):
    def get_rate(self):
        # Read the rates on each request (DRF binds them when the class is defined), so a
        # settings change, in production config or in a test, takes effect.
        return api_settings.DEFAULT_THROTTLE_RATES.get(self.scope)


class AnonymousThrottle(_ScopedRateThrottle):
    """Clients without a key, counted per IP address. A browser's CORS preflight (an OPTIONS asking
    whether it may send the real request) is not counted: only the request it precedes is."""

    scope = "anonymous"

    def get_cache_key(self, request, view):
        if has_api_key(request) or (request.user and request.user.is_authenticated):
            return None
        if is_preflight(request):
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


def is_preflight(request):
    return request.method == "OPTIONS" and "HTTP_ACCESS_CONTROL_REQUEST_METHOD" in request.META


class FailedAuthenticationThrottle(_ScopedRateThrottle):
    """Refused keys, counted per client (IP address) at the `failed_authentication` rate: guessing
    keys costs a 429 after a few tries. Only refusals count; a valid key never does."""

    scope = "failed_authentication"

    def get_cache_key(self, request, view=None):
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}

    def refuse_when_over(self, request):
        if self.rate is not None and len(self._recent(request)) >= self.num_requests:
            raise exceptions.Throttled(self.wait())

    def count(self, request):
        if self.rate is not None:
            self._recent(request)
            self.throttle_success()

    def _recent(self, request):
        self.key = self.get_cache_key(request)
        self.history = self.cache.get(self.key, [])
        self.now = self.timer()
        while self.history and self.history[-1] <= self.now - self.duration:
            self.history.pop()
        return self.history


class APIKeyThrottle(_ScopedRateThrottle):
    """Clients with a key, counted per key, at a higher rate."""

    scope = "key"

    def get_cache_key(self, request, view):
        if not has_api_key(request):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.auth.pk}


class PageNumberPagination(pagination.PageNumberPagination):
    """`?page=` and `?page_size=`; a page size above the cap gets the cap."""

    page_size = 20
    page_size_query_param = "page_size"
    max_page_size = 100

    def get_page_number(self, request, paginator):
        # DRF reads a missing or empty page as the first; an empty or repeated-nonsense page is a 404.
        if self.page_query_param in request.query_params:
            number = request.query_params[self.page_query_param]
            if number not in self.last_page_strings and not number.isdecimal():
                raise exceptions.NotFound("Invalid page.")
        return super().get_page_number(request, paginator)

    def get_paginated_response_schema(self, schema):
        # The docs' example of a page: one result, on one page (DRF's is page 3 of 123 accounts).
        paged = super().get_paginated_response_schema(schema)
        examples = {"count": 1, "next": None, "previous": None}
        for name, example in examples.items():
            paged["properties"][name]["example"] = example
        return paged

    def get_page_size(self, request):
        # DRF ignores a page size it cannot read; a client that asked for one should hear why not.
        raw = request.query_params.get(self.page_size_query_param)
        if raw is not None:
            try:
                size = int(raw)
            except ValueError:
                size = 0
            if size < 1:
                raise exceptions.ValidationError({self.page_size_query_param: ["Enter a whole number of at least 1."]})
        return super().get_page_size(request)


class DebugOnlyBrowsableNegotiation(negotiation.DefaultContentNegotiation):
    """The browsable API shows forms and internals for people at a developer's desk: served only
    while DEBUG (the dev settings), so production answers a browser with JSON. A `?format=` the
    resource does not have (or an empty one) is a 406, as an Accept header it cannot meet is."""

    def select_renderer(self, request, renderers_, format_suffix=None):
        if not settings.DEBUG:
            renderers_ = [r for r in renderers_ if not isinstance(r, renderers.BrowsableAPIRenderer)] or renderers_
        if format_suffix is None and request.query_params.get(self.settings.URL_FORMAT_OVERRIDE) == "":
            raise exceptions.NotAcceptable(self._formats_message(renderers_, "Give a format"))
        return super().select_renderer(request, renderers_, format_suffix)

    def filter_renderers(self, renderers_, format):
        matching = [renderer for renderer in renderers_ if renderer.format == format]
        if not matching:
            raise exceptions.NotAcceptable(self._formats_message(renderers_, f"There is no format {format!r} here"))
        return matching

    def _formats_message(self, renderers_, start):
        formats = ", ".join(dict.fromkeys(r.format for r in renderers_ if r.format != "api"))
        return f"{start}: this resource answers {formats}; or leave `format` out."
