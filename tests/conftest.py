"""Shared fixtures: the demo content is loaded once per test session into the test database.

Each test runs in a transaction that is rolled back, so every test starts from the demo content
exactly as `manage.py load_demo` makes it. Browser tests (transactional) load it themselves.
"""

import os

import pytest

from guides.demo.load import load_demo
from guides.models import GuidePage

DEMO_GUIDE_SLUG = "backend-frameworks-compared"
DEMO_GUIDE_URL = f"/guides/{DEMO_GUIDE_SLUG}/"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_demo(log=lambda line: None)


@pytest.fixture
def demo_guide(db):
    return GuidePage.objects.get(slug=DEMO_GUIDE_SLUG)


@pytest.fixture
def guide_html(client, demo_guide):
    response = client.get(DEMO_GUIDE_URL)
    assert response.status_code == 200
    return response.content.decode()


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """On CI a skipped test is a failed test: nothing (a browser test least of all) may pass unseen."""
    outcome = yield
    report = outcome.get_result()
    if os.environ.get("CI") and report.skipped and not hasattr(report, "wasxfail"):
        report.outcome = "failed"
        report.longrepr = f"Skipped on CI, which counts as a failure: {report.longrepr}"
