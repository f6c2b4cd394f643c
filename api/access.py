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
    silently treated as anonymous."""

    keyword = KeyParser.keyword

    def authenticate(self, request):
        key = KeyParser().get(request)
        if not key:
            return None
        try:
            api_key = APIKey.objects.get_from_key(key)
        except APIKey.DoesNotExist:
            raise exceptions.AuthenticationFailed("This API key is not valid or has been revoked.") from None
        if api_key.has_expired:
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
    """Clients without a key, counted per IP address."""

    scope = "anonymous"

    def get_cache_key(self, request, view):
        if has_api_key(request) or (request.user and request.user.is_authenticated):
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


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
    while DEBUG (the dev settings), so production answers a browser with JSON."""

    def select_renderer(self, request, renderers_, format_suffix=None):
        if not settings.DEBUG:
            renderers_ = [r for r in renderers_ if not isinstance(r, renderers.BrowsableAPIRenderer)] or renderers_
        return super().select_renderer(request, renderers_, format_suffix)
