"""An editor's day, in Chromium, on `make run` and on the deployed shape: sign in with the two-factor
code, write a new guide with every kind of block, watch it in the live preview panel, save drafts
while the worker and another process write to the same database, submit it for engineering review;
a reviewer approves it, and the live page says who reviewed it."""

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
