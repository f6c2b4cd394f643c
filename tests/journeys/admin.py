"""What a person does in the Wagtail admin, in Chromium, spelled as they would say it: sign in (with
the code their authenticator shows when the site asks for it), fill a guide's fields and blocks, use
the choosers, open the live preview, and take the actions of the editor's footer."""

import re
import time

from .people import PASSWORD, current_code

SAVED = re.compile(r"Page '.+' has been (created|updated)\.")


class AdminTab:
    """A person's browser tab in the admin of one stack. Every server error it meets is kept."""

    def __init__(self, browser, stack):
        self.stack = stack
        self.context = browser.new_context(ignore_https_errors=True, viewport={"width": 1400, "height": 1000})
        self.page = self.context.new_page()
        self.server_errors = []
        self.page.on(
            "response",
            lambda response: response.status >= 500 and self.server_errors.append(f"{response.status} {response.url}"),
        )

    def sign_in(self, role):
        person = self.stack.people[role]
        page = self.page
        page.goto(f"{self.stack.url}/admin/login/")
        page.get_by_label("Username").fill(person["username"])
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.get_by_role("heading", name="Enter your code").wait_for()
        page.get_by_label("Code").fill(current_code(person))
        page.get_by_role("button", name="Continue to the admin").click()
        page.wait_for_url(f"{self.stack.url}/admin/")
        return self

    def close(self):
        self.context.close()


class GuideEditor:
    """The page editor of a guide: its fields, its body's blocks, its side panels and its footer."""

    def __init__(self, tab):
        self.tab, self.page = tab, tab.page
        self.blocks = 0

    def add_guide(self, index_page_id):
        self.page.goto(f"{self.tab.stack.url}/admin/pages/add/guides/guidepage/{index_page_id}/")
        return self

    # Fields.
    def fill(self, field_id, text):
        self.page.locator(f"#{field_id}").fill(text)

    def choose(self, field_id, name):
        """Open the chooser of the field with this id and pick the item of that name in its modal."""
        self.page.locator(f"#{field_id}-chooser").get_by_role("button", name=re.compile("^Choose")).click()
        modal = self.page.locator(".modal.in")
        modal.get_by_role("link", name=name, exact=True).first.click()
        modal.wait_for(state="hidden")

    def write_rich_text(self, field_id, text):
        """Type into the rich text editor whose value field has this id."""
        editor = self.page.locator(f"#{field_id}").locator("xpath=..").get_by_role("textbox")
        editor.click()
        self.page.keyboard.type(text)

    # The body's blocks.
    def add_block(self, label):
        """Insert a block of this type at the end of the body; return its fields' id prefix."""
        self.page.locator("#body-root .c-sf-add-button").last.click()
        self.page.get_by_role("option", name=label, exact=True).click()
        prefix = f"body-{self.blocks}-value"
        self.blocks += 1
        return prefix

    # Side panels.
    def open_preview(self, title, timeout=30):
        """Open the live preview panel; return its frame once it shows the page with this title.
        The panel replaces its frame each time it refreshes, so the newest one is looked for."""
        self.page.get_by_role("button", name="Toggle preview").click()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for frame in reversed(self.page.frames):
                if "in_preview_panel" in frame.url and not frame.is_detached():
                    heading = frame.get_by_role("heading", level=1)
                    if heading.count() and heading.inner_text() == title:
                        return frame
            self.page.wait_for_timeout(250)
        raise AssertionError(f"the live preview did not show {title!r} within {timeout} s")

    # The footer's actions.
    def save_draft(self):
        """Click "Save draft" and wait for its message. Wagtail asks before saving over a version saved
        elsewhere, or when it lost touch with the server: that question fails the journey, with its text."""
        self.page.locator("footer").get_by_role("button", name="Save draft", exact=True).click()
        saved = self.page.locator(".messages").get_by_text(SAVED)
        question = self.page.locator("#w-save-confirmation-dialog")
        saved.or_(question.get_by_role("heading")).first.wait_for()
        if question.is_visible():
            raise AssertionError(f"Save draft asked: {question.inner_text().strip()}")

    def footer_action(self, name):
        """An action from the footer's menu of more actions ("Submit to …", "Approve", …)."""
        self.page.locator("footer").get_by_role("button", name="More actions").click()
        self.page.locator("footer").get_by_role("button", name=name, exact=True).click()

    def message(self):
        return self.page.locator(".messages").inner_text().strip()
