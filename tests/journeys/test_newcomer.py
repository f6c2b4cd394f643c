"""A newcomer's first minutes: `make run` on a fresh clone serves the demo guide, signs the admin in
with the password it printed, and its worker runs beside the web server."""

import pytest

from .embedded import ADMIN_PASSWORD

pytestmark = pytest.mark.journey


def test_make_run_serves_the_demo_guide_and_signs_the_admin_in(embedded_stack, browser):
    page = browser.new_context().new_page()
    page.goto(f"{embedded_stack.url}/guides/backend-frameworks-compared/")
    assert page.get_by_role("heading", level=1).inner_text() == (
        "Backend frameworks compared: a fair 2026 guide to choosing one"
    )

    page.goto(f"{embedded_stack.url}/admin/login/")
    page.fill("#id_username", "admin")
    page.fill("#id_password", ADMIN_PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{embedded_stack.url}/admin/")
    assert "Admin login created: user 'admin'" in embedded_stack.log()
    assert embedded_stack.worker_is_running()
