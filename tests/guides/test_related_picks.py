"""Related guides: an optional list of picks that starts empty, so "Submit" accepts what "Save draft" did."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import streamfield

from guides.blocks import RelatedGuidesBlock
from guides.models import GuidePage
from tests.guides.factories import GuideIndexPageFactory
from tests.guides.test_admin_publishing import guide_form

pytestmark = pytest.mark.django_db


def test_a_new_related_guides_block_starts_with_no_picks():
    assert list(RelatedGuidesBlock().get_default()["picks"]) == []


def test_a_guide_with_an_empty_pick_is_submitted_for_review(admin_client, roles):
    index = GuideIndexPageFactory()
    related = streamfield(
        [
            (
                "related_guides",
                {
                    "eyebrow": "Keep reading",
                    "heading": "Related guides worth your time",
                    "count": "3",
                    "picks": {"count": "1", "0": {"value": "", "deleted": "", "order": "0", "id": "pick-1"}},
                },
            )
        ]
    )
    form = guide_form(related=related, **{"action-submit": "Submit"})
    del form["action-publish"]

    response = admin_client.post(reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk]), form)

    assert response.status_code == 302, response.context["form"].errors
    guide = GuidePage.objects.get(slug="choosing-a-message-queue")
    assert guide.current_workflow_task.name == "Engineering review"
