"""A reader books a discovery call in Chromium, from the demo guide's call to action to the
confirmation, with JavaScript off (the page needs none); sales then find it with its source."""

from datetime import date, timedelta

import pytest
from axe_playwright_python.sync_playwright import Axe

from bookings.models import DiscoveryCallRequest

pytestmark = pytest.mark.browser
GUIDE = "/guides/backend-frameworks-compared/"


@pytest.fixture
def no_js_page(browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 390, "height": 844})
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def booking_settings(settings):
    from django.core.cache import cache

    cache.clear()
    settings.BOOKINGS_FORM_MIN_SECONDS = 0  # a script fills the form faster than a person


def test_a_reader_books_a_call_from_the_demo_guides_cta_and_sales_see_its_source(
    demo_site, booking_settings, no_js_page, tmp_path
):
    page = no_js_page
    page.goto(f"{demo_site.url}{GUIDE}")
    page.locator(".cta-band a.button").click()
    page.wait_for_url("**/book-a-discovery-call/?guide=*")
    assert page.locator("h1").inner_text() == "Book a discovery call"

    page.get_by_label("Name").fill("Ada Byron")
    page.get_by_label("Work e-mail").fill("ada@example.com")
    page.get_by_label("Company").fill("Analytical Engines Ltd")
    page.get_by_label("Role").fill("CTO")
    page.get_by_label("What would you like to talk about?").fill("Moving our API to a typed framework.")
    page.get_by_label("Your time zone").select_option("Europe/London")
    day = (date.today() + timedelta(days=5)).isoformat()
    window = page.get_by_role("group", name="Window 1")
    window.get_by_label("Preferred day 1").fill(day)
    window.get_by_label("From").fill("10:00")
    window.get_by_label("Until").fill("11:00")
    page.get_by_label("I agree to be contacted").check()
    page.screenshot(path=str(tmp_path / "booking-form-390.png"), full_page=True)
    page.get_by_role("button", name="Request my call").click()

    page.wait_for_url("**/book-a-discovery-call/thanks/?request=*")
    assert page.locator("h1").inner_text() == "Thank you, we have your request"
    assert page.get_by_role("heading", name="What happens next").is_visible()
    assert "10:00" in page.locator("section[aria-labelledby=windows-heading] li").inner_text()
    with page.expect_download() as download:
        page.get_by_role("link", name="Add to my calendar (.ics)").click()
    assert download.value.suggested_filename == "discovery-call.ics"
    page.screenshot(path=str(tmp_path / "booking-thanks-390.png"), full_page=True)

    booking = DiscoveryCallRequest.objects.select_related("source_guide", "source_cta").get()
    assert booking.source_guide.slug == "backend-frameworks-compared"
    assert booking.source_cta.name == "Discovery call"
    assert booking.name == "Ada Byron"


def test_an_empty_form_names_each_missing_field_without_javascript(demo_site, booking_settings, no_js_page):
    page = no_js_page
    page.goto(f"{demo_site.url}/book-a-discovery-call/")
    page.get_by_role("button", name="Request my call").click()
    summary = page.get_by_role("alert")
    assert summary.is_visible()
    assert summary.get_by_role("link").all_inner_texts() == [
        "Name: Please enter your name.",
        "Work e-mail: Please enter your work e-mail address.",
        "Company: Please enter your company.",
        "What would you like to talk about?: Please tell us what you would like to talk about.",
        "Consent: Please agree to be contacted, or we cannot get back to you.",
    ]
    assert DiscoveryCallRequest.objects.count() == 0


def test_the_booking_page_has_no_accessibility_violations(demo_site, booking_settings, page):
    page.goto(f"{demo_site.url}/book-a-discovery-call/")
    results = Axe().run(page)
    assert results.response["violations"] == []
