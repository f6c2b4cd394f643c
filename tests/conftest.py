"""Shared fixtures and the order tests run in.

Most tests build what they are about with the factories (tests/*/factories.py) on an empty
database. Only tests about the demo guide as a reader sees it ask for `demo_content`: it is
loaded once, the first time a test asks, and each test rolls back to it. Rolled-back tests that
do not use it run first, so they never see it; transactional tests run last, each on an empty
database (the first one empties it of the demo content, the others follow a flush) and build or
load what they need. SQLite runs build the
tables straight from the models (no migrations to replay); PostgreSQL runs, as in CI, apply every
migration.
"""

import os
import shutil
from contextlib import contextmanager
from importlib import import_module

import pytest
from django.core.cache import caches
from django.core.cache.backends.locmem import LocMemCache
from django.core.management import call_command
from django.db import connection
from django.db.migrations import RunSQL, SeparateDatabaseAndState
from playwright.sync_api import sync_playwright

from guides.demo.load import load_demo
from guides.models import GuidePage
from page_cache import purge

DEMO_GUIDE_SLUG = "backend-frameworks-compared"
DEMO_GUIDE_URL = f"/guides/{DEMO_GUIDE_SLUG}/"


@pytest.fixture
def django_capture_on_commit_callbacks(django_capture_on_commit_callbacks):
    """pytest-django's, but the block under test is its own transaction for purging: a test's setup
    never commits, so its pending purge would otherwise swallow the paths the block purges."""

    @contextmanager
    def capture(**kwargs):
        purge._pending.batch = None
        with django_capture_on_commit_callbacks(**kwargs) as callbacks:
            yield callbacks

    return capture


@pytest.fixture(autouse=True)
def empty_local_caches():
    """Each test rolls the database back, and the caches must follow: a value a test left in them,
    keyed by a row's id, would meet the next test's row of the same id (SQLite hands out ids again).
    Only in-process caches are emptied; a test using Redis works on a database of its own."""
    yield
    for cache in caches.all(initialized_only=True):
        if isinstance(cache, LocMemCache):
            cache.clear()


@pytest.fixture(scope="session")
def django_db_use_migrations():
    return connection.vendor != "sqlite"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Without migrations, SQLite gets a plain table where Wagtail's search migration makes a
    full-text one with raw SQL; replay just that SQL (undo, then do) so search works as it does on a
    migrated database."""
    if connection.vendor == "sqlite":
        migration = import_module("wagtail.search.migrations.0006_customise_indexentry").Migration
        with django_db_blocker.unblock(), connection.cursor() as cursor:
            for operation in migration.operations:
                if isinstance(operation, SeparateDatabaseAndState):
                    for sql in operation.database_operations:
                        if isinstance(sql, RunSQL):
                            cursor.execute(sql.reverse_sql)
                            cursor.execute(sql.sql)


# Whether the demo content is committed in this process's test database (transactional tests flush it).
_demo_content_committed = False


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    global _demo_content_committed
    with django_db_blocker.unblock():
        load_demo(log=lambda line: None)
    _demo_content_committed = True


@pytest.fixture(autouse=True)
def transactional_tests_start_empty(request, django_db_blocker):
    """The first transactional test after the demo tests would otherwise start on the committed demo
    content (its own records would collide with the demo's), the later ones on an empty database."""
    global _demo_content_committed
    if _demo_content_committed and _is_transactional(request.node):
        with django_db_blocker.unblock():
            call_command("flush", interactive=False, verbosity=0)
        _demo_content_committed = False


@pytest.fixture
def search_index(settings):
    """Keep the search index current on every save, as production does (tests skip it otherwise)."""
    backend = settings.WAGTAILSEARCH_BACKENDS["default"]
    settings.WAGTAILSEARCH_BACKENDS = {"default": {**backend, "AUTO_UPDATE": True}}


@pytest.fixture
def demo_guide(demo_content, db):
    return GuidePage.objects.get(slug=DEMO_GUIDE_SLUG)


@pytest.fixture
def guide_html(client, demo_guide):
    response = client.get(DEMO_GUIDE_URL)
    assert response.status_code == 200
    return response.content.decode()


def _is_transactional(item):
    marker = item.get_closest_marker("django_db")
    fixtures = getattr(item, "fixturenames", ())
    return bool(
        (marker and (marker.kwargs.get("transaction") or marker.kwargs.get("reset_sequences")))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    )


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Rolled-back tests on an empty database first, then those on the demo content, then the
    transactional ones (browser tests), which flush the database when they end. Transactional
    tests go last, as in Django's own runner: a live server that has served a request before the
    demo tests run holds a connection that stops PostgreSQL dropping the test database."""

    def order(item):
        fixtures = getattr(item, "fixturenames", ())
        uses_db = item.get_closest_marker("django_db") is not None or "db" in fixtures or _is_transactional(item)
        return (not uses_db, _is_transactional(item), "demo_content" in fixtures)

    items.sort(key=order)


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On CI a skipped test is a failed test: nothing (a browser test least of all) may pass unseen."""
    outcome = yield
    report = outcome.get_result()
    # The one exception: a test that needs migrations replayed, skipped by the SQLite run that CI makes
    # beside its PostgreSQL run (.ci/run), where it runs.
    runs_elsewhere = item.get_closest_marker("postgresql_only") and connection.vendor == "sqlite"
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail") and not runs_elsewhere:
        report.outcome = "failed"
        report.longrepr = f"Skipped on CI, which counts as a failure: {report.longrepr}"


# Browsers: Debian's Chromium through Playwright, for tests/browser/ and tests/journeys/. -----------------
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]

# Playwright's sync API runs an event loop in this thread; the ORM calls the tests make around it are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not (os.path.exists(CHROMIUM) or shutil.which(CHROMIUM)):
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `apt-get install -y chromium` (make test does this).")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield browser
        browser.close()
