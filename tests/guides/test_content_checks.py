"""Content checks: errors refuse publishing with the message on the field (or block) at fault,
warnings only inform; the editor lists both, and counts characters as the editor types."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse

from guides.models import GuidePage
from tests.guides.factories import (
    GuideIndexPageFactory,
    GuidePageFactory,
    ImageFactory,
    faq,
    heading,
    paragraph,
    related_guides,
    source,
)
from tests.guides.test_admin_publishing import guide_form

pytestmark = pytest.mark.django_db


def draft_of(**fields):
    """A live guide with these fields in a draft, as "Save draft" leaves it (checks deferred)."""
    guide = GuidePageFactory()
    for name, value in fields.items():
        setattr(guide, name, value)
    return guide


def save_draft(guide):
    guide.save_revision(clean=False)
    return guide


def errors_of(guide):
    with pytest.raises(ValidationError) as error:
        guide.full_clean()
    return error.value


def panel_text(admin_client, guide):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    panel = BeautifulSoup(html, "html.parser").select_one("section.content-checks")
    return " ".join(panel.get_text(" ").split())


def test_a_hero_image_without_a_description_refuses_publishing():
    guide = draft_of(hero_image=ImageFactory(title="hero", description=""))
    assert errors_of(guide).message_dict == {
        "hero_image": [
            "The hero image 'hero' has no description, its alt text: describe the picture in the image's "
            "Description (Images menu)."
        ]
    }


def test_a_hero_image_whose_alt_text_is_a_file_name_refuses_publishing():
    guide = draft_of(hero_image=ImageFactory(title="Racks", description="IMG_2041.jpg"))
    assert errors_of(guide).message_dict == {
        "hero_image": [
            "The hero image's alt text 'IMG_2041.jpg' reads like a file name: describe the picture in the image's "
            "Description (Images menu)."
        ]
    }


def test_a_described_hero_image_passes():
    GuidePageFactory(hero_image=ImageFactory(description="A row of server racks")).full_clean()


def test_a_sub_section_before_any_section_is_refused_on_its_level():
    guide = draft_of(body=[paragraph("<p>Intro.</p>"), heading("Details", level="h3")])
    assert errors_of(guide).error_dict["body"][0].as_json_data() == {
        "blockErrors": {
            1: {
                "blockErrors": {
                    "level": {
                        "messages": [
                            "This sub-section (h3) comes before any section (h2): headings must not skip a level."
                        ]
                    }
                }
            }
        }
    }


def test_an_empty_faq_answer_is_refused_on_the_faq():
    guide = draft_of(body=[faq(("Is Django fast enough?", "<p></p>"))])
    assert errors_of(guide).error_dict["body"][0].as_json_data() == {
        "blockErrors": {
            0: {"blockErrors": {"items": {"messages": ["Question 1 ('Is Django fast enough?') has no answer."]}}}
        }
    }


def test_a_title_over_its_length_refuses_publishing_with_the_count():
    guide = draft_of(title="A" * 130)
    assert errors_of(guide).message_dict == {"title": ["130 characters; keep it to 120 or fewer."]}


def test_a_standfirst_over_its_length_refuses_publishing_with_the_count():
    guide = draft_of(standfirst="Words " * 60)
    assert errors_of(guide).message_dict == {"standfirst": ["360 characters; keep it to 320 or fewer."]}


def test_a_long_meta_description_and_an_uncited_source_are_warnings_that_publishing_allows(admin_client):
    guide = GuidePageFactory(
        search_description="D" * 170,
        body=[paragraph("<p>No citations here.</p>")],
        sources=[source("docs")],
    )
    guide.full_clean()  # publishing is allowed

    text = panel_text(admin_client, guide)

    assert "2 warnings (publishing is allowed):" in text
    assert "Search description: 170 characters; keep it to 160 or fewer (search results cut it there)." in text
    assert "Sources, block 1: Source 'docs' is not cited: write [cite:docs] after a claim." in text


def test_too_few_related_guides_is_a_warning(admin_client):
    other = GuidePageFactory(title="Vue vs React")
    guide = GuidePageFactory(related=[related_guides(other, count=3)])

    assert "Related, block 1: Shows 1 of the 3 related guides asked for: pick more, or lower the count." in panel_text(
        admin_client, guide
    )


def test_the_editor_lists_errors_of_the_saved_draft(admin_client):
    guide = save_draft(draft_of(body=[paragraph("<p>Claim [cite:nowhere].</p>")]))

    text = panel_text(admin_client, guide)

    assert "1 error: publishing is refused until it is fixed. Drafts still save." in text
    assert "Body, block 1: Cites [cite:nowhere], but no source has that key." in text


def test_a_too_long_title_is_not_cut_by_the_browser_and_is_refused_with_its_length(admin_client):
    guide = GuidePageFactory()
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    title_input = BeautifulSoup(html, "html.parser").find("textarea", attrs={"name": "title"})

    assert title_input.get("maxlength") is None
    assert title_input["data-guide-limit"] == "120"
    assert "js/guide_editor.js" in html


def test_a_long_title_wraps_in_a_growing_box_and_stays_one_line(admin_client):
    add_guide_url = reverse("wagtailadmin_pages:add", args=["guides", "guidepage", GuideIndexPageFactory().pk])
    html = admin_client.get(add_guide_url).content.decode()
    title = BeautifulSoup(html, "html.parser").find(attrs={"name": "title"})

    assert (title.name, title["rows"]) == ("textarea", "1")
    assert title["data-controller"].split() == ["w-autosize", "w-sync"]

    form = guide_form(title="Choosing a message queue:\r\nKafka or RabbitMQ")
    assert admin_client.post(add_guide_url, form).status_code == 302
    assert GuidePage.objects.get(slug="choosing-a-message-queue").title == "Choosing a message queue: Kafka or RabbitMQ"
