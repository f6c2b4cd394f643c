"""WSGI entry point. Production settings unless DJANGO_SETTINGS_MODULE says otherwise (manage.py, and so
`make run`, choose development settings), so a server started without it is never in debug mode.

A server refuses to start when `collectstatic` has not written the static manifest: otherwise every
page would fail at request time when it asks for the stylesheet's hashed name.

Every URL module (and what they import: the API, its spreadsheet writer, Wagtail's admin) is imported
as the server starts, so no worker's first reader waits for it (~0.4 s of a first request).
"""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
application = get_wsgi_application()

from config.static_manifest import require_static_manifest  # noqa: E402 - needs the settings loaded

require_static_manifest()

from django.urls import reverse  # noqa: E402

reverse("healthz")  # reversing any name imports the whole URLconf, every include with it
