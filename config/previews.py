"""A preview on an HTTPS-only site is rendered as the HTTPS page it previews.

Wagtail renders a preview through the whole middleware chain as a made-up request for the page's own
address, whose scheme it takes from the page's Site: http on any port but 443. On a site served over
HTTPS on another port (a staging server on :8443) Django's HTTPS redirect then answered the preview
with a redirect to the public address, and the live preview panel showed "Not found". With
SECURE_SSL_REDIRECT on, every real request is HTTPS, so the made-up one is marked HTTPS too (before
SecurityMiddleware sees it), and links the preview builds from the request say https.
"""

from django.conf import settings


class PreviewSchemeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # `is_dummy`: set by Wagtail on the request a preview is rendered for.
        if settings.SECURE_SSL_REDIRECT and getattr(request, "is_dummy", False):
            request.META["wsgi.url_scheme"] = "https"
        return self.get_response(request)
