"""What the guide editor refuses, with a message naming the field and the problem, and what survives edits
elsewhere (a moved page, a deleted record)."""

from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError

from tests.authors.factories import AuthorPageFactory, TeamFactory
from tests.frameworks.factories import FrameworkFactory, matrix_of
from tests.guides.factories import (
    ContentPageFactory,
    GuidePageFactory,
    comparison_matrix,
    heading,
    paragraph,
    source,
)

REVIEWED_ON = datetime(2026, 5, 4, 12, tzinfo=UTC)

pytestmark = pytest.mark.django_db


def body_errors(error):
    """The body's errors as the editor receives them, block by block."""
    return error.value.error_dict["body"][0].as_json_data()


def test_a_citation_of_an_unknown_source_is_refused_on_the_body():
    guide = GuidePageFactory(
        body=[paragraph("<p>A claim [cite:docs].</p>")], sources=[source("docs", publisher="RabbitMQ", title="Docs")]
    )
    guide.body = [paragraph("<p>A claim [cite:docs].</p>"), paragraph("<p>Another [cite:nowhere].</p>")]
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert body_errors(error) == {
        "blockErrors": {
            1: {"messages": ["Cites [cite:nowhere], but no source has that key. Add the source or fix the marker."]}
        }
    }


def test_a_reviewer_is_a_person_or_a_team_not_both():
    guide = GuidePageFactory(reviewer_team=TeamFactory(name="Engineering team"))
    guide.reviewer_person = AuthorPageFactory()
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert error.value.message_dict == {"reviewer_team": ["Choose a reviewing person or a reviewing team, not both."]}


def test_two_headings_with_the_same_link_are_refused():
    guide = GuidePageFactory(body=[heading("Python"), paragraph("<p>Words.</p>")])
    guide.body = [heading("Python"), paragraph("<p>Words.</p>"), heading("Python", level="h3")]
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    assert body_errors(error) == {
        "blockErrors": {
            2: {
                "blockErrors": {
                    "anchor": {"messages": ["Two headings share the link #python; give one an anchor of its own."]}
                }
            }
        }
    }


def test_two_headings_with_the_same_text_and_their_own_anchors_are_accepted(client):
    guide = GuidePageFactory(body=[heading("Python"), heading("Python", level="h3", anchor="python-again")])
    html = client.get(guide.url).content.decode()
    assert '<h2 id="python">Python</h2>' in html
    assert '<h3 id="python-again">Python</h3>' in html


def test_internal_links_follow_a_page_when_it_moves(client):
    services = ContentPageFactory(title="Services", slug="services")
    case_studies = ContentPageFactory(title="Case studies", slug="case-studies")
    service = ContentPageFactory(title="Custom software", slug="custom-software-development", parent=services)
    guide = GuidePageFactory(body=[paragraph(f'<p>See <a linktype="page" id="{service.pk}">our service</a>.</p>')])
    assert '<a href="/services/custom-software-development/">our service</a>' in client.get(guide.url).content.decode()

    service.move(case_studies, pos="last-child")

    html = client.get(guide.url).content.decode()
    assert '<a href="/case-studies/custom-software-development/">our service</a>' in html
    assert "/services/custom-software-development/" not in html


def test_a_deleted_matrix_leaves_the_guide_readable(client):
    matrix = matrix_of([FrameworkFactory(name="Django")], title="Backend landscape")
    guide = GuidePageFactory(body=[comparison_matrix(matrix), paragraph("<p>The rest of the guide.</p>")])
    html = client.get(guide.url).content.decode()
    assert '<section class="data-table"' in html  # the matrix shows while it exists
    assert "Backend landscape" in html

    matrix.delete()

    response = client.get(guide.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Backend landscape" not in html
    assert '<section class="data-table"' not in html
    assert "<p>The rest of the guide.</p>" in html


def test_a_person_can_be_the_reviewer_and_is_linked(client):
    guide = GuidePageFactory(reviewer_person=AuthorPageFactory(title="Kanika Mathur"), last_reviewed_at=REVIEWED_ON)
    html = client.get(guide.url).content.decode()
    assert (
        '<p class="byline__reviewer">Reviewed by <a href="/authors/kanika-mathur/">Kanika Mathur</a> on '
        '<time datetime="2026-05-04">May 4, 2026</time></p>'
    ) in html


def test_a_team_reviewer_is_named_without_a_link(client):
    guide = GuidePageFactory(reviewer_team=TeamFactory(name="Engineering team"), last_reviewed_at=REVIEWED_ON)
    html = client.get(guide.url).content.decode()
    assert (
        '<p class="byline__reviewer">Reviewed by Engineering team on <time datetime="2026-05-04">May 4, 2026</time></p>'
    ) in html


def test_a_reviewer_credited_without_a_review_date_is_not_shown_as_a_review(client):
    guide = GuidePageFactory(reviewer_team=TeamFactory(name="Engineering team"))
    assert "byline__reviewer" not in client.get(guide.url).content.decode()


def test_an_upper_case_citation_links_to_its_source(client):
    guide = GuidePageFactory(
        body=[paragraph("<p>Most developers use it [cite:SO-2025].</p>")],
        sources=[source("so-2025", publisher="Stack Overflow", title="Developer Survey")],
    )

    guide.full_clean()
    html = client.get(guide.url).content.decode()

    assert 'use it<sup class="citation"><a href="#source-so-2025" aria-label="Source 1">[1]</a></sup>.' in html
    assert "[cite:SO-2025]" not in html
