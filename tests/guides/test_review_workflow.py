"""Engineering review: an editor submits a guide, a reviewer approves it (it goes live, crediting the
reviewer) or requests changes with a comment; nobody approves their own guide; reviewers are told."""

from datetime import UTC, datetime
from unittest import mock

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import WorkflowState

from guides.models import GuidePage
from tests.authors.factories import AuthorPageFactory, TeamFactory
from tests.guides.factories import GuideIndexPageFactory
from tests.guides.test_admin_publishing import guide_form

pytestmark = pytest.mark.django_db

GUIDE_URL = "/guides/choosing-a-message-queue/"


@pytest.fixture
def editor(member):
    return member("Editors", "edith", author_page=AuthorPageFactory(title="Edith Lane"))


@pytest.fixture
def reviewer(member):
    return member("Engineering reviewers", "ravi", author_page=AuthorPageFactory(title="Ravi Iyer", slug="ravi-iyer"))


def submit_new_guide(client_for, user):
    """The editor writes a guide and presses "Submit to Engineering review"."""
    index = GuideIndexPageFactory()
    form = guide_form(**{"action-submit": "Submit"})
    del form["action-publish"]
    response = client_for(user).post(reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk]), form)
    assert response.status_code == 302
    return GuidePage.objects.get(slug="choosing-a-message-queue")


def act(client_for, user, guide, action, comment=""):
    task_state = guide.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[guide.pk, action, task_state.pk])
    return client_for(user).post(url, {"comment": comment})


def test_submitting_a_guide_e_mails_the_reviewers(client_for, editor, reviewer):
    submit_new_guide(client_for, editor)

    to_reviewer = [message for message in mail.outbox if message.to == ["ravi@example.com"]]
    assert len(to_reviewer) == 1
    assert "Choosing a message queue" in to_reviewer[0].subject


def test_a_submitted_guide_waits_for_review_unseen_by_readers(client_for, client, editor, reviewer):
    guide = submit_new_guide(client_for, editor)

    assert guide.current_workflow_task.name == "Engineering review"
    assert client.get(GUIDE_URL).status_code == 404


def test_approval_publishes_the_guide_crediting_the_reviewer_and_the_date(client_for, client, editor, reviewer):
    guide = submit_new_guide(client_for, editor)

    with mock.patch("django.utils.timezone.now", return_value=datetime(2026, 7, 15, 14, 30, tzinfo=UTC)):
        response = act(client_for, reviewer, guide, "approve")

    assert response.status_code == 302
    html = client.get(GUIDE_URL).content.decode()
    assert (
        '<p class="byline__reviewer">Reviewed by <a href="/authors/ravi-iyer/">Ravi Iyer</a> on '
        '<time datetime="2026-07-15">Jul 15, 2026</time></p>'
    ) in html


def test_requesting_changes_sends_the_guide_back_with_the_comment(client_for, client, editor, reviewer):
    guide = submit_new_guide(client_for, editor)

    act(client_for, reviewer, guide, "reject", comment="Add the throughput figures for Kafka.")

    assert client.get(GUIDE_URL).status_code == 404
    assert WorkflowState.objects.get().status == "needs_changes"
    edit_page = client_for(editor).get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    assert "Add the throughput figures for Kafka." in edit_page


def test_an_author_cannot_approve_their_own_guide(client_for, client, member):
    author_reviewer = member("Editors", "kanika")
    author_reviewer.groups.add(*member("Engineering reviewers", "other").groups.all())
    guide = submit_new_guide(client_for, author_reviewer)

    response = act(client_for, author_reviewer, guide, "approve")

    assert response.status_code == 302
    assert client.get(GUIDE_URL).status_code == 404
    assert WorkflowState.objects.get().status == "in_progress"


def test_an_author_is_offered_no_approve_button_on_their_own_guide(client_for, member):
    author_reviewer = member("Editors", "kanika")
    author_reviewer.groups.add(*member("Engineering reviewers", "other").groups.all())
    guide = submit_new_guide(client_for, author_reviewer)

    actions = guide.current_workflow_task.get_actions(guide, author_reviewer)

    assert [label for name, label, modal in actions] == ["Request changes"]


def test_a_guide_cannot_be_hand_credited_to_a_reviewer(client_for, editor, reviewer):
    ravi = reviewer.editorial_profile.author_page
    form = guide_form(reviewer_person=ravi.pk, **{"action-submit": "Submit"})
    del form["action-publish"]
    index = GuideIndexPageFactory()

    client_for(editor).post(reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk]), form)

    draft = GuidePage.objects.get(slug="choosing-a-message-queue").get_latest_revision_as_object()
    assert draft.reviewer_person is None


def test_a_reviewer_approves_a_frameworks_record_and_it_is_published(client_for, editor, reviewer):
    from frameworks.models import Framework
    from tests.frameworks.factories import FrameworkFactory

    framework = FrameworkFactory(name="Litestar", live=False)
    framework.save_revision(user=editor)
    framework.get_workflow().start(framework, editor)
    task_state = framework.current_workflow_task_state

    response = client_for(reviewer).post(
        reverse("wagtailsnippets_frameworks_framework:workflow_action", args=[framework.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert response.status_code == 302
    assert Framework.objects.get(pk=framework.pk).live is True


def test_whoever_submitted_a_frameworks_record_cannot_approve_it(client_for, member):
    from frameworks.models import Framework
    from tests.frameworks.factories import FrameworkFactory

    both = member("Editors", "kanika")
    both.groups.add(*member("Engineering reviewers", "other").groups.all())
    framework = FrameworkFactory(name="Litestar", live=False)
    framework.save_revision(user=both)
    framework.get_workflow().start(framework, both)
    task_state = framework.current_workflow_task_state

    client_for(both).post(
        reverse("wagtailsnippets_frameworks_framework:workflow_action", args=[framework.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    assert Framework.objects.get(pk=framework.pk).live is False


def test_a_reviewer_without_a_profile_approves_and_the_reviewing_team_is_credited(client_for, client, editor, member):
    TeamFactory(name="Platform engineering", slug="platform-engineering")
    no_profile = member("Engineering reviewers", "nadia")
    guide = submit_new_guide(client_for, editor)

    with mock.patch("django.utils.timezone.now", return_value=datetime(2026, 7, 15, 14, 30, tzinfo=UTC)):
        act(client_for, no_profile, guide, "approve")

    html = client.get(GUIDE_URL).content.decode()
    assert (
        '<p class="byline__reviewer">Reviewed by Platform engineering on '
        '<time datetime="2026-07-15">Jul 15, 2026</time></p>'
    ) in html


def test_approval_by_a_reviewer_without_a_profile_keeps_the_guides_reviewing_team(client_for, client, editor, member):
    TeamFactory(name="Another team", slug="another-team")
    guide = submit_new_guide(client_for, editor)
    tom = member("Engineering reviewers", "tom", team=TeamFactory(name="Zeta team", slug="zeta"))
    act(client_for, tom, guide, "approve")
    guide.refresh_from_db()
    guide.save_revision(user=editor)
    guide.current_workflow_state or guide.get_workflow().start(guide, editor)

    act(client_for, member("Engineering reviewers", "nadia"), guide, "approve")

    guide.refresh_from_db()
    assert (guide.reviewer_person, str(guide.reviewer_team)) == (None, "Zeta team")
