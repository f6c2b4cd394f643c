"""An editor's day, in Chromium, on `make run` and on the deployed shape: sign in with the two-factor
code, write a new guide with every kind of block, watch it in the live preview panel, save drafts
while the worker and another process write to the same database, submit it for engineering review;
a reviewer approves it, and the live page says who reviewed it."""

import re
import threading
import time

import pytest

from .admin import AdminTab, GuideEditor
from .services import run_script

pytestmark = pytest.mark.journey

TITLE = "Picking a Python web framework for a small team"
SLUG = "picking-a-python-web-framework-for-a-small-team"
GUIDES_INDEX = """
import json
from guides.models import GuideIndexPage
print(json.dumps(GuideIndexPage.objects.get().pk))
"""
# Another process writing while the editor saves: it queues a task every 50 ms for 20 s, and the
# stack's worker takes each one and writes its result (SQLite has one writer at a time).
QUEUE_WORK = """
import json, time
from renditions.tasks import make_renditions
for _ in range(400):
    make_renditions.enqueue(2_000_000_000)  # no such image: the worker records a result of 0
    time.sleep(0.05)
print(json.dumps(400))
"""
WORKER_DONE = """
import json
from django_tasks_db.models import DBTaskResult
results = DBTaskResult.objects.filter(task_path="renditions.tasks.make_renditions", status="SUCCESSFUL")
print(json.dumps(sum(result.args_kwargs["args"] == [2_000_000_000] for result in results.iterator())))
"""
# What a reader sees of each block on the live page, in order.
EVERY_BLOCK = [
    "The short version",
    "Where to start",
    "A small team gains most from a framework it already knows.",
    "A word on speed",
    "Backend framework comparison matrix",
    "What developers use",
    "Throughput, in tiers",
    "Match the framework to the project",
    "Is Flask still a good choice?",
    "Not sure which backend framework fits?",
]


def write_every_block(editor):
    takeaways = editor.add_block("Key takeaways")
    editor.write_rich_text(f"{takeaways}-items-0-value", "Start from the team you have.")

    heading = editor.add_block("Heading")
    editor.fill(f"{heading}-text", "Where to start")

    paragraph = editor.add_block("Paragraph")
    editor.write_rich_text(paragraph, "A small team gains most from a framework it already knows.")

    aside = editor.add_block("Aside")
    editor.fill(f"{aside}-title", "A word on speed")
    editor.write_rich_text(f"{aside}-body", "Most sites wait on their database, not their framework.")

    matrix = editor.add_block("Comparison matrix")
    editor.choose(f"{matrix}-matrix", "Backend framework comparison matrix")

    chart = editor.add_block("Adoption chart")
    editor.fill(f"{chart}-title", "What developers use")
    editor.choose(f"{chart}-survey", "Stack Overflow Developer Survey 2025")

    ranking = editor.add_block("Tiered ranking")
    editor.fill(f"{ranking}-heading", "Throughput, in tiers")
    editor.choose(f"{ranking}-benchmark", "TechEmpower Framework Benchmarks Round 23")
    editor.page.locator(f"#{ranking}-tiers-0-value-tier").select_option(label="Top tier")
    editor.fill(f"{ranking}-tiers-0-value-label", "Compiled and async")
    editor.fill(f"{ranking}-tiers-0-value-description", "The fastest in the round.")

    decision = editor.add_block("Decision guide")
    editor.choose(f"{decision}-guide", "Match the framework to the project")

    faq = editor.add_block("FAQ")
    editor.fill(f"{faq}-items-0-value-question", "Is Flask still a good choice?")
    editor.write_rich_text(f"{faq}-items-0-value-answer", "Yes, for a small service with few moving parts.")

    cta = editor.add_block("Call to action")
    editor.choose(f"{cta}-cta", "Discovery call")


def in_order(text, parts):
    """The parts found in the text one after another."""
    found, position = [], 0
    for part in parts:
        position = text.find(part, position)
        if position < 0:
            break
        found.append(part)
    return found


def worker_finished(stack, queued, timeout=120):
    deadline = time.monotonic() + timeout
    while (done := run_script(stack.environment, WORKER_DONE)) < queued and time.monotonic() < deadline:
        time.sleep(2)
    return done


