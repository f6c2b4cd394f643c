"""What a person does in the Wagtail admin, in Chromium, spelled as they would say it: sign in (with
the code their authenticator shows when the site asks for it), fill a guide's fields and blocks, use
the choosers, open the live preview, and take the actions of the editor's footer."""

import re
import time

from playwright.sync_api import Error as PlaywrightError

from .people import PASSWORD, current_code

# "Page '…' created." when Save draft makes the page; "has been updated." once autosave has made it.
SAVED = re.compile(r"Page '.+' (has been )?(created|updated)\.")
# Wagtail autosaves the form this long after the last change (WAGTAIL_AUTOSAVE_INTERVAL's default).
AUTOSAVE_DELAY_MS = 500
# What Wagtail asks when the newest version of the page is this editor's own, from another tab (or
# from this tab's autosave, when its ping races it: see GuideEditor.save_draft).
OWN_AUTOSAVE = "You saved a new version in another window"


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

    def settle(self):
        """Let the autosave a change started finish before the next click, as a person's pause does.
        Wagtail saves the form half a second after each change and then rebuilds the header, the side
        panels and the footer's actions (a new page's first autosave turns the editor into the page's
        edit view): a click in that moment can land on an element being replaced, and a "Save draft"
        sent beside an autosave is told that another window saved a newer version."""
        self.page.wait_for_timeout(AUTOSAVE_DELAY_MS + 300)
        saving = self.page.locator("#w-autosave-indicator[data-w-autosave-state-value='saving']")
        saving.wait_for(state="hidden")

    def choose(self, field_id, name):
        """Open the chooser of the field with this id and pick the item of that name in its modal."""
        self.settle()
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
        self.settle()
        self.page.get_by_role("button", name="Toggle preview").click()
        return self.previewed(title, timeout)

    def preview_modes(self):
        """The labels of the preview panel's modes ("In “Guide”", "On its own"), in order."""
        return [
            label.strip()
            for label in self.page.locator("select[data-w-preview-target='mode'] option").all_inner_texts()
        ]

    def preview_in_mode(self, label, title, timeout=30):
        """Switch the open preview panel to this mode; return its frame once it shows this title.

        Selecting the mode already shown reloads the panel for nothing, and a change made while that
        reload is under way can be dropped by the panel: select only a different mode, and select it
        again if the panel has not shown it after half the time."""
        modes = self.page.locator("select[data-w-preview-target='mode']")
        if modes.locator("option:checked").inner_text().strip() == label:
            return self.previewed(title, timeout)
        modes.select_option(label=label)
        try:
            return self.previewed(title, timeout / 2)
        except AssertionError:
            modes.select_option(label=label)
            modes.dispatch_event("change")
            return self.previewed(title, timeout / 2)

    def previewed(self, title, timeout=30):
        """The preview panel's frame once it shows this title and has settled: its spinner hidden and
        the same frame still there half a second later (the panel may reload once more after opening,
        replacing the frame a reader of it would hold)."""
        deadline = time.monotonic() + timeout
        spinner = self.page.locator("[data-w-preview-target='spinner']")
        while time.monotonic() < deadline:
            frame = self._preview_showing(title)
            if frame is not None and not spinner.is_visible():
                self.page.wait_for_timeout(500)
                if not frame.is_detached() and not spinner.is_visible() and self._preview_showing(title) is frame:
                    return frame
            self.page.wait_for_timeout(250)
        raise AssertionError(f"the live preview did not show {title!r} within {timeout} s")

    def _preview_showing(self, title):
        for frame in reversed(self.page.frames):
            if "in_preview_panel" in frame.url and not frame.is_detached():
                try:
                    heading = frame.get_by_role("heading", level=1)
                    if heading.count() and heading.inner_text() == title:
                        return frame
                except PlaywrightError:  # the panel replaced this frame while it was read
                    continue
        return None

    # The footer's actions.
    def save_draft(self):
        """Click "Save draft" and wait for its message. Wagtail asks before saving when it lost touch
        with the server, or over a version saved elsewhere: that question fails the journey, with its
        text, but for one case. Wagtail's ping (every 10 s) can race its own autosave: a ping sent
        just before an autosave, answered just after it, reports the autosaved version as saved "in
        another window", and the tab keeps that belief until it reloads. With no other tab of this
        editor open, that version is this tab's own: the editor confirms, as a person would."""
        self.settle()
        self.page.locator("footer").get_by_role("button", name="Save draft", exact=True).click()
        saved = self.page.locator(".messages").get_by_text(SAVED)
        question = self.page.locator("#w-save-confirmation-dialog")
        saved.or_(question.get_by_role("heading")).first.wait_for()
        if question.is_visible():
            asked = question.inner_text().strip()
            if not (asked.startswith(OWN_AUTOSAVE) and len(self.page.context.pages) == 1):
                raise AssertionError(f"Save draft asked: {asked}")
            question.get_by_role("button", name="Save draft", exact=True).click()
            saved.wait_for()

    def footer_action(self, name):
        """An action from the footer's menu of more actions ("Submit to …", "Approve", …)."""
        self.settle()
        self.page.locator("footer").get_by_role("button", name="More actions").click()
        self.page.locator("footer").get_by_role("button", name=name, exact=True).click()

    def block_problems(self):
        """What the editor says on the body's blocks (the content checks repeated on each block)."""
        problems = self.page.locator(".guide-block-problem")
        problems.first.wait_for()
        return [text.strip() for text in problems.all_inner_texts()]

    def content_checks(self):
        return " ".join(self.page.locator("section.content-checks").inner_text().split())

    def message(self):
        return self.page.locator(".messages").inner_text().strip()
