"""Pages render in Chromium under their Content-Security-Policy (config/security_headers.py) with no
violation reported. Public pages: the stylesheet applies and the JSON-LD data blocks are not
blocked (the policy allows no inline script, but data blocks are never run). The admin, under its
looser policy: the sign-in, the dashboard and a page editor load without a violation or script error.

These tests open their own browser context that keeps the policy (the shared `page` fixture
bypasses it for Playwright's own helpers).
"""

import pytest
from django.contrib.auth import get_user_model

from guides.models import GuidePage
from tests.conftest import DEMO_GUIDE_URL

PAGES = ["/", "/guides/", DEMO_GUIDE_URL, "/frameworks/", "/frameworks/flask/", "/authors/kanika-mathur/"]
PASSWORD = "a long editor password"


@pytest.fixture
def page_under_csp(browser):
    context = browser.new_context()
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.problems = problems
    yield page
    context.close()


def test_public_pages_render_under_their_policy_without_a_violation(demo_site, page_under_csp):
    page = page_under_csp
    rendered = {}
    for path in PAGES:
        response = page.goto(demo_site.url + path)
        rendered[path] = (
            response.status,
            "script-src 'self';" in response.headers["content-security-policy"] + ";",
            # The stylesheet applied: its rules are readable and the page's text is not the browser's serif.
            page.evaluate("[...document.styleSheets].reduce((n, sheet) => n + sheet.cssRules.length, 0) > 50"),
            page.evaluate("getComputedStyle(document.body).fontFamily") != '"Times New Roman"',
            page.locator('script[type="application/ld+json"]').count() > 0,
        )
    assert rendered == dict.fromkeys(PAGES, (200, True, True, True, True))
    assert page.problems == []


def test_the_admin_works_under_its_policy_without_a_violation(demo_site, page_under_csp):
    page = page_under_csp
    get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)
    page.goto(f"{demo_site.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{demo_site.url}/admin/")
    page.get_by_role("link", name="Pages").first.wait_for()
    guide = GuidePage.objects.get(url_path__endswith="/backend-frameworks-compared/")
    page.goto(f"{demo_site.url}/admin/pages/{guide.pk}/edit/")
    page.get_by_role("button", name="Save draft").wait_for()
    assert page.problems == []


def test_the_api_docs_run_swagger_ui_with_scripts_from_our_origin_only(live_server, page_under_csp):
    """No inline script: Swagger UI starts from /api/docs/?script= and lists the operations."""
    page = page_under_csp
    response = page.goto(f"{live_server.url}/api/docs/")
    page.locator(".opblock-tag").first.wait_for()

    assert "script-src 'self';" in response.headers["content-security-policy"] + ";"
    assert page.locator(".opblock-tag").count() >= 5
    assert page.locator(".opblock-summary-path", has_text="/api/v1/guides/").count() >= 1
    assert page.problems == []
