"""A new guide's form sent twice (an autosave, then "Save draft" before the autosave's answer came
back) creates one guide, and the second send saves over it as a new revision (guides/create_once.py)."""

import pytest
from django.urls import reverse

from guides.models import GuidePage
from tests.guides.factories import GuideIndexPageFactory
from tests.guides.test_admin_publishing import guide_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def create_url():
    index = GuideIndexPageFactory()
    return reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk])


@pytest.fixture
def draft_form():
    form = guide_form()
    del form["action-publish"]  # "Save draft"
    return lambda **changes: {**form, **changes}


def test_save_draft_sent_after_an_autosave_created_the_guide_saves_that_guide(admin_client, create_url, draft_form):
    autosaved = admin_client.post(create_url, draft_form(), HTTP_ACCEPT="application/json")
    guide = GuidePage.objects.get()
    assert autosaved.json()["pk"] == guide.pk

    saved = admin_client.post(create_url, draft_form(standfirst="What decides it, in four questions."))

    assert saved.status_code == 302
    assert saved["Location"] == reverse("wagtailadmin_pages:edit", args=[guide.pk])
    assert GuidePage.objects.count() == 1
    assert guide.revisions.count() == 2
    assert GuidePage.objects.get().get_latest_revision_as_object().standfirst == "What decides it, in four questions."


def test_a_second_autosave_to_the_create_address_saves_the_same_guide(admin_client, create_url, draft_form):
    admin_client.post(create_url, draft_form(), HTTP_ACCEPT="application/json")

    again = admin_client.post(create_url, draft_form(standfirst="Two questions."), HTTP_ACCEPT="application/json")

    assert again.status_code == 200
    assert again.json()["success"] is True
    assert GuidePage.objects.count() == 1
    assert GuidePage.objects.get().get_latest_revision_as_object().standfirst == "Two questions."


def test_another_persons_guide_of_that_slug_is_never_saved_over(
    admin_client, create_url, draft_form, django_user_model
):
    colleague = django_user_model.objects.create_superuser("colleague", "colleague@example.com", "pw")
    admin_client.post(create_url, draft_form(), HTTP_ACCEPT="application/json")
    GuidePage.objects.update(owner=colleague)

    response = admin_client.post(create_url, draft_form(standfirst="Mine."))

    assert response.status_code == 200  # the form again, with the slug error
    assert "belongs to" in response.content.decode() or "already in use" in response.content.decode()
    assert GuidePage.objects.get().get_latest_revision_as_object().standfirst != "Mine."
