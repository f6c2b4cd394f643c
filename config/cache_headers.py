"""The one place that decides Cache-Control for every response.

Public caching is opted into per route: config/urls.py wraps the routes a shared cache (a CDN) may
keep in `cache_publicly(...)`, which names how long and on what else the answer varies. Everything
else (the admin, health checks, documents, unknown addresses, anything new) is `private, no-store`.

Even on a public route the answer is private when it is not the same for every reader: a preview,
a signed-in user, a request with a session cookie or an Authorization header (an API key), a form
post, and any response that sets a cookie (a CSRF token shared through a CDN would be every visitor's
token). Public answers always `Vary: Cookie`, since a session cookie turns them private.

Pages may be kept for PUBLIC_PAGE_CACHE_SECONDS (whatever publishes content purges the pages it
changed); routes that no purge lists (data downloads, the API) are public but revalidated.
"""

from dataclasses import dataclass
from functools import wraps
from urllib.parse import urlsplit

from django.conf import settings
from django.urls import Resolver404, URLPattern, URLResolver, resolve
from django.utils.cache import patch_cache_control, patch_vary_headers

NEVER_CACHED_PREFIXES = ("/admin/", "/django-admin/")
PUBLIC_STATUSES = (200, 301, 304, 404)


@dataclass(frozen=True)
class PublicCaching:
    shared: bool  # kept for PUBLIC_PAGE_CACHE_SECONDS (purged on publish) rather than revalidated
    vary: tuple[str, ...]


def cache_publicly(routes, *, shared=False, vary=()):
    """Mark a view, a list of URL patterns or an `include(...)` as publicly cacheable.

    shared: a CDN may keep it for PUBLIC_PAGE_CACHE_SECONDS (only for what publishing purges);
    otherwise it is public but revalidated on every request. vary: request headers the answer
    depends on, besides Cookie.
    """
    policy = PublicCaching(shared=shared, vary=("Cookie", *vary))
    return _mark(routes, policy)


def _mark(routes, policy):
    if isinstance(routes, URLPattern):
        return URLPattern(routes.pattern, _mark(routes.callback, policy), routes.default_args, routes.name)
    if isinstance(routes, URLResolver):
        return URLResolver(
            routes.pattern,
            _mark(routes.url_patterns, policy),
            routes.default_kwargs,
            routes.app_name,
            routes.namespace,
        )
    if isinstance(routes, tuple):  # what include() returns: (urlconf module or list, app_name, namespace)
        urlconf, app_name, namespace = routes
        patterns = getattr(urlconf, "urlpatterns", urlconf)
        return (_mark(list(patterns), policy), app_name, namespace)
    if isinstance(routes, list):
        return [_mark(route, policy) for route in routes]

    view = routes

    @wraps(view)
    def publicly_cacheable_view(*args, **kwargs):
        return view(*args, **kwargs)

    publicly_cacheable_view.public_caching = policy
    return publicly_cacheable_view


def route_policy(request, response):
    """The public-caching policy of the route that answered, or None for a private route."""
    match = getattr(request, "resolver_match", None)
    if match is None and response.status_code == 301 and "Location" in response:
        # The trailing-slash redirect (CommonMiddleware) answers before any view: it is as public as
        # the page it points to.
        try:
            match = resolve(urlsplit(response["Location"]).path)
        except Resolver404:
            return None
    return getattr(match.func, "public_caching", None) if match else None


class CacheHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = route_policy(request, response)
        if policy is None or self._is_private(request, response):
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_store=True)
        elif "Cache-Control" not in response.headers:
            shared_seconds = settings.PUBLIC_PAGE_CACHE_SECONDS
            if policy.shared and shared_seconds:
                patch_cache_control(response, public=True, max_age=0, s_maxage=shared_seconds)
            else:
                patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
            patch_vary_headers(response, policy.vary)
        return response

    @staticmethod
    def _is_private(request, response):
        user = getattr(request, "user", None)
        return (
            request.path.startswith(NEVER_CACHED_PREFIXES)
            or getattr(request, "is_preview", False)
            or request.method not in ("GET", "HEAD")
            or response.status_code not in PUBLIC_STATUSES
            or bool(user and user.is_authenticated)
            # An API key (or any credential) makes the answer the client's own.
            or "HTTP_AUTHORIZATION" in request.META
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or bool(response.cookies)
        )
