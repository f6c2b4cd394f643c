"""The one place that decides Cache-Control for every response.

Public pages read by anonymous visitors may be kept by a shared cache (a CDN) for
PUBLIC_PAGE_CACHE_SECONDS; whatever publishes content purges the pages it changed, so that
figure can be long without serving stale copies. The admin, previews, signed-in users and
anything with a session or an Authorization header (an API key) never reach a shared cache, nor
does a response that sets a cookie (a CSRF token shared through a CDN would be every visitor's
token). The API (/api/) is revalidated like the data downloads and varies on Authorization.
"""

from django.conf import settings
from django.utils.cache import patch_cache_control, patch_vary_headers

NEVER_CACHED_PREFIXES = ("/admin/", "/django-admin/")
# Data downloads are built from many records and no purge lists them, so a CDN revalidates each
# request (public, but never kept for PUBLIC_PAGE_CACHE_SECONDS).
REVALIDATED_PREFIXES = ("/frameworks/data/", "/api/")
# API answers may differ by credential (a key unlocks more), so a shared cache keys them on it.
API_PREFIX = "/api/"


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if self._is_private(request, response):
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
        elif "Cache-Control" not in response.headers:
            shared_seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
            if shared_seconds and not request.path.startswith(REVALIDATED_PREFIXES):
                patch_cache_control(response, public=True, max_age=0, s_maxage=shared_seconds)
            else:
                patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            if request.path.startswith(API_PREFIX):
                patch_vary_headers(response, ["Authorization"])
        return response

    @staticmethod
    def _is_private(request, response):
        user = getattr(request, "user", None)
        return (
            request.path.startswith(NEVER_CACHED_PREFIXES)
            or getattr(request, "is_preview", False)
            or request.method not in ("GET", "HEAD")
            or response.status_code not in (200, 301, 304, 404)
            or bool(user and user.is_authenticated)
            # An API key (or any credential) makes the answer the client's own.
            or "HTTP_AUTHORIZATION" in request.META
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or bool(response.cookies)
        )
