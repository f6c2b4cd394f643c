"""The review journey in Chromium: an editor writes a guide with a comparison matrix, an FAQ and a
source, submits it to Engineering review; a reviewer approves it; readers see it, reviewer credited."""

import re

import pytest
from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from authors.models import AuthorIndexPage, AuthorPage
from guides.models import EditorialProfile, GuideIndexPage, GuidePage
from guides.roles import set_up_review_workflow, set_up_roles

pytestmark = pytest.mark.browser

PASSWORD = "a long pass phrase for tests"


def person(username, group, author_page=None):
    user = get_user_model().objects.create_user(username, f"{username}@example.com", PASSWORD)
    user.groups.add(Group.objects.get(name=group))
    if author_page:
        EditorialProfile.objects.create(user=user, author_page=author_page)
    return user


@pytest.fixture
def people(demo_site):
    set_up_roles(apps)  # what the data migration does (SQLite test runs skip migrations)
    set_up_review_workflow(apps)
    index = AuthorIndexPage.objects.get()
    ravi = AuthorPage(title="Ravi Iyer", slug="ravi-iyer", role="Principal Engineer")
    index.add_child(instance=ravi)
    ravi.save_revision().publish()
    return person("edith", "Editors"), person("ravi", "Engineering reviewers", author_page=ravi)


def sign_in(browser, live_url, username):
    context = browser.new_context()
    page = context.new_page()
    page.goto(f"{live_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_url}/admin/")
    return page


def choose_from_modal(page, button, item):
    page.get_by_role("button", name=button).click()
    page.locator(".modal-dialog").get_by_role("link", name=item).click()
    page.locator(".modal-dialog").wait_for(state="detached")


def insert_block(page, field_id, label):
    """Open the block menu at the end of a StreamField and pick a block type."""
    page.locator(f"[id$='-{field_id}-section'] button[title='Insert a block']").last.click()
    page.get_by_role("option", name=label, exact=True).click()


def test_an_editor_submits_a_guide_a_reviewer_approves_and_readers_see_the_reviewer(demo_site, people, browser):
    live_url = demo_site.url
    index = GuideIndexPage.objects.get()

    editor = sign_in(browser, live_url, "edith")
    editor.goto(f"{live_url}/admin/pages/add/guides/guidepage/{index.pk}/")
    editor.fill("#id_title", "Picking a message queue")
    editor.fill("#id_standfirst", "Kafka, RabbitMQ or a managed queue: what decides it.")
    choose_from_modal(editor, "Choose guide category", "Engineering")
    choose_from_modal(editor, "Choose a page (Author page)", "Kanika Mathur")

    insert_block(editor, "body", "Paragraph")
    editor.locator("[id$='-body-section'] [role=textbox]").last.fill("Throughput decides first [cite:docs].")
    insert_block(editor, "body", "Comparison matrix")
    choose_from_modal(editor, "Choose comparison matrix", "Backend framework comparison matrix")
    insert_block(editor, "body", "FAQ")
    editor.locator("[id$='-body-section'] input[name$='-question']").last.fill("Do we need Kafka?")
    editor.locator("[id$='-body-section'] [role=textbox]").last.fill("Only for very high throughput.")

    editor.get_by_role("tab", name="Sources and related").click()
    insert_block(editor, "sources", "Source")
    editor.locator("[id$='-sources-section'] input[name$='-key']").fill("docs")
    editor.locator("[id$='-sources-section'] input[name$='-publisher']").fill("RabbitMQ")
    editor.locator("[id$='-sources-section'] input[name$='-title']").fill("Documentation")

    editor.get_by_role("button", name="More actions").click()
    editor.get_by_role("button", name="Submit to Engineering review").click()
    editor.wait_for_url(f"{live_url}/admin/pages/{index.pk}/")
    submitted = editor.get_by_role("row", name=re.compile("Picking a message queue"))
    assert submitted.get_by_text("In moderation").is_visible()

    reviewer = sign_in(browser, live_url, "ravi")
    guide = GuidePage.objects.get(slug="picking-a-message-queue")
    reviewer.goto(f"{live_url}/admin/pages/{guide.pk}/edit/")
    reviewer.get_by_role("button", name="More actions").click()
    reviewer.get_by_role("button", name="Approve and Publish", exact=True).click()
    reviewer.wait_for_url(f"{live_url}/admin/")
    assert reviewer.get_by_text("do not have permission").count() == 0

    reader = browser.new_context().new_page()
    reader.goto(f"{live_url}/guides/picking-a-message-queue/")
    assert reader.get_by_role("heading", level=1).inner_text() == "Picking a message queue"
    assert reader.locator(".byline__reviewer").inner_text().startswith("Reviewed by Ravi Iyer on ")
    reader.screenshot(path="/tmp/reader_reviewed.png")
    assert reader.get_by_text("Do we need Kafka?").first.is_visible()
    assert reader.get_by_role("table", name=re.compile("backend framework")).first.is_visible()
    assert reader.locator("sup.citation a").inner_text() == "[1]"
