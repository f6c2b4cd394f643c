"""The API's documentation page, /api/docs/ (Swagger UI from drf-spectacular, with our own assets).

drf-spectacular's split view serves the script that starts Swagger UI from its own address
(/api/docs/?script=) instead of inline, so the page runs under settings.API_DOCS_CONTENT_SECURITY_POLICY,
which allows scripts from our origin only (no 'unsafe-inline'). drf-spectacular also answers with
`Cross-Origin-Opener-Policy: unsafe-none`, so that an OAuth2 sign-in popup may talk back to it; this
API signs in with keys, never OAuth2, so the page keeps the site's own same-origin policy.
"""

from django.conf import settings
from drf_spectacular.views import SpectacularSwaggerSplitView


class APIDocsView(SpectacularSwaggerSplitView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        response["Cross-Origin-Opener-Policy"] = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
        return response
