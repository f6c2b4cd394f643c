"""Engineering review: who a signed-in reviewer is to readers, and the workflow task that approves a guide.

An editor submits a guide for review; a member of the task's groups (Engineering reviewers) approves
it or requests changes with a comment. Approval credits the reviewer's author profile (or team) as
"Reviewed by" with the date readers see, on the revision that is published. Nobody approves a
guide they wrote or submitted.
"""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.db import models
from django.utils import timezone
from wagtail.admin.panels import FieldPanel
from wagtail.models import AbstractGroupApprovalTask

from authors.models import Team


class EditorialProfile(models.Model):
    """Links an admin login to the person (author page) or team that readers see credited."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="editorial_profile", verbose_name="login"
    )
    author_page = models.ForeignKey(
        "authors.AuthorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="author page",
        help_text="The author page credited when this person writes or reviews a guide.",
    )
    team = models.ForeignKey(
        "authors.Team",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Credited as the reviewer when the person has no author page.",
    )

    panels = [FieldPanel("user"), FieldPanel("author_page"), FieldPanel("team")]

    class Meta:
        verbose_name = "editorial profile"

    def __str__(self):
        return f"{self.user.get_username()}: {self.author_page or self.team or 'not credited'}"


def profile_of(user):
    try:
        return user.editorial_profile
    except (EditorialProfile.DoesNotExist, AttributeError):
        return None


def wrote_or_submitted(guide, user):
    """True when the user created, submitted or is credited as the author of the guide (or record)."""
    if getattr(guide, "owner_id", None) == user.pk:
        return True
    state = guide.current_workflow_state
    if state and state.requested_by_id == user.pk:
        return True
    profile = profile_of(user)
    return bool(profile and profile.author_page_id and profile.author_page_id == getattr(guide, "author_id", None))


class EngineeringReviewTask(AbstractGroupApprovalTask):
    """A group approval that refuses the guide's own author and credits the reviewer on approval."""

    class Meta:
        verbose_name = "engineering review"
        verbose_name_plural = "engineering reviews"

    @classmethod
    def get_description(cls):
        return (
            "Members of the chosen groups approve or request changes; an author never approves their own guide, "
            "and approval credits the reviewer on the guide."
        )

    def get_actions(self, obj, user):
        actions = super().get_actions(obj, user)
        if actions and wrote_or_submitted(obj, user):
            return [action for action in actions if action[0] != "approve"]
        return actions

    def on_action(self, task_state, user, action_name, **kwargs):
        if action_name == "approve":
            guide = task_state.workflow_state.content_object
            if wrote_or_submitted(guide, user):
                raise PermissionDenied("An author cannot approve their own guide.")
            credit_reviewer(guide, user)
        return super().on_action(task_state, user, action_name, **kwargs)


def credited_for(user, guide):
    """(person, team) that approval by `user` credits: their author page, else their profile's team;
    with neither (no editorial profile yet), the team that reviewed the guide before, else the
    reviewing team (the first team): an approval always credits somebody, never wipes the credit."""
    profile = profile_of(user)
    if profile and profile.author_page_id:
        return profile.author_page, None
    if profile and profile.team_id:
        return None, profile.team
    team = getattr(guide, "reviewer_team", None) or Team.objects.order_by("name").first()
    if team is None:  # a site with no team yet: the reviewers are credited as one
        team, _ = Team.objects.get_or_create(slug="engineering", defaults={"name": "Engineering"})
    return None, team


def credit_reviewer(guide, user):
    """Set "Reviewed by" and the review date on the revision that approval publishes."""
    revision = guide.get_latest_revision()
    draft = revision.as_object()
    if not hasattr(draft, "last_reviewed_at"):
        return
    draft.reviewer_person, draft.reviewer_team = credited_for(user, draft)
    draft.last_reviewed_at = timezone.now()
    revision.content = draft.serializable_data()
    revision.save(update_fields=["content"])
