"""axe-core finds no accessibility violations on the pages readers use."""

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.guides.factories import guide_showing_every_block_twice

pytestmark = pytest.mark.browser

AXE_OPTIONS = {"resultTypes": ["violations"], "runOnly": ["wcag2a", "wcag2aa", "best-practice"]}
PAGES = [
    "/",
    "/guides/",
    "/guides/backend-frameworks-compared/",
    "/guides/django-vs-flask/",
    "/authors/",
    "/authors/kanika-mathur/",
    "/case-studies/",
    "/case-studies/live-shipment-tracking-for-a-freight-carrier/",
    "/services/custom-software-development/",
]


def axe_violations(page, base_url, paths):
    """{path: [(rule, first targets)]} for every path axe-core finds a violation on."""
    axe = Axe()
    found = {}
    for path in paths:
        response = page.goto(f"{base_url}{path}")
        assert response.status == 200, path
        violations = axe.run(page, options=AXE_OPTIONS).response["violations"]
        if violations:
            found[path] = [(v["id"], [node["target"] for node in v["nodes"]][:3]) for v in violations]
    return found


def test_reader_pages_have_no_accessibility_violations(demo_site, page):
    assert axe_violations(page, demo_site.url, PAGES) == {}


def test_a_guide_with_two_of_every_block_has_no_accessibility_violations(live_server, transactional_db, page):
    guide_showing_every_block_twice()
    assert axe_violations(page, live_server.url, ["/guides/twice-over/"]) == {}


def test_the_guide_reads_well_on_a_phone(demo_site, browser):
    context = browser.new_context(viewport={"width": 375, "height": 800}, is_mobile=True)
    phone = context.new_page()
    phone.goto(f"{demo_site.url}/guides/backend-frameworks-compared/")
    # Nothing but the tables' own scroll regions may be wider than the screen.
    overflow = phone.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert overflow <= 375
