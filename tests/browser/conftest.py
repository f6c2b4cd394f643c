"""Browser tests: Playwright driving Debian's Chromium against a live test server.

They never skip: without Chromium they fail and say how to install it.
"""

import os
import shutil

import pytest
from playwright.sync_api import sync_playwright

from guides.demo.load import load_demo

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


@pytest.fixture
def demo_site(live_server, transactional_db):
    """The live server with the demo content (transactional tests start from an empty database)."""
    load_demo(log=lambda line: None)
    from wagtail.models import Site

    Site.objects.filter(is_default_site=True).update(hostname="localhost", port=live_server.url.rsplit(":", 1)[1])
    return live_server


@pytest.fixture
def page(browser):
    # Playwright's wait_for_function runs its predicate with eval, which the site's Content-Security-
    # Policy forbids; the policy itself is tested with contexts that keep it (test_content_security_policy.py).
    context = browser.new_context(bypass_csp=True)
    page = context.new_page()
    yield page
    context.close()
