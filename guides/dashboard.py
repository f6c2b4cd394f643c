"""Dashboard panels for editors: guides by state, guides due a review, guides whose data changed,
and shortcuts for someone new to the admin. Shown to anyone who may edit pages."""

from datetime import timedelta

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, WorkflowState

from core.pages import not_expired

from .models import GuideIndexPage, GuidePage
from .models.pages import REVIEWED

REVIEW_DUE_AFTER = timedelta(days=365)
LISTED = 10


def guide_counts_by_state():
    """{state: count} for draft, in review, scheduled, live and expired guides (each guide once)."""
    now = timezone.now()
    guides = GuidePage.objects.all()
    page_type = ContentType.objects.get_for_model(Page)
    in_review = set(
        WorkflowState.objects.filter(base_content_type=page_type, status=WorkflowState.STATUS_IN_PROGRESS)
        .values_list("object_id", flat=True)
        .distinct()
    )
    scheduled = set(
        Revision.page_revisions.filter(approved_go_live_at__isnull=False).values_list("object_id", flat=True)
    )
    counts = {"draft": 0, "in review": 0, "scheduled": 0, "live": 0, "expired": 0}
    for guide in guides.values("pk", "live", "expired", "expire_at"):
        past_expiry = guide["expire_at"] is not None and guide["expire_at"] <= now
        if guide["expired"] or (guide["live"] and past_expiry):
            counts["expired"] += 1
        elif guide["live"]:
            counts["live"] += 1
        elif str(guide["pk"]) in in_review:
            counts["in review"] += 1
        elif str(guide["pk"]) in scheduled:
            counts["scheduled"] += 1
        else:
            counts["draft"] += 1
    return counts


def scheduled_guides():
    """[(guide, go-live time)] of guides waiting to go live, soonest first: a scheduled revision of a
    guide not live yet, or of a live guide's next version (two queries)."""
    scheduled = (
        Revision.page_revisions.filter(approved_go_live_at__isnull=False)
        .order_by("approved_go_live_at")
        .values_list("object_id", "approved_go_live_at")
    )
    times = {}
    for object_id, go_live_at in scheduled:
        times.setdefault(int(object_id), go_live_at)
    guides = GuidePage.objects.filter(pk__in=list(times)).defer_streamfields().in_bulk()
    return [(guides[pk], go_live_at) for pk, go_live_at in times.items() if pk in guides][:LISTED]


def guides_due_a_review():
    """Live guides never reviewed (no reviewer credited with a date, as the page reads it), or last
    reviewed over a year ago, the longest waiting first."""
    cutoff = timezone.now() - REVIEW_DUE_AFTER
    due = GuidePage.objects.live().filter(not_expired()).defer_streamfields()
    never = due.exclude(REVIEWED).order_by("first_published_at")
    stale = due.filter(REVIEWED, last_reviewed_at__lt=cutoff).order_by("last_reviewed_at")
    return list(never[:LISTED]) + list(stale[:LISTED]), never.count() + stale.count()


def guides_with_changed_data():
    flagged = GuidePage.objects.filter(data_changed_at__isnull=False).defer_streamfields().order_by("data_changed_at")
    return list(flagged[:LISTED]), flagged.count()


class GuidesDashboardPanel(Component):
    name = "guides_overview"
    template_name = "guides/admin/dashboard_panel.html"
    order = 50

    def get_context_data(self, parent_context=None):
        due, due_count = guides_due_a_review()
        changed, changed_count = guides_with_changed_data()
        index = GuideIndexPage.objects.first()
        return {
            "counts": guide_counts_by_state(),
            "scheduled": scheduled_guides(),
            "due": due,
            "due_count": due_count,
            "changed": changed,
            "changed_count": changed_count,
            "new_guide_url": (
                reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk]) if index else None
            ),
            "guides_url": reverse("wagtailadmin_explore", args=[index.pk]) if index else None,
            "changed_url": (reverse("wagtailadmin_explore", args=[index.pk]) + "?data_changed=1") if index else None,
            "frameworks_url": reverse("wagtailsnippets_frameworks_framework:list"),
            "images_url": reverse("wagtailimages:index"),
        }
