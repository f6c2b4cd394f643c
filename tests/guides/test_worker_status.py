"""Administrators see on the dashboard whether the workers run and the queue moves
(guides/worker_status.py, heartbeats from guides/worker.py)."""

from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from guides.models import WorkerHeartbeat
from guides.worker import beat
from renditions.tasks import make_renditions
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WORKER_HEARTBEAT_SECONDS = 30
    settings.WORKER_QUEUE_STUCK_SECONDS = 300
    home_page()
    DBTaskResult.objects.all().delete()  # what making the site queued: each test queues its own


def panel(client):
    soup = BeautifulSoup(client.get("/admin/").content, "html.parser")
    return soup.select_one("#background-work-section, #background-work")


def panel_text(client):
    return " ".join(panel(client).get_text(" ", strip=True).split())


def test_a_beat_records_the_worker_and_forgets_workers_gone_for_a_day(queue):
    WorkerHeartbeat.objects.create(
        worker_id="old", host="box", pid=1, started_at=timezone.now(), seen_at=timezone.now() - timedelta(days=2)
    )
    started = timezone.now()
    beat("worker-1", started)
    beat("worker-1", started)

    assert [(w.worker_id, w.started_at) for w in WorkerHeartbeat.objects.all()] == [("worker-1", started)]


def test_the_dashboard_shows_a_running_worker_and_an_empty_queue(admin_client, queue):
    beat("worker-1", timezone.now() - timedelta(hours=2))
    row = [td.get_text(strip=True) for td in panel(admin_client).select("tbody td")]

    assert row[0].endswith(f"process {WorkerHeartbeat.objects.get().pid}")
    assert row[2] == "0\xa0minutes ago"
    assert "Tasks due: 0." in panel_text(admin_client)
    assert "stuck" not in panel_text(admin_client)


def test_a_queue_whose_oldest_task_waited_ten_minutes_is_called_stuck(admin_client, queue):
    beat("worker-1", timezone.now())
    make_renditions.enqueue(2_000_000_000)  # waits in the queue: no worker runs in this test
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=10))

    text = panel_text(admin_client)

    assert "The queue is stuck: its oldest task has waited 10 minutes." in text
    assert "Tasks due: 1, the oldest waiting 10 minutes." in text


def test_a_worker_not_seen_for_three_beats_is_missing_and_the_panel_says_none_runs(admin_client, queue):
    beat("worker-1", timezone.now())
    WorkerHeartbeat.objects.update(seen_at=timezone.now() - timedelta(seconds=91))

    text = panel_text(admin_client)

    assert "1 minute ago (missing)" in text
    assert "No worker is running: e-mails, images and scheduled publishing wait until one is started" in text


def test_only_administrators_see_the_background_work(client, queue, django_user_model):
    from tests.bookings.factories import user_with

    client.force_login(user_with(django_user_model, "eddie"))
    assert panel(client) is None
