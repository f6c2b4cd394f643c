"""What the guide editor refuses, with a message naming the field and the problem."""

import json

import pytest
from django.core.exceptions import ValidationError

from authors.models import AuthorPage

pytestmark = pytest.mark.django_db


def test_a_citation_of_an_unknown_source_is_refused_on_the_body(demo_guide):
    body = demo_guide.body.get_prep_value()
    body.append({"type": "paragraph", "value": "<p>A claim [cite:nowhere].</p>"})
    demo_guide.body = json.dumps(body)
    with pytest.raises(ValidationError) as error:
        demo_guide.full_clean()
    assert error.value.message_dict["body"] == [
        "Cites [cite:nowhere], but no source has that key. Add the source or fix the marker."
    ]


def test_a_reviewer_is_a_person_or_a_team_not_both(demo_guide):
    demo_guide.reviewer_person = AuthorPage.objects.get(slug="kanika-mathur")
    with pytest.raises(ValidationError) as error:
        demo_guide.full_clean()
    assert error.value.message_dict["reviewer_team"] == ["Choose a reviewing person or a reviewing team, not both."]


def test_two_headings_with_the_same_link_are_refused(demo_guide):
    body = demo_guide.body.get_prep_value()
    body.append({"type": "heading", "value": {"text": "Python", "level": "h3"}})
    demo_guide.body = json.dumps(body)
    with pytest.raises(ValidationError) as error:
        demo_guide.full_clean()
    assert "#python" in error.value.message_dict["body"][0]


def test_internal_links_follow_a_page_when_it_moves(client, demo_guide):
    from wagtail.models import Page

    service = Page.objects.get(slug="custom-software-development")
    service.move(Page.objects.get(slug="case-studies"), pos="last-child")
    html = client.get(demo_guide.url).content.decode()
    assert 'href="/case-studies/custom-software-development/"' in html
    assert 'href="/services/custom-software-development/"' not in html


def test_a_deleted_matrix_leaves_the_guide_readable(client, demo_guide):
    from frameworks.models import ComparisonMatrix

    ComparisonMatrix.objects.get(slug="backend-frameworks-2026").delete()
    response = client.get(demo_guide.url)
    assert response.status_code == 200
    assert "The 2026 backend framework landscape, compared" not in response.content.decode()
    assert "Data behind this chart" in response.content.decode()


def test_a_person_can_be_the_reviewer_and_is_linked(client, demo_guide):
    demo_guide.reviewer_team = None
    demo_guide.reviewer_person = AuthorPage.objects.get(slug="kanika-mathur")
    demo_guide.save_revision().publish()
    html = client.get(demo_guide.url).content.decode()
    assert 'Reviewed by <a href="/authors/kanika-mathur/">Kanika Mathur</a>' in html
