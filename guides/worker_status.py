"""The background work as administrators see it on the dashboard: when each worker was last seen
(its heartbeat, guides/worker.py), and how long the oldest task that is due has waited. A worker
not seen for three beats is missing; a due task waiting WORKER_QUEUE_STUCK_SECONDS means the queue is
stuck (no worker, or one busy for too long), and the panel says what to do."""

from datetime import timedelta

from django.conf import settings
from django.db.models import Case, Count, Min, When
from django.utils import timezone
from django.utils.timesince import timesince
from django_tasks_db.models import DBTaskResult, get_date_max
from wagtail.admin.ui.components import Component

from .models import WorkerHeartbeat


def worker_status(now=None):
    now = now or timezone.now()
    missing_after = timedelta(seconds=3 * settings.WORKER_HEARTBEAT_SECONDS)
    workers = [
        {"worker": worker, "missing": now - worker.seen_at > missing_after} for worker in WorkerHeartbeat.objects.all()
    ]
    # A task is due from when it was queued, or from the time it was deferred to (a retry, a schedule).
    due_since = Case(When(run_after=get_date_max(), then="enqueued_at"), default="run_after")
    due = DBTaskResult.objects.ready().aggregate(count=Count("pk"), oldest=Min(due_since))
    oldest = due["oldest"]
    waited = (now - oldest).total_seconds() if oldest else None
    return {
        "workers": workers,
        "running": sum(not worker["missing"] for worker in workers),
        "due_count": due["count"],
        "oldest_waited": timesince(oldest, now) if oldest else None,
        "stuck": waited is not None and waited >= settings.WORKER_QUEUE_STUCK_SECONDS,
    }


class WorkerStatusPanel(Component):
    name = "background_work"
    template_name = "guides/admin/worker_panel.html"
    order = 60

    def get_context_data(self, parent_context=None):
        return worker_status()
