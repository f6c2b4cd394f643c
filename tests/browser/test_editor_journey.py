"""An editor changes a framework record in the admin, publishes it, and the guide shows it."""

import pytest
from django.contrib.auth import get_user_model

from frameworks.models import Framework

pytestmark = pytest.mark.browser

PASSWORD = "editor-password-for-tests"


@pytest.fixture
def editor(demo_site):
    return get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)


def test_editor_edits_a_framework_once_and_the_guide_changes(demo_site, editor, page):
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))

    page.goto(f"{demo_site.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{demo_site.url}/admin/")

    django = Framework.objects.get(slug="django")
    page.goto(f"{demo_site.url}/admin/snippets/frameworks/framework/edit/{django.pk}/")
    # The value whose criterion chooser reads "Learning curve": id_criterion_values-N-criterion-title.
    title = page.locator("[id^=id_criterion_values-][id$=-criterion-title]", has_text="Learning curve")
    form_prefix = title.get_attribute("id").removesuffix("-criterion-title")
    page.fill(f"#{form_prefix}-text", "Gentle, thanks to the tutorial")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.wait_for_url(f"{demo_site.url}/admin/snippets/frameworks/framework/")
    assert page.get_by_text("'Django' updated and published.").is_visible()

    page.goto(f"{demo_site.url}/guides/backend-frameworks-compared/")
    django_row = page.get_by_role("table", name="The 2026 backend framework landscape, compared").get_by_role(
        "row", name="Django"
    )
    assert "Gentle, thanks to the tutorial" in django_row.inner_text()
    assert problems == []
