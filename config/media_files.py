"""Media served by the app itself when they are on this machine's disk (no bucket): a single-machine
production set-up (gunicorn alone, or behind a proxy that forwards everything) shows its images.

Django's static-file view streams the file (gunicorn hands it to sendfile) and answers conditional
requests (Last-Modified, 304). The answer is public but revalidated (config/cache_headers.py), and
gets the public pages' Content-Security-Policy, which runs nothing. Documents are not served here:
their files live under documents/ in the same folder, and Wagtail serves each through
/documents/<id>/<name>, which checks its collection's privacy; a direct file URL would skip that.

Set MEDIA_SERVED_BY_APP=false when a web server in front serves MEDIA_ROOT (README "Deploying").
"""

from django.conf import settings
from django.core.exceptions import SuspiciousFileOperation
from django.http import Http404
from django.views.static import serve

PRIVATE_FOLDERS = ("documents/",)


def serve_media(request, path):
    if path.startswith(PRIVATE_FOLDERS):
        raise Http404("Documents are served at /documents/<id>/<name>.")
    try:
        return serve(request, path, document_root=settings.MEDIA_ROOT)
    except SuspiciousFileOperation:  # a path that leads out of MEDIA_ROOT
        raise Http404("No such file.") from None
