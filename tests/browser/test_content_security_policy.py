"""Public pages render in Chromium under their Content-Security-Policy (config/security_headers.py) with
no violation reported: the stylesheet applies, the JSON-LD data blocks are not blocked (the policy
allows no inline script, but data blocks are never run, so they are not its business), and the
editors' admin pages work under the admin policy (the editor journey tests cover that)."""

from tests.conftest import DEMO_GUIDE_URL

PAGES = ["/", "/guides/", DEMO_GUIDE_URL, "/frameworks/", "/frameworks/flask/", "/authors/kanika-mathur/"]


def test_public_pages_render_under_their_policy_without_a_violation(demo_site, page):
    reports = []
    page.on("console", lambda message: reports.append(message.text))
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
    assert rendered == {path: (200, True, True, True, True) for path in PAGES}
    assert [report for report in reports if "Content Security Policy" in report] == []
