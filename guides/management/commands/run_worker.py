"""Runs what happens without a reader or an editor: scheduled publishing and background tasks.

One process does both: a thread publishes and expires scheduled pages and records (Wagtail's
`publish_scheduled`) every SCHEDULER_INTERVAL_SECONDS, then runs each of WORKER_SCHEDULED_JOBS (the
webhooks' housekeeping), while the main thread runs the task queue
(django-tasks-db's worker). `make run` starts it beside the web server. In production run one
`run_worker`, and as many `run_worker --no-scheduler` as the queue needs: they share the database.
"""

import logging
import threading

from django.conf import settings
from django.core.management import call_command
from django.db import close_old_connections
from django.utils.crypto import get_random_string
from django.utils.module_loading import import_string
from django_tasks import DEFAULT_TASK_BACKEND_ALIAS, DEFAULT_TASK_QUEUE_NAME
from django_tasks_db.management.commands.db_worker import Command as DatabaseWorkerCommand

from guides.worker import ResilientWorker, run_heartbeat

logger = logging.getLogger(__name__)


def publish_scheduled():
    """Publish what is due and expire what is past, then run the other scheduled jobs, logging (never
    raising) a failure: one job failing never stops the next."""
    jobs = [("Scheduled publishing", lambda: call_command("publish_scheduled", verbosity=0))]
    jobs += [(path, import_string(path)) for path in settings.WORKER_SCHEDULED_JOBS]
    for name, job in jobs:
        close_old_connections()
        try:
            job()
        except Exception:
            logger.exception("%s failed; it is tried again at the next interval.", name)
        finally:
            close_old_connections()


class Command(DatabaseWorkerCommand):
    """django-tasks-db's `db_worker` (its logging set by --verbosity), with the scheduler beside it and a
    worker that outlives database outages (guides/worker.py). It does not reload on code changes:
    restart it (or `make run`) after changing a task."""

    help = "Publish and expire scheduled content every minute, and run background tasks."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-scheduler", action="store_true", help="Run background tasks only (for extra workers)."
        )
        parser.add_argument(
            "--once", action="store_true", help="Publish what is due, run every waiting task, then exit."
        )

    def handle(self, *args, no_scheduler=False, once=False, **options):
        self.configure_logging(options["verbosity"])
        worker_id = get_random_string(32)
        worker = ResilientWorker(
            queue_names=[DEFAULT_TASK_QUEUE_NAME],
            excluded_queue_names=[],
            interval=1,
            batch=once,
            backend_name=DEFAULT_TASK_BACKEND_ALIAS,
            startup_delay=not once,
            max_tasks=None,
            worker_id=worker_id,
        )
        if once:
            if not no_scheduler:
                publish_scheduled()
        else:
            threading.Thread(target=run_heartbeat, args=[worker_id], name="heartbeat", daemon=True).start()
            if not no_scheduler:
                threading.Thread(target=run_scheduler, name="scheduler", daemon=True).start()
        worker.configure_signals()
        worker.run()


def run_scheduler(stop=None):
    """Publish and expire every SCHEDULER_INTERVAL_SECONDS until `stop` (a threading.Event) is set."""
    stop = stop or threading.Event()
    while not stop.is_set():
        publish_scheduled()
        stop.wait(settings.SCHEDULER_INTERVAL_SECONDS)
