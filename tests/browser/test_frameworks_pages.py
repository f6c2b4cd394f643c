"""Readers explore /frameworks/ in Chromium: sort and filter with or without JavaScript, on a phone
without sideways scrolling, by keyboard; axe-core finds nothing wrong with either page type."""

import pytest
from django.core.management import call_command

from tests.browser.test_accessibility import axe_violations
from tests.frameworks.factories import FrameworkIndexPageFactory, comparison_records

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
CELLS_OUTSIDE_THE_SCREEN = """() => Array.from(document.querySelectorAll('.comparison__table :is(th, td)'))
    .map(cell => cell.getBoundingClientRect())
    .filter(box => box.width > 1 && (box.left < 0 || box.right > window.innerWidth)).length"""


@pytest.fixture
def comparison_site(live_server, transactional_db):
    # Transactional tests start from whatever the test before committed (the demo content, say).
    call_command("flush", interactive=False, verbosity=0)
    comparison_records()
    FrameworkIndexPageFactory()
    return live_server


def row_names(page):
    return page.locator(".comparison__table tbody th").all_inner_texts()


@pytest.mark.parametrize("javascript", [True, False], ids=["with JavaScript", "without JavaScript"])
def test_a_reader_sorts_and_filters_the_comparison_on_a_phone(comparison_site, browser, javascript):
    context = browser.new_context(viewport=PHONE, is_mobile=True, java_script_enabled=javascript)
    page = context.new_page()
    page.goto(f"{comparison_site.url}/frameworks/")

    page.get_by_label("Sort by", exact=True).select_option(label="Learning curve")
    page.get_by_label("Order", exact=True).select_option(label="Z to A, high to low")
    page.get_by_role("button", name="Show frameworks").click()
    page.wait_for_url("**/frameworks/?*sort=learning-curve*")
    assert row_names(page) == ["Django", "Gin", "Express", "FastAPI", "Flask", "Node.js"]

    page.get_by_label("Language", exact=True).select_option(label="Python")
    page.get_by_role("button", name="Show frameworks").click()
    page.wait_for_url("**language=python**")
    assert row_names(page) == ["Django", "FastAPI", "Flask"]

    page.get_by_label("Language", exact=True).select_option(label="Any language")
    page.get_by_label("Use case", exact=True).select_option(label="API-heavy / microservices")
    page.get_by_role("button", name="Show frameworks").click()
    page.wait_for_url("**use-case=api-heavy-microservices**")
    assert row_names(page) == ["Gin", "Express", "FastAPI"]
    assert page.locator(".comparison__table caption").inner_text() == (
        "Frameworks compared, sorted by Learning curve (descending). Sort by a column heading, or by “Sort by” above."
    )

    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert page.evaluate(CELLS_OUTSIDE_THE_SCREEN) == 0
    # Each cell of a card shows its column's name beside its value (hidden from screen readers, which hear the header).
    labels = page.evaluate(
        "Array.from(document.querySelectorAll('.comparison__table tbody tr:first-child td'))"
        ".map(cell => getComputedStyle(cell, '::before').content)"
    )
    assert labels == [
        '"Kind" / ""',
        '"Language" / ""',
        '"Runtime" / ""',
        '"Learning curve" / ""',
        '"Raw performance" / ""',
    ]
    context.close()


def test_a_keyboard_user_sorts_by_a_column_heading_and_hears_the_order(comparison_site, page):
    page.set_viewport_size({"width": 1366, "height": 900})
    page.goto(f"{comparison_site.url}/frameworks/")
    for _ in range(60):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.textContent") == "Raw performance⇅":
            break
    assert page.evaluate("document.activeElement.closest('th') !== null")
    assert page.evaluate("getComputedStyle(document.activeElement).outlineStyle") == "solid"

    page.keyboard.press("Enter")
    page.wait_for_url("**/frameworks/?sort=raw-performance")
    heading = page.get_by_role("columnheader", name="Raw performance")
    assert heading.get_attribute("aria-sort") == "ascending"
    assert row_names(page) == ["FastAPI", "Express", "Django", "Gin", "Flask", "Node.js"]

    heading.get_by_role("link").focus()
    page.keyboard.press("Enter")
    page.wait_for_url("**/frameworks/?sort=raw-performance&order=desc")
    assert page.get_by_role("columnheader", name="Raw performance").get_attribute("aria-sort") == "descending"
    assert row_names(page) == ["Gin", "Django", "Express", "FastAPI", "Flask", "Node.js"]


def test_the_comparison_and_profiles_have_no_accessibility_violations_wide_or_narrow(demo_site, browser):
    paths = [
        "/frameworks/",
        "/frameworks/?language=python&sort=learning-curve&order=desc",
        "/frameworks/?sort=share&order=desc",
        "/frameworks/django/",
        "/frameworks/nodejs/",
        "/guides/backend-frameworks-compared/",
    ]
    for viewport in ({"width": 1366, "height": 900}, PHONE):
        context = browser.new_context(viewport=viewport)
        assert axe_violations(context.new_page(), demo_site.url, paths) == {}, viewport
        context.close()


def test_the_demo_comparison_fits_a_phone(demo_site, browser):
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    page = context.new_page()
    for path in ("/frameworks/", "/frameworks/?sort=share&order=desc", "/frameworks/django/"):
        page.goto(f"{demo_site.url}{path}")
        assert page.evaluate("document.documentElement.scrollWidth") <= 390, path
        assert page.evaluate(CELLS_OUTSIDE_THE_SCREEN) == 0, path
    context.close()
