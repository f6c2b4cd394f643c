"""Rate limit on page-view-restriction passwords (Wagtail's "private, password" pages).

Wagtail checks such a password at one view and counts nothing, so a guesser could try as fast as the
server answers. Each client address gets settings.PAGE_PASSWORD_ATTEMPTS_PER_MINUTE tries a minute
for each restriction; further tries answer 429 without checking the password. Counts are kept in the
cache: with the cache unreachable the limit lapses rather than locking every reader out.
"""

import time

from django.conf import settings
from django.core.cache import cache
from django.template.response import TemplateResponse
from django.urls import Resolver404, resolve

PASSWORD_VIEW = "wagtailcore_authenticate_with_password"
WINDOW_SECONDS = 60


class PagePasswordRateLimitMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.method != "POST" or not _is_password_view(request):
            return None
        window = int(time.time() // WINDOW_SECONDS)
        restriction = view_kwargs.get("page_view_restriction_id")
        key = f"page-password-attempts:{restriction}:{request.META.get('REMOTE_ADDR', '')}:{window}"
        try:
            cache.add(key, 0, WINDOW_SECONDS)
            attempts = cache.incr(key)
        except ValueError:  # the cache lost the key (or is unreachable): count this try as the first
            attempts = 1
        if attempts > settings.PAGE_PASSWORD_ATTEMPTS_PER_MINUTE:
            response = TemplateResponse(request, "too_many_attempts.html", status=429)
            response["Retry-After"] = str(WINDOW_SECONDS - int(time.time()) % WINDOW_SECONDS)
            return response
        return None


def _is_password_view(request):
    match = getattr(request, "resolver_match", None)
    if match is None:
        try:
            match = resolve(request.path_info)
        except Resolver404:
            return False
    return match.url_name == PASSWORD_VIEW
