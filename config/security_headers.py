"""Security headers on every response: Content-Security-Policy, Permissions-Policy and
Cross-Origin-Resource-Policy (Django's SecurityMiddleware adds nosniff, Referrer-Policy, COOP and HSTS).

Public pages get settings.CONTENT_SECURITY_POLICY, which allows no script at all; the admin, whose
widgets write inline scripts (without nonces), gets the looser settings.ADMIN_CONTENT_SECURITY_POLICY,
except the pages before sign-in, which have none (settings.ADMIN_SIGN_IN_CONTENT_SECURITY_POLICY),
and the API docs page settings.API_DOCS_CONTENT_SECURITY_POLICY: Swagger UI's scripts from our origin
only (see README "Security"). Where media are served from another origin (a bucket, a CDN), every
policy's img-src allows exactly that origin (renditions/origin.py). A preview is the public page's policy
framed by the admin's own origin (settings.PREVIEW_CONTENT_SECURITY_POLICY): Wagtail renders it
through the whole middleware chain as a request for the page's own address, which the live preview
panel then frames.
"""

from csp.middleware import CSPMiddleware
from django.conf import settings

from renditions.origin import media_origin


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(settings.ADMIN_SIGN_IN_PREFIXES):
            parts.config = settings.ADMIN_SIGN_IN_CONTENT_SECURITY_POLICY
        elif request.path_info.startswith(tuple(settings.ADMIN_CONTENT_SECURITY_POLICY_PREFIXES)):
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        elif request.path_info == "/api/docs/":
            parts.config = settings.API_DOCS_CONTENT_SECURITY_POLICY
        elif getattr(request, "is_preview", False):
            parts.config = settings.PREVIEW_CONTENT_SECURITY_POLICY
        origin = media_origin()
        if origin:
            parts.update = {**(parts.update or {}), "img-src": [origin]}
        return parts


class BrowserPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        response.headers.setdefault("Cross-Origin-Resource-Policy", settings.CROSS_ORIGIN_RESOURCE_POLICY)
        return response
