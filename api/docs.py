"""The API's documentation page, /api/docs/ (Swagger UI from drf-spectacular, with our own assets).

drf-spectacular answers it with `Cross-Origin-Opener-Policy: unsafe-none`, so that an OAuth2 sign-in
popup may talk back to it. This API signs in with keys, never OAuth2, so the page keeps the site's
own policy (settings.SECURE_CROSS_ORIGIN_OPENER_POLICY, same-origin): no other origin's window keeps
a handle on it.
"""

from django.conf import settings
from drf_spectacular.views import SpectacularSwaggerView


class APIDocsView(SpectacularSwaggerView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        response["Cross-Origin-Opener-Policy"] = settings.SECURE_CROSS_ORIGIN_OPENER_POLICY
        return response
