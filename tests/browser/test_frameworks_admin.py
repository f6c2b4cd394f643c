"""An editor imports a long survey file in the admin: a progress bar follows the upload and the
row checks, the report shows what would change, and saving makes a draft readers do not see."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.contrib.auth import get_user_model

from frameworks.models import AdoptionSurvey
from tests.frameworks.factories import FrameworkFactory, survey_with_figures
from tests.site_tree import home_page

pytestmark = pytest.mark.browser

PASSWORD = "editor-password-for-tests"
AXE_OPTIONS = {"resultTypes": ["violations"], "runOnly": ["wcag2a", "wcag2aa", "best-practice"]}
ROWS = 20_000  # about 250 kB: long enough to watch on a slow line

# Records every value the page gives a <progress> element, with its maximum and label.
RECORD_PROGRESS = """
const value = Object.getOwnPropertyDescriptor(HTMLProgressElement.prototype, "value");
window.progressSeen = [];
Object.defineProperty(HTMLProgressElement.prototype, "value", {
    get() { return value.get.call(this); },
    set(v) {
        window.progressSeen.push([document.getElementById("import-progress-label").textContent, v, this.max]);
        value.set.call(this, v);
    },
});
"""


@pytest.fixture
def survey(transactional_db):
    home_page()  # the admin's dashboard and 404 page need a site
    # Names the demo content does not use: browser tests may run after it was loaded.
    litestar, falcon = FrameworkFactory(name="Litestar"), FrameworkFactory(name="Falcon")
    return survey_with_figures({litestar: "12.6", falcon: "14.4"}, year=2031, slug="stack-overflow-2031")


def long_file():
    rows = ["Framework,Share", "Litestar,13.0", "Falcon,14.4"]
    rows += [f"Internal tool {number},0.1" for number in range(1, ROWS - 1)]
    return "\n".join(rows).encode()


def sign_in(page, live_server):
    get_user_model().objects.create_superuser("editor", "editor@example.com", PASSWORD)
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", "editor")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


def test_an_editor_watches_a_long_import_progress_then_saves_it_as_a_draft(live_server, page, survey):
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda message: message.type == "error" and problems.append(message.text))
    page.add_init_script(RECORD_PROGRESS)
    sign_in(page, live_server)
    page.goto(f"{live_server.url}/admin/snippets/frameworks/adoptionsurvey/edit/{survey.pk}/")
    page.get_by_role("link", name="Import figures").click()

    # A slow line (64 kB/s up), so the upload takes a few seconds as it would on a café's wifi.
    network = page.context.new_cdp_session(page)
    network.send("Network.enable")
    network.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 20, "downloadThroughput": -1, "uploadThroughput": 64 * 1024},
    )
    page.set_input_files("#id_file", files=[{"name": "so-2025.csv", "mimeType": "text/csv", "buffer": long_file()}])
    page.get_by_role("button", name="Check the file").click()

    progress = page.locator("#import-progress progress")
    progress.wait_for(state="visible")
    assert page.locator("#import-progress-label").inner_text() == "Uploading the file"
    page.wait_for_function("window.progressSeen.some(([label, value]) => value > 0)")
    page.screenshot(path="/tmp/frameworks-admin-import-progress.png")
    page.get_by_role("heading", name="What this file would change").wait_for(timeout=60_000)
    network.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1},
    )

    seen = page.evaluate("window.progressSeen")
    checks = [[value, maximum] for label, value, maximum in seen if label == "Checking rows"]
    assert checks[-1] == [ROWS, ROWS]
    assert len({label for label, _value, _maximum in seen}) == 2  # the upload, then the row checks
    assert progress.is_hidden()
    changed = page.get_by_role("table", name="Changed (1)")
    assert changed.get_by_role("row").all_inner_texts()[1].split() == ["Litestar", "12.6", "13.0"]
    assert page.get_by_role("table", name=f"Unknown names, not written ({ROWS - 2:,})").is_visible()
    page.screenshot(path="/tmp/frameworks-admin-import-report.png", full_page=True)
    # What this page adds to the admin (the rest is Wagtail's own) has no accessibility violations.
    report = Axe().run(page, context=".import-figures", options=AXE_OPTIONS).response["violations"]
    assert [(violation["id"], [node["target"] for node in violation["nodes"]]) for violation in report] == []

    page.get_by_role("button", name="Save 1 change as a draft").click()
    page.get_by_role("heading", name="Saved as a draft").wait_for()

    survey = AdoptionSurvey.objects.get(pk=survey.pk)
    draft = survey.get_latest_revision_as_object()
    assert [(figure.framework.name, str(figure.share)) for figure in draft.figures.all()] == [
        ("Litestar", "13.0"),
        ("Falcon", "14.4"),
    ]
    assert [str(figure.share) for figure in survey.figures.all()] == ["12.6", "14.4"]
    assert problems == []