@pytest.mark.parametrize("stack", ["embedded_stack", "deployed_stack"])
def test_an_editor_writes_a_guide_with_every_block_and_a_reviewer_approves_it(request, browser, stack):
    stack = request.getfixturevalue(stack)
    index_page = run_script(stack.environment, GUIDES_INDEX)

    edith = AdminTab(browser, stack).sign_in("editor")
    editor = GuideEditor(edith).add_guide(index_page)
    editor.fill("id_title", TITLE)
    editor.fill("id_standfirst", "How a team of three chose, and what we would choose again.")
    editor.choose("id_author", "Kanika Mathur")
    editor.choose("id_category", "Engineering")
    write_every_block(editor)

    preview = editor.open_preview(TITLE)
    assert preview.get_by_role("heading", name="Where to start").is_visible()
    assert preview.locator("table caption").first.inner_text().strip() != ""
    editor.page.screenshot(path=str(stack.folder / "editor-live-preview.png"))

    editor.save_draft()
    guide_edit_url = editor.page.url
    done_before = run_script(stack.environment, WORKER_DONE)
    writer = threading.Thread(target=run_script, args=(stack.environment, QUEUE_WORK))
    writer.start()
    for draft in range(1, 6):
        editor.fill("id_standfirst", f"How a team of three chose, draft {draft}.")
        editor.save_draft()
        assert editor.message() == f"Page '{TITLE}' has been updated."
    writer.join()
    assert edith.server_errors == []

    editor.footer_action("Submit to Engineering review")
    assert "submitted" in editor.message()
    edith.close()

    ravi = AdminTab(browser, stack).sign_in("reviewer")
    ravi.page.goto(guide_edit_url)
    GuideEditor(ravi).footer_action("Approve and Publish")
    ravi.page.locator(".messages").get_by_text(f"Page '{TITLE}' has been updated.").wait_for()
    assert ravi.server_errors == []
    ravi.close()

    reader = browser.new_context(ignore_https_errors=True).new_page()
    reader.goto(f"{stack.url}/guides/{SLUG}/")
    assert reader.get_by_role("heading", level=1).inner_text() == TITLE
    text = reader.locator("main").inner_text()
    assert "Reviewed by Ravi Iyer on" in text
    assert in_order(text[text.index("The short version") :], EVERY_BLOCK) == EVERY_BLOCK
    reader.context.close()

    assert worker_finished(stack, queued=done_before + 400) == done_before + 400
    assert stack.worker_is_running()


QUEUES_TITLE = "Choosing a message queue"
QUEUES_SLUG = "choosing-a-message-queue"
DEMO_TITLE = "Backend frameworks compared: a fair 2026 guide to choosing one"
# A comparison matrix saved as a draft only (its draft's caption differs from the row's), and a
# second live guide showing the demo matrix, so a change to Django changes two guides at least.
DRAFT_MATRIX_AND_A_SECOND_GUIDE = """
import json
from uuid import uuid4
from frameworks.models import ComparisonMatrix, ComparisonMatrixColumn, ComparisonMatrixRow, Framework
from guides.models import GuideIndexPage, GuidePage

demo_matrix = ComparisonMatrix.objects.get(title="Backend framework comparison matrix")
draft = ComparisonMatrix.objects.create(title="Queues compared", slug="queues-compared", caption="Queues", live=False)
ComparisonMatrixColumn.objects.create(matrix=draft, criterion=demo_matrix.columns.first().criterion, sort_order=0)
ComparisonMatrixRow.objects.create(matrix=draft, framework=demo_matrix.rows.first().framework, sort_order=0)
draft.caption = "Message queues, as the draft has them"
draft.save_revision()

demo = GuidePage.objects.get(slug="backend-frameworks-compared")
second = GuidePage(
    title="Django in production", slug="django-in-production", standfirst="What running it teaches.",
    category=demo.category, author=demo.author,
    body=[{"type": "comparison_matrix", "value": {"matrix": demo_matrix.pk}, "id": str(uuid4())}],
)
GuideIndexPage.objects.get().add_child(instance=second)
second.save_revision().publish()
print(json.dumps(Framework.objects.get(name="Django").pk))
"""
PUBLISH_THE_DRAFT_MATRIX = """
import json
from frameworks.models import ComparisonMatrix
ComparisonMatrix.objects.get(slug="queues-compared").get_latest_revision().publish()
print(json.dumps(True))
"""
DRAFT_MATRIX_WARNING = (
    "The comparison matrix 'Queues compared' is a draft: readers would see nothing in this block. Publish it "
    "(Frameworks data) or choose a published one. The preview shows it as it will look once published."
)


