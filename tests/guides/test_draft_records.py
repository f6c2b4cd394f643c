"""A guide that shows a frameworks record readers cannot see yet: the editor is told in the block, in
the content checks and when publishing, and the preview shows the guide as it will look once the
record is published."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from tests.frameworks.factories import CriterionFactory, FrameworkFactory, LanguageFactory, matrix_of
from tests.guides.factories import GuidePageFactory, comparison_matrix, paragraph

pytestmark = pytest.mark.django_db


def text(element):
    return " ".join(element.get_text(" ").split())


@pytest.fixture
def draft_matrix():
    """A comparison matrix saved as a draft only: its latest draft names it "Queues compared"."""
    curve = CriterionFactory(slug="learning-curve", name="Learning curve")
    framework = FrameworkFactory(name="Phoenix", language=LanguageFactory(name="Elixir"), values={curve: "Steep"})
    matrix = matrix_of([framework], criteria=[curve], title="Queues", caption="Queues, first go", live=False)
    matrix.caption = "Queues compared"
    matrix.save_revision()
    return matrix


def showing(record_block, **fields):
    """A live guide whose body shows the block, saved as code may save it (checks skipped)."""
    guide = GuidePageFactory(body=[paragraph("<p>Intro.</p>")], **fields)
    guide.body = [paragraph("<p>Intro.</p>"), record_block]
    guide.save(clean=False)
    return guide


@pytest.fixture
def guide(draft_matrix):
    return showing(comparison_matrix(draft_matrix), title="Choosing a queue", slug="choosing-a-queue")


def test_publishing_a_guide_with_a_draft_matrix_is_refused_on_the_block(guide):
    with pytest.raises(ValidationError) as error:
        guide.full_clean()

    block_errors = error.value.error_dict["body"][0].block_errors
    assert list(block_errors) == [1]
    assert block_errors[1].block_errors["matrix"].messages == [
        "The comparison matrix 'Queues' is a draft: readers would see nothing in this block. Publish it "
        "(Frameworks data) or choose a published one. The preview shows it as it will look once published."
    ]


def test_the_checks_panel_names_the_draft_matrix_and_where_it_is(admin_client, guide):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    problem = BeautifulSoup(html, "html.parser").select_one("section.content-checks [data-guide-problem]")

    assert text(problem) == (
        "Body, block 2: The comparison matrix 'Queues' is a draft: readers would see nothing in this block. "
        "Publish it (Frameworks data) or choose a published one. The preview shows it as it will look once published."
    )
    assert problem["data-guide-problem"] == f"body {guide.body[1].id} matrix"


def test_a_matrix_scheduled_to_go_live_is_a_warning_with_its_time(draft_matrix):
    draft_matrix.go_live_at = timezone.now() + timedelta(days=2)
    draft_matrix.save()
    guide = showing(comparison_matrix(draft_matrix))

    guide.full_clean()  # publishing is allowed

    (problem,) = guide.content_problems()
    assert problem.severity == "warning"
    assert problem.message.startswith("The comparison matrix 'Queues' is scheduled to go live on ")


def test_the_preview_shows_the_draft_matrix_as_it_will_look_and_says_so(admin_client, client, guide):
    html = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[guide.pk])).content.decode()
    soup = BeautifulSoup(html, "html.parser")

    assert text(soup.select_one("section.data-table caption")) == "Queues compared"
    assert [text(cell) for cell in soup.select("section.data-table tbody tr:first-child > *")] == [
        "Phoenix",
        "Elixir",
        "Steep",
    ]
    assert text(soup.select_one('aside[aria-label="Unpublished data"]')) == (
        "This preview shows the comparison matrix Queues as it will look once published. "
        "Readers see nothing in its place until then."
    )
    reader_view = BeautifulSoup(client.get("/guides/choosing-a-queue/").content, "html.parser")
    assert reader_view.select("section.data-table") == []
