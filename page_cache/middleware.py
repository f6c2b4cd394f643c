"""Serve anonymous readers from the page cache; answer conditional requests with 304.

A request may be answered from the cache only when nothing about it can make the page its own:
a GET or HEAD, no session cookie (a signed-in editor always gets a fresh render, and so does anyone
whose session holds a message), no Authorization header, and no query parameters but the listings'
own (`page`, `category`, and a sitemap section's `p`), so made-up queries neither fill the cache nor miss it on purpose.

An answer is kept only when the route opted into shared caching (config/cache_headers.py marks it;
those are the routes whatever publishes content purges) and Cache-Control came out public. Kept
answers are gzip-compressed once; readers whose browser accepts gzip get those bytes as they are.
Once a kept page has been answered to a browser that accepts Brotli, a Brotli copy is made after
the answer has gone (a smaller page, made once, at nobody's wait) and served to such browsers after.
Every kept answer has an ETag and a Last-Modified (when it was rendered: any later change purges it),
so a reader's browser or a CDN revalidates it with a 304 and no body.
"""

import logging
from email.utils import formatdate, parsedate_to_datetime

from django.conf import settings
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from . import store

logger = logging.getLogger(__name__)

SKIPPED_PREFIXES = ("/admin/", "/api/", "/documents/", "/static/", "/media/", "/search/", "/healthz", "/readyz")
LISTING_PARAMETERS = frozenset({"page", "category", "p"})


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_SECONDS or not self._may_be_cached(request):
            return self.get_response(request)
        host, path, query = request.get_host(), request.path, self._query(request)
        entry, tokens = store.lookup(host, path, query)
        if entry is None:
            response = self.get_response(request)
            if not self._keepable(request, response):
                return response
            headers = [(name, response[name]) for name in store.KEPT_HEADERS if name in response]
            entry = store.keep(host, path, query, tokens, response.status_code, headers, response.content)
            outcome = "miss"
        else:
            outcome = "hit"
        takes_brotli = accepts(request, "br")
        answer = self._answer(request, entry, outcome, takes_brotli)
        if takes_brotli and entry.brotli_body is None:
            answer.after_close = lambda: self._add_brotli(host, path, query, entry)
        return answer

    @staticmethod
    def _add_brotli(host, path, query, entry):
        try:
            store.add_brotli(host, path, query, entry)
        except Exception:
            # A cache that fails here costs the next readers a few bytes, never an answer.
            logger.warning("Could not keep a Brotli copy of %s", path, exc_info=True)

    @staticmethod
    def _may_be_cached(request):
        return (
            request.method in ("GET", "HEAD")
            and not request.path.startswith(SKIPPED_PREFIXES)
            and settings.SESSION_COOKIE_NAME not in request.COOKIES
            and "HTTP_AUTHORIZATION" not in request.META
            and set(request.GET) <= LISTING_PARAMETERS
        )

    @staticmethod
    def _query(request):
        return "&".join(f"{name}={value}" for name, value in sorted(request.GET.items()))

    @staticmethod
    def _keepable(request, response):
        match = getattr(request, "resolver_match", None)
        policy = getattr(match.func, "public_caching", None) if match else None
        return (
            request.method == "GET"
            and response.status_code == 200
            and not response.streaming
            and not response.cookies
            and policy is not None
            and policy.shared
            and "public" in response.get("Cache-Control", "")
        )

    def _answer(self, request, entry, outcome, takes_brotli):
        if self._not_modified(request, entry):
            response = KeptAnswer(status=304)
            del response["Content-Type"]
        elif takes_brotli and entry.brotli_body is not None:
            response = KeptAnswer(entry.brotli_body, status=entry.status)
            response["Content-Encoding"] = "br"
        elif accepts(request, "gzip"):
            response = KeptAnswer(entry.body, status=entry.status)
            response["Content-Encoding"] = "gzip"
        else:
            response = KeptAnswer(entry.plain_body(), status=entry.status)
        for name, value in entry.headers:
            if name != "Content-Type" or response.status_code != 304:
                response[name] = value
        response["ETag"] = entry.etag
        response["Last-Modified"] = formatdate(entry.stored_at, usegmt=True)
        response["X-Page-Cache"] = outcome
        patch_vary_headers(response, ["Accept-Encoding"])
        response["Content-Length"] = str(len(response.content))
        if request.method == "HEAD":
            response.content = b""
        return response

    @staticmethod
    def _not_modified(request, entry):
        if_none_match = request.META.get("HTTP_IF_NONE_MATCH")
        if if_none_match is not None:
            # Weak comparison (RFC 9110 13.1.2): the Brotli, gzip and plain answers share the tag.
            tags = {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}
            return "*" in tags or entry.etag.removeprefix("W/") in tags
        if_modified_since = request.META.get("HTTP_IF_MODIFIED_SINCE")
        if if_modified_since:
            try:
                return int(entry.stored_at) <= parsedate_to_datetime(if_modified_since).timestamp()
            except (TypeError, ValueError):
                return False
        return False


class KeptAnswer(HttpResponse):
    """An answer from the page cache; `after_close` runs once the server has sent it (WSGI's close)."""

    after_close = None

    def close(self):
        super().close()
        if self.after_close is not None:
            self.after_close()


def accepts(request, coding):
    """Whether the reader's Accept-Encoding accepts this content coding (named, and not with q=0)."""
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        name, *parameters = (piece.strip() for piece in part.split(";"))
        if name.lower() != coding:
            continue
        for parameter in parameters:
            key, _, value = parameter.partition("=")
            if key.strip().lower() == "q":
                try:
                    return float(value) > 0
                except ValueError:
                    return False
        return True
    return False