@pytest.mark.parametrize("stack", ["embedded_stack", "deployed_stack"])
def test_a_new_editor_meets_a_draft_matrix_a_reviewer_without_a_profile_and_a_data_change(request, browser, stack):
    stack = request.getfixturevalue(stack)
    index_page = run_script(stack.environment, GUIDES_INDEX)
    django_id = run_script(stack.environment, DRAFT_MATRIX_AND_A_SECOND_GUIDE)

    # A draft matrix in a new guide: named on its block and in the checks, previewed as it will look.
    edith = AdminTab(browser, stack).sign_in("editor")
    editor = GuideEditor(edith).add_guide(index_page)
    editor.fill("id_title", QUEUES_TITLE)
    editor.fill("id_standfirst", "Kafka, RabbitMQ or a managed queue: what decides it.")
    editor.choose("id_author", "Kanika Mathur")
    editor.choose("id_category", "Engineering")
    matrix = editor.add_block("Comparison matrix")
    editor.choose(f"{matrix}-matrix", "Queues compared")
    # The preview shows the guide as it will look once the matrix is published (and, while it is
    # open, autosave makes the page: Save draft then updates it, as in the journey above).
    preview = editor.open_preview(QUEUES_TITLE)
    assert preview.locator("table caption").first.inner_text().strip() == "Message queues, as the draft has them"
    assert "as it will look once published" in preview.locator("aside[aria-label='Unpublished data']").inner_text()
    editor.page.screenshot(path=str(stack.folder / "editor-draft-matrix-preview.png"))
    editor.save_draft()
    guide_edit_url = edith.page.url
    assert editor.block_problems() == [DRAFT_MATRIX_WARNING]
    assert f"Body, block 1: {DRAFT_MATRIX_WARNING}" in editor.content_checks()
    editor.page.screenshot(path=str(stack.folder / "editor-draft-matrix.png"))

    # Submitting waits for the matrix; once it is published, the guide goes to review.
    editor.footer_action("Submit to Engineering review")
    edith.page.locator(".error-message", has_text="is a draft").first.wait_for()
    run_script(stack.environment, PUBLISH_THE_DRAFT_MATRIX)
    editor.footer_action("Submit to Engineering review")
    edith.page.locator(".messages").get_by_text(re.compile("submitted")).wait_for()
    assert edith.server_errors == []
    edith.close()

    # A reviewer with no editorial profile approves: the live page still credits somebody.
    nadia = AdminTab(browser, stack).sign_in("reviewer_without_profile")
    nadia.page.goto(guide_edit_url)
    GuideEditor(nadia).footer_action("Approve and Publish")
    nadia.page.locator(".messages").get_by_text(f"Page '{QUEUES_TITLE}' has been updated.").wait_for()
    assert nadia.server_errors == []
    nadia.close()
    reader = browser.new_context(ignore_https_errors=True).new_page()
    reader.goto(f"{stack.url}/guides/{QUEUES_SLUG}/")
    assert reader.locator(".byline__reviewer").inner_text().startswith("Reviewed by Resourcifi engineering on ")
    reader.context.close()

    # A change to Django previews in every guide it changes, from Django's edit view.
    pat = AdminTab(browser, stack).sign_in("publisher")
    pat.page.goto(f"{stack.url}/admin/snippets/frameworks/framework/edit/{django_id}/")
    record = GuideEditor(pat)
    record.open_preview(DEMO_TITLE)
    modes = record.preview_modes()
    assert modes[-1] == "On its own"
    guides = [mode.removeprefix("In “").removesuffix("”") for mode in modes[:-1]]
    assert {DEMO_TITLE, "Django in production"} <= set(guides)
    for mode, title in zip(modes[:-1], guides, strict=True):
        frame = record.preview_in_mode(mode, title)
        assert (
            frame.locator(".preview-banner")
            .first.inner_text()
            .startswith(f"Previewing the draft of Django in “{title}”.")
        )
    assert pat.server_errors == []
    pat.close()
