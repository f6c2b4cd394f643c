"""Browser tests: Playwright driving Debian's Chromium (the `browser` fixture, tests/conftest.py)
against a live test server. They never skip: without Chromium they fail and say how to install it.
"""

import pytest

from guides.demo.load import load_demo


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
