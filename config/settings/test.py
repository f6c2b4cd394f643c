"""Test runs: the database still comes from DATABASE_URL (SQLite by default, PostgreSQL in CI)."""

import os
import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-secret-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# One folder per test process: pytest-xdist's workers (make test runs two) and a PostgreSQL run beside
# a SQLite one must not delete each other's files.
MEDIA_ROOT = BASE_DIR / ".test-media" / os.environ.get("PYTEST_XDIST_WORKER", "main")  # noqa: F405
WAGTAILADMIN_BASE_URL = "http://testserver"

# The benchmarks, volume generators and load tools (devtools/) and their tests: as in dev, never in production.
INSTALLED_APPS = [*INSTALLED_APPS, "devtools"]  # noqa: F405

# Keeping the search index current on every save costs a fifth of the suite's time, and only tests
# about search need it: they turn it back on with the `search_index` fixture (tests/conftest.py).
WAGTAILSEARCH_BACKENDS = {"default": {**WAGTAILSEARCH_BACKENDS["default"], "AUTO_UPDATE": False}}  # noqa: F405

# Tasks run as they are enqueued, so a test sees their effect at once; a test about the queue itself
# switches to the database backend with `settings.TASKS`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Tests run without collectstatic: WhiteNoise looks files up per request instead of scanning STATIC_ROOT.
WHITENOISE_AUTOREFRESH = True

# Tests roll back, so two tests can reach the same data version: answers are not kept between them
# (tests about the kept answers turn it on with `settings.API_RESPONSE_CACHE_SECONDS`).
API_RESPONSE_CACHE_SECONDS = 0

# Tests roll back, so two tests can render the same address with different content: pages are not kept
# between them (tests about the page cache turn it on with `settings.PAGE_CACHE_SECONDS`).
PAGE_CACHE_SECONDS = 0

# SQLite test runs use a file, as `make run` does, not Django's shared in-memory database: there a
# write by one thread locks whole tables against every other connection (the scheduler's thread, the
# live server's), which a file in WAL mode never does. One file per test process.
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(Path(tempfile.gettempdir()) / f"guides-test-{os.getpid()}.sqlite3"),
    }
