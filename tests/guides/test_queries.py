"""A guide's queries are planned: their number does not grow with its content."""

import json
from uuid import uuid4

import pytest

from frameworks.models import ComparisonMatrix, ComparisonMatrixRow, Framework, Language
from guides.models import GuidePage
from tests.conftest import DEMO_GUIDE_URL

pytestmark = pytest.mark.django_db

GUIDE_PAGE_QUERIES = 30


def render(client):
    response = client.get(DEMO_GUIDE_URL)
    assert response.status_code == 200
    return response.content.decode()


def grow_the_guide(guide, extra):
    """Add `extra` matrix rows, sources, FAQ questions and related guides to the demo guide."""
    language = Language.objects.create(name="Zig")
    matrix = ComparisonMatrix.objects.get(slug="backend-frameworks-2026")
    for number in range(extra):
        framework = Framework.objects.create(
            name=f"Extra framework {number}", slug=f"extra-{number}", language=language, raw_performance="High"
        )
        ComparisonMatrixRow.objects.create(matrix=matrix, framework=framework, sort_order=100 + number)

    sources = guide.sources.get_prep_value()
    for number in range(extra):
        sources.append(
            {
                "type": "source",
                "value": {"key": f"extra-{number}", "publisher": "Publisher", "title": f"Extra source {number}"},
            }
        )
    body = guide.body.get_prep_value()
    faq = next(block for block in body if block["type"] == "faq")
    for number in range(extra):
        faq["value"]["items"].append(
            {
                "type": "item",
                "id": str(uuid4()),
                "value": {"question": f"Extra question {number}?", "answer": "<p>An answer.</p>"},
            }
        )

    related = guide.related.get_prep_value()
    index = guide.get_parent()
    for number in range(extra):
        extra_guide = GuidePage(
            title=f"Extra related guide {number}",
            slug=f"extra-related-{number}",
            standfirst="More to read.",
            category=guide.category,
            author=guide.author,
            body=json.dumps([]),
        )
        index.add_child(instance=extra_guide)
        extra_guide.save_revision().publish()
        related[0]["value"]["picks"].append({"type": "item", "value": extra_guide.pk, "id": str(uuid4())})
    related[0]["value"]["count"] = len(related[0]["value"]["picks"])
    guide.sources = json.dumps(sources)
    guide.body = json.dumps(body)
    guide.related = json.dumps(related)
    guide.save_revision().publish()


def test_rendering_the_demo_guide_takes_a_fixed_number_of_queries(client, django_assert_num_queries):
    render(client)  # first render makes the image renditions
    with django_assert_num_queries(GUIDE_PAGE_QUERIES):
        render(client)


def test_query_count_stays_the_same_as_rows_sources_questions_and_related_guides_grow(
    client, demo_guide, django_assert_num_queries
):
    grow_the_guide(demo_guide, extra=3)
    render(client)
    with django_assert_num_queries(GUIDE_PAGE_QUERIES):
        html = render(client)
    assert "Extra framework 2" in html
    assert "Extra source 2" in html
    assert "Extra question 2?" in html
    assert "Extra related guide 2" in html
