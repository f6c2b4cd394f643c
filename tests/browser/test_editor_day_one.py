"""A new editor's first day, in Chromium: a draft matrix is named on its own block, and a long title
shows whole in its box."""

from uuid import uuid4

import pytest
from django.contrib.auth import get_user_model

from frameworks.models import ComparisonMatrix, ComparisonMatrixColumn, ComparisonMatrixRow
from guides.models import GuideIndexPage, GuidePage

pytestmark = pytest.mark.browser

PASSWORD = "a long pass phrase for tests"
LONG_TITLE = "Choosing a message queue in 2026: Kafka, RabbitMQ, NATS or a managed cloud queue, and what decides it"


@pytest.fixture
def guide_with_a_draft_matrix(demo_site):
    get_user_model().objects.create_superuser("ada", "ada@example.com", PASSWORD)
    live = ComparisonMatrix.objects.get(live=True)
    draft = ComparisonMatrix.objects.create(title="Queues compared", slug="queues", caption="Queues", live=False)
    ComparisonMatrixColumn.objects.create(matrix=draft, criterion=live.columns.first().criterion, sort_order=0)
    ComparisonMatrixRow.objects.create(matrix=draft, framework=live.rows.first().framework, sort_order=0)
    draft.save_revision()
    demo = GuidePage.objects.get(slug="backend-frameworks-compared")
    guide = GuidePage(
        title=LONG_TITLE,
        slug="choosing-a-message-queue",
        standfirst="Kafka or RabbitMQ.",
        category=demo.category,
        author=demo.author,
        live=False,
        body=[
            {"type": "paragraph", "value": "<p>Start with the workload.</p>", "id": str(uuid4())},
            {"type": "comparison_matrix", "value": {"matrix": draft.pk}, "id": str(uuid4())},
        ],
    )
    guide.defer_content_checks = True
    GuideIndexPage.objects.get().add_child(instance=guide)
    guide.save_revision(clean=False)
    return guide


def test_the_draft_matrix_is_named_on_its_block_and_the_long_title_shows_whole(
    page, demo_site, guide_with_a_draft_matrix
):
    page.goto(f"{demo_site.url}/admin/login/")
    page.fill("#id_username", "ada")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.goto(f"{demo_site.url}/admin/pages/{guide_with_a_draft_matrix.pk}/edit/")

    on_the_block = page.locator(f"[data-contentpath='{guide_with_a_draft_matrix.body[1].id}'] .guide-block-problem")
    on_the_block.wait_for()
    assert on_the_block.inner_text() == (
        "The comparison matrix 'Queues compared' is a draft: readers would see nothing in this block. Publish it "
        "(Frameworks data) or choose a published one. The preview shows it as it will look once published."
    )
    title = page.locator("#id_title")
    assert title.input_value() == LONG_TITLE
    # All of the title is in view: the box grew to more lines rather than scrolling sideways.
    assert title.evaluate("box => box.scrollWidth <= box.clientWidth && box.scrollHeight <= box.clientHeight + 2")
