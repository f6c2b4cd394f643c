"""The two-factor steps after the admin's password look like Wagtail's sign-in page: its fonts, its
field and its buttons (templates/accounts/two_factor_base.html), under the sign-in pages' strict
policy (no inline style or script) with no violation reported."""

import pytest
from django.contrib.auth import get_user_model
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.site_tree import home_page

pytestmark = pytest.mark.browser

PASSWORD = "a long editor password"
# What Chromium draws an unstyled <input> and <button> with, for comparison in the failure message.
BROWSER_DEFAULT_FONT = "Arial"
STYLE_OF = """element => {
    const style = getComputedStyle(element);
    return [style.fontFamily, style.fontSize, style.borderTopWidth, style.borderTopStyle, style.borderTopColor,
            style.borderTopLeftRadius, style.backgroundColor];
}"""
# Wagtail's sign-in field and primary button (wagtailadmin/css/core.css), as Chromium computes them.
WAGTAIL_FONT = (
    '-apple-system, BlinkMacSystemFont, "Segoe UI", system-ui, Roboto, "Helvetica Neue", Arial, sans-serif, '
    '"Apple Color Emoji", "Segoe UI Emoji", "Segoe UI Symbol", "Noto Color Emoji"'
)
FIELD_STYLE = [WAGTAIL_FONT, "19px", "1px", "solid", "rgb(200, 200, 200)", "5px", "rgb(255, 255, 255)"]
BUTTON_STYLE = [WAGTAIL_FONT, "16px", "1px", "solid", "rgb(0, 125, 126)", "3px", "rgb(0, 125, 126)"]


@pytest.fixture
def page_under_csp(browser):
    """A context that keeps the policy (the shared `page` fixture bypasses it), recording every console
    error (a policy violation is one) and script error."""
    context = browser.new_context()
    page = context.new_page()
    problems = []
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.problems = problems
    yield page
    context.close()


def sign_in(page, server, username):
    page.goto(f"{server.url}/admin/login/")
    # Wagtail's own sign-in page draws its field and button with the styles the steps after it must have.
    assert (styles(page, "#id_password"), styles(page, "button[type=submit]")) == (FIELD_STYLE, BUTTON_STYLE)
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")


def styles(page, selector):
    return page.locator(selector).evaluate(STYLE_OF)


def test_the_set_up_step_styles_its_field_and_button_like_wagtails_sign_in(
    live_server, transactional_db, settings, page_under_csp
):
    settings.TWO_FACTOR_REQUIRED = True
    home_page()
    get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)
    page = page_under_csp

    sign_in(page, live_server, "editor")
    page.wait_for_url(f"{live_server.url}/admin/two-factor/setup/?next=/admin/")
    page.get_by_role("heading", name="Set up two-factor sign-in").wait_for()

    assert page.evaluate("getComputedStyle(document.body).fontFamily") == WAGTAIL_FONT
    assert styles(page, "#id_code") == FIELD_STYLE
    assert styles(page, "button[type=submit]") == BUTTON_STYLE
    assert page.get_by_role("img", name="QR code holding your authenticator key").is_visible()
    assert page.problems == []


def test_the_code_step_styles_its_field_and_buttons_like_wagtails_sign_in(
    live_server, transactional_db, page_under_csp
):
    home_page()
    editor = get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)
    TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    page = page_under_csp

    sign_in(page, live_server, "editor")
    page.get_by_role("heading", name="Enter your code").wait_for()

    assert styles(page, "#id_code") == FIELD_STYLE
    assert styles(page, "button:text('Continue to the admin')") == BUTTON_STYLE
    sign_out = styles(page, "button:text('Sign out')")
    assert sign_out == [WAGTAIL_FONT, "16px", "1px", "solid", "rgb(0, 125, 126)", "3px", "rgba(0, 0, 0, 0)"]
    assert page.problems == []
