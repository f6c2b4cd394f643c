"""A reader opens the demo guide in Chromium: chart and tables visible, contents followed, no errors."""

import pytest

pytestmark = pytest.mark.browser


def test_reader_sees_chart_and_tables_follows_the_contents_and_no_console_errors(demo_site, page):
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("requestfailed", lambda request: problems.append(f"failed: {request.url}"))

    response = page.goto(f"{demo_site.url}/guides/backend-frameworks-compared/")
    assert response.status == 200
    assert page.locator("h1").inner_text() == "Backend frameworks compared: a fair 2026 guide to choosing one"

    chart = page.locator("figure.chart svg.chart__svg--wide")
    chart.scroll_into_view_if_needed()
    assert chart.is_visible()
    assert chart.locator("rect").count() == 20  # each framework's 2025 bar and its 2024 bar above it
    box = chart.bounding_box()
    assert box["width"] > 200 and box["height"] > 100

    matrix = page.get_by_role("table", name="The 2026 backend framework landscape, compared")
    assert matrix.is_visible()
    assert matrix.get_by_role("row").count() == 12
    assert page.get_by_role("table", name="Data behind this chart").get_by_role("row").count() == 11
    assert page.get_by_role("table", name="Choosing a backend framework by project type").is_visible()

    hero = page.locator(".hero img")
    assert hero.evaluate("img => img.complete && img.naturalWidth > 0")

    page.locator("nav.toc").get_by_role("link", name="What the adoption data actually says").click()
    page.wait_for_function("location.hash === '#what-the-adoption-data-actually-says'")
    heading = page.locator("#what-the-adoption-data-actually-says")
    page.wait_for_function(
        "() => { const r = document.querySelector('#what-the-adoption-data-actually-says').getBoundingClientRect();"
        " return r.top >= 0 && r.top < window.innerHeight; }"
    )
    assert heading.is_visible()

    assert problems == []


def test_keyboard_reaches_the_contents_with_a_visible_focus_ring(demo_site, page):
    page.goto(f"{demo_site.url}/guides/backend-frameworks-compared/")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline == "solid"
