"""A reader on the deployed site: home, the demo guide with every picture, the guide again as the page
cache keeps it, and a discovery call booked from the guide's call to action."""

import pytest

pytestmark = pytest.mark.journey

DEMO_GUIDE_TITLE = "Backend frameworks compared: a fair 2026 guide to choosing one"


def images_on(page):
    """[(address, loaded width)] of every image on the page, once each has loaded or failed."""
    page.wait_for_load_state("load")
    return page.eval_on_selector_all("img", "images => images.map(image => [image.currentSrc, image.naturalWidth])")


def test_from_home_to_the_demo_guide_every_image_loads_with_no_console_error(deployed_stack, reader):
    reader.goto(f"{deployed_stack.url}/")
    home_images = images_on(reader)
    reader.get_by_role("link", name=DEMO_GUIDE_TITLE).first.click()
    reader.wait_for_url("**/guides/backend-frameworks-compared/")
    guide_images = images_on(reader)

    assert reader.get_by_role("heading", level=1).inner_text() == DEMO_GUIDE_TITLE
    media = [src for src, _ in home_images + guide_images if src.startswith(deployed_stack.media_url)]
    assert len(media) >= 1
    assert [src for src, width in home_images + guide_images if width == 0] == []
    assert reader.problems == []


def test_a_returning_reader_gets_the_kept_guide_in_brotli_with_the_media_origin_preconnected(browser, deployed_stack):
    """Each visit in a browser of its own (no HTTP cache): the page cache makes the Brotli copy once a
    browser accepting it has been answered, so within a visit or two every reader gets it."""
    visits = []
    for _ in range(4):
        context = browser.new_context(ignore_https_errors=True)
        page = context.new_page()
        response = page.goto(f"{deployed_stack.url}/guides/backend-frameworks-compared/")
        visits.append(
            (
                response.headers.get("x-page-cache"),
                response.headers.get("content-encoding"),
                page.get_by_role("heading", level=1).inner_text(),
                page.locator('link[rel="preconnect"]').get_attribute("href"),
            )
        )
        context.close()
        if visits[-1][:2] == ("hit", "br"):
            break

    assert visits[-1] == ("hit", "br", DEMO_GUIDE_TITLE, deployed_stack.media_url)


def test_a_reader_books_a_discovery_call_from_the_guide_and_is_thanked(deployed_stack, reader):
    reader.goto(f"{deployed_stack.url}/guides/backend-frameworks-compared/")
    reader.get_by_role("link", name="Book a 30-minute discovery call").last.click()
    reader.wait_for_url("**/book-a-discovery-call/**")
    reader.get_by_label("Name", exact=True).fill("Ada Byron")
    reader.get_by_label("Work e-mail").fill("ada@example.com")
    reader.get_by_label("Company").fill("Analytical Engines")
    reader.get_by_label("What would you like to talk about?").fill("Moving our API from Express to something typed.")
    reader.get_by_role("checkbox").check()
    reader.wait_for_timeout(3500)  # a person takes longer than the time trap's three seconds
    reader.get_by_role("button", name="Request my call").click()

    reader.wait_for_url("**/book-a-discovery-call/thanks/**")
    assert reader.get_by_role("heading", level=1).inner_text() == "Thank you, we have your request"
