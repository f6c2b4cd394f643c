"""Cross-origin reads of the API from the browsers of configured sites (django-cors-headers).

Off by default: with API_CORS_ORIGINS empty the middleware does nothing at all (no header, not even
`Vary: Origin`). With origins named, requests under /api/ from those origins get
Access-Control-Allow-Origin (and a preflight its answer here, before the API counts it against a rate
limit); no other path and no other origin does. Keys travel in the Authorization header, never in
cookies, so credentials are not allowed.
"""

from corsheaders.middleware import CorsMiddleware
from django.conf import settings


class APICorsMiddleware(CorsMiddleware):
    def is_enabled(self, request):
        return bool(settings.CORS_ALLOWED_ORIGINS) and super().is_enabled(request)
