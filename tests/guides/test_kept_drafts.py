"""A half-written guide that autosave kept does not leave the editor stuck on "slug already in use":
starting the guide again points to the kept draft."""

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.guides.factories import GuideIndexPageFactory, GuidePageFactory
from tests.guides.test_admin_publishing import guide_form

pytestmark = pytest.mark.django_db


def test_starting_a_guide_again_points_to_the_draft_autosave_kept(admin_client, admin_user, settings):
    settings.TIME_ZONE = "UTC"
    index = GuideIndexPageFactory()
    kept = GuidePageFactory(
        parent=index,
        title="Choosing a message queue",
        slug="choosing-a-message-queue",
        live=False,
        first_published_at=None,
        last_published_at=None,
        owner=admin_user,
    )
    kept.save_revision(user=admin_user, clean=False)
    type(kept).objects.filter(pk=kept.pk).update(latest_revision_created_at=datetime(2026, 12, 7, 9, 5, tzinfo=UTC))
    url = reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk])

    form = guide_form()
    del form["action-publish"]  # "Save draft"

    response = admin_client.post(url, form)

    soup = BeautifulSoup(response.content.decode(), "html.parser")
    error = soup.find(id="id_slug").find_parent(attrs={"data-field-wrapper": True}).select_one(".error-message")
    assert " ".join(error.get_text().split()) == (
        "The address 'choosing-a-message-queue' belongs to your unpublished draft 'Choosing a message queue', "
        "kept since Dec 7, 09:05: continue that draft (or delete it), or choose another slug."
    )
    assert error.select_one("a")["href"] == reverse("wagtailadmin_pages:edit", args=[kept.pk])
