"""'Data changed since review': publishing frameworks data a guide shows flags the guide in the
page listing and on its edit view, until an editor republishes it or confirms it."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Permission
from django.urls import reverse

from frameworks.models import Framework
from guides.models import GuidePage
from tests.frameworks.factories import FrameworkFactory, matrix_of, survey_with_figures
from tests.guides.factories import GuidePageFactory, adoption_chart, comparison_matrix

pytestmark = pytest.mark.django_db


def listing_titles(admin_client, parent):
    html = admin_client.get(reverse("wagtailadmin_explore", args=[parent.pk])).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    return sorted(" ".join(link.get_text().split()) for link in soup.select("td.title .title-wrapper a"))


def listing_statuses(admin_client, parent, query=""):
    html = admin_client.get(reverse("wagtailadmin_explore", args=[parent.pk]) + query).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    return {
        " ".join(row.select_one("td.title .title-wrapper a").get_text().split()): " ".join(
            row.select_one(".w-status").get_text().split()
        )
        for row in soup.select("tbody tr")
        if row.select_one("td.title .title-wrapper a")
    }


def warning(admin_client, guide):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    block = BeautifulSoup(html, "html.parser").select_one(".data-review")
    return " ".join(block.get_text().split()) if block else None


@pytest.fixture
def guides():
    django = FrameworkFactory(name="Django")
    matrix = matrix_of([django], criteria=["learning-curve"], title="Python frameworks")
    survey = survey_with_figures({FrameworkFactory(name="Flask"): "14.4"}, year=2025)
    return {
        "matrix": GuidePageFactory(title="Matrix guide", body=[comparison_matrix(matrix)]),
        "chart": GuidePageFactory(title="Chart guide", body=[adoption_chart(survey)]),
    }


def publish_a_change_to_django():
    django = Framework.objects.get(name="Django")
    django.website = "https://www.djangoproject.com/"
    django.save_revision().publish()


def test_publishing_a_framework_flags_the_guides_that_show_it_and_no_others(admin_client, guides):
    publish_a_change_to_django()

    assert listing_titles(admin_client, guides["matrix"].get_parent()) == ["Chart guide", "Matrix guide"]
    assert warning(admin_client, guides["chart"]) is None
    assert warning(admin_client, guides["matrix"]).startswith(
        "Data changed since review. Frameworks data this guide shows was published after the guide was last "
        "published or reviewed: Django (framework), published"
    )


def test_saving_a_draft_flags_nothing(admin_client, guides):
    django = Framework.objects.get(name="Django")
    django.website = "https://www.djangoproject.com/"
    django.save_revision()

    assert warning(admin_client, guides["matrix"]) is None


def test_confirming_clears_the_flag(admin_client, guides):
    publish_a_change_to_django()
    confirm_url = reverse("guides_confirm_data", args=[guides["matrix"].pk])
    page = admin_client.get(confirm_url).content.decode()
    assert "Yes, the guide still reads right" in page

    response = admin_client.post(confirm_url)

    assert response.status_code == 302
    assert warning(admin_client, guides["matrix"]) is None
    assert "Matrix guide" in listing_titles(admin_client, guides["matrix"].get_parent())


def test_republishing_the_guide_clears_the_flag(admin_client, guides):
    publish_a_change_to_django()
    GuidePage.objects.get(pk=guides["matrix"].pk).save_revision().publish()

    assert warning(admin_client, guides["matrix"]) is None


def test_a_user_who_cannot_edit_the_guide_cannot_confirm_it(client, django_user_model, guides):
    publish_a_change_to_django()
    user = django_user_model.objects.create_user("sales", password="unused")
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)

    response = client.post(reverse("guides_confirm_data", args=[guides["matrix"].pk]))

    assert (response.status_code, response["Location"]) == (302, "/admin/")  # Wagtail's "no permission" redirect
    guide = GuidePage.objects.get(pk=guides["matrix"].pk)
    assert guide.data_changed_at is not None


def test_the_flag_is_a_status_beside_the_title_never_part_of_it(admin_client, guides):
    publish_a_change_to_django()
    guide = GuidePage.objects.get(pk=guides["matrix"].pk)

    assert guide.get_admin_display_title() == "Matrix guide"
    assert listing_statuses(admin_client, guide.get_parent()) == {
        "Chart guide": "Current page status: live",
        "Matrix guide": "Current page status: live · data changed",
    }
    editor = admin_client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    assert "Matrix guide (data changed" not in editor


def test_the_page_listing_filters_the_guides_whose_data_changed(admin_client, guides):
    publish_a_change_to_django()

    assert listing_titles_of(admin_client, guides["matrix"].get_parent(), "?data_changed=1") == ["Matrix guide"]


def listing_titles_of(admin_client, parent, query):
    html = admin_client.get(reverse("wagtailadmin_explore", args=[parent.pk]) + query).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    return sorted(" ".join(link.get_text().split()) for link in soup.select("td.title .title-wrapper a"))
