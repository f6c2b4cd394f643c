"""Changing frameworks data purges the pages that show it from a front-end cache (CDN).

A recording backend (tests/frameworks/purge_recorder.py) stands in for the CDN, configured as a
real one would be, so the tests see every URL the CDN would be sent: a duplicated or needless
purge shows up in the list.
"""

import pytest
from django.db import transaction
from wagtail.admin.admin_url_finder import AdminURLFinder

from frameworks.models import ComparisonMatrixRow
from tests.frameworks import purge_recorder
from tests.frameworks.factories import FrameworkFactory, FrameworkIndexPageFactory, matrix_of, survey_with_figures
from tests.guides.factories import GuidePageFactory, adoption_chart, comparison_matrix, paragraph
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def purged(settings, db):
    """The URLs the CDN is asked to purge, in the order it receives them."""
    home_page()  # made before recording: on a migrated database it replaces Wagtail's placeholder, a purge
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.frameworks.purge_recorder.RecordingBackend", "HOSTNAMES": ["localhost"]}
    }
    purge_recorder.purged_urls.clear()
    yield purge_recorder.purged_urls
    purge_recorder.purged_urls.clear()


@pytest.fixture
def framework(db):
    return FrameworkFactory(name="Django", values={"learning-curve": "Moderate"})


class Abandoned(Exception):
    """Raised to roll a transaction back."""


def edit(framework):
    framework.website = "https://www.djangoproject.com/"
    framework.save()


def test_saving_a_framework_purges_the_guide_that_shows_it_once(purged, django_capture_on_commit_callbacks, framework):
    GuidePageFactory(slug="frameworks", body=[comparison_matrix(matrix_of([framework]))])

    with django_capture_on_commit_callbacks(execute=True):
        edit(framework)

    assert purged == ["http://localhost/guides/frameworks/"]


def test_removing_a_framework_from_a_matrix_purges_the_guide_that_shows_it(
    purged, django_capture_on_commit_callbacks, framework
):
    matrix = matrix_of([framework, FrameworkFactory(name="Flask")])
    GuidePageFactory(slug="frameworks", body=[comparison_matrix(matrix)])

    with django_capture_on_commit_callbacks(execute=True):
        ComparisonMatrixRow.objects.get(matrix=matrix, framework=framework).delete()

    assert purged == ["http://localhost/guides/frameworks/"]


def survey_form(survey, shares, **actions):
    """The survey edit form as the admin posts it, with new shares for its figures."""
    form = {
        "publisher": survey.publisher,
        "name": survey.name,
        "year": str(survey.year),
        "slug": survey.slug,
        "sample_size": "24000",
        "section": survey.section,
        "source_url": "",
        "figures-TOTAL_FORMS": str(len(shares)),
        "figures-INITIAL_FORMS": str(len(shares)),
        "figures-MIN_NUM_FORMS": "0",
        "figures-MAX_NUM_FORMS": "1000",
        **actions,
    }
    for index, (figure, share) in enumerate(zip(survey.figures.all(), shares, strict=True)):
        form |= {
            f"figures-{index}-id": str(figure.pk),
            f"figures-{index}-framework": str(figure.framework_id),
            f"figures-{index}-share": share,
            f"figures-{index}-ORDER": str(index + 1),
            f"figures-{index}-DELETE": "",
        }
    return form


@pytest.fixture
def survey_shown_in_a_guide(framework):
    survey = survey_with_figures({framework: "12.6", FrameworkFactory(name="Flask"): "14.4"}, year=2025)
    GuidePageFactory(slug="adoption", body=[adoption_chart(survey)])
    return survey


def test_publishing_a_survey_and_its_figures_in_the_admin_purges_the_guide_once(
    purged, django_capture_on_commit_callbacks, admin_client, survey_shown_in_a_guide
):
    form = survey_form(survey_shown_in_a_guide, ["13.1", "14.9"], **{"action-publish": "action-publish"})

    # One request saves the survey, both figures and a revision, in one transaction.
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(AdminURLFinder().get_edit_url(survey_shown_in_a_guide), form)

    assert response.status_code == 302
    assert purged == ["http://localhost/guides/adoption/"]


def test_saving_a_draft_of_a_survey_purges_nothing(
    purged, django_capture_on_commit_callbacks, admin_client, survey_shown_in_a_guide
):
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            AdminURLFinder().get_edit_url(survey_shown_in_a_guide),
            survey_form(survey_shown_in_a_guide, ["13.1", "14.9"]),
        )

    assert response.status_code == 302
    assert purged == []


def test_a_rolled_back_change_purges_nothing_and_the_next_change_still_purges(
    purged, django_capture_on_commit_callbacks, framework
):
    GuidePageFactory(slug="frameworks", body=[comparison_matrix(matrix_of([framework]))])

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(Abandoned), transaction.atomic():
        edit(framework)
        raise Abandoned
    assert purged == []

    with django_capture_on_commit_callbacks(execute=True):
        edit(framework)
    assert purged == ["http://localhost/guides/frameworks/"]


def test_a_guide_without_frameworks_data_is_not_purged(purged, django_capture_on_commit_callbacks, framework):
    GuidePageFactory(slug="frameworks", body=[comparison_matrix(matrix_of([framework]))])
    GuidePageFactory(slug="prose", body=[paragraph("<p>Django is a web framework.</p>")])

    with django_capture_on_commit_callbacks(execute=True):
        edit(framework)

    assert purged == ["http://localhost/guides/frameworks/"]


def test_a_draft_guide_that_shows_frameworks_data_is_not_purged(purged, django_capture_on_commit_callbacks, framework):
    matrix = matrix_of([framework])
    GuidePageFactory(slug="frameworks", body=[comparison_matrix(matrix)])
    GuidePageFactory(slug="draft", live=False, body=[comparison_matrix(matrix)])

    with django_capture_on_commit_callbacks(execute=True):
        edit(framework)

    assert purged == ["http://localhost/guides/frameworks/"]


def test_an_unpublished_guide_that_shows_frameworks_data_is_not_purged(
    purged, django_capture_on_commit_callbacks, framework
):
    matrix = matrix_of([framework])
    GuidePageFactory(slug="frameworks", body=[comparison_matrix(matrix)])
    withdrawn = GuidePageFactory(slug="withdrawn", body=[comparison_matrix(matrix)])
    withdrawn.unpublish()
    purged.clear()  # unpublishing purges the page itself; that is Wagtail's own doing

    with django_capture_on_commit_callbacks(execute=True):
        edit(framework)

    assert purged == ["http://localhost/guides/frameworks/"]


def test_saving_a_framework_purges_the_frameworks_page_and_every_profile(
    purged, django_capture_on_commit_callbacks, framework
):
    FrameworkIndexPageFactory()
    FrameworkFactory(name="Flask")

    with django_capture_on_commit_callbacks(execute=True):
        edit(framework)

    assert sorted(purged) == [
        "http://localhost/frameworks/",
        "http://localhost/frameworks/django/",
        "http://localhost/frameworks/flask/",
    ]
