"""The task queue's worker, kept running through database outages.

django-tasks-db's worker re-raises any database error but "database is locked", so a PostgreSQL
restart or a dropped connection ended `run_worker`, and every e-mail queued after it stayed pending
until a person noticed. This worker, on a database error:
- logs it once, then waits for the database, asking again after 1, 2, 4 ... up to
  WORKER_DATABASE_RETRY_MAX_SECONDS, and logs once when it answers again;
- runs again the task the outage interrupted (left "running" because its result could not be
  written) and a task that failed only because the database went away, at most
  WORKER_DATABASE_RERUNS times each. Every task of ours may run twice: an e-mail is marked sent in
  the transaction that sends it, renditions and purges redo nothing that is done.
Any other error is a bug: it is raised, and the process exits non-zero for its supervisor to see.

`beat` records, every WORKER_HEARTBEAT_SECONDS from a thread of the `run_worker` process, that the
worker is alive (the admin dashboard shows it, guides/worker_status.py); a beat the database refuses
is skipped, never fatal.
"""

import contextlib
import logging
import os
import socket
import threading
import time
from datetime import timedelta

from django.conf import settings
from django.db import InterfaceError, OperationalError, close_old_connections, connections
from django.utils import timezone
from django_tasks.base import TaskResultStatus
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult

from .models import WorkerHeartbeat

logger = logging.getLogger(__name__)

DATABASE_ERRORS = (OperationalError, InterfaceError)
DATABASE_ERROR_PATHS = {f"{error.__module__}.{error.__qualname__}" for error in DATABASE_ERRORS}


class ResilientWorker(Worker):
    def __init__(self, **options):
        super().__init__(**options)
        self.interrupted = None  # the task being run, until its result is written
        self.reruns = {}

    def run(self):
        while True:
            try:
                return super().run()
            except DATABASE_ERRORS as error:
                self.wait_for_database(error)
                if self.interrupted is not None:
                    self.run_again(self.interrupted)
                    self.interrupted = None

    def run_task(self, db_task_result):
        self.interrupted = db_task_result.pk
        super().run_task(db_task_result)  # records the task's own failure; raises if it cannot
        self.interrupted = None
        failed = db_task_result.status == TaskResultStatus.FAILED
        if failed and db_task_result.exception_class_path in DATABASE_ERROR_PATHS:
            self.run_again(db_task_result.pk)

    def run_again(self, pk):
        """Put a task back in the queue, unless it has been run again too often already."""
        self.reruns[pk] = self.reruns.get(pk, 0) + 1
        if self.reruns[pk] > settings.WORKER_DATABASE_RERUNS:
            logger.error("Task %s failed on the database %s times; it is left failed.", pk, self.reruns[pk])
            return
        DBTaskResult.objects.filter(pk=pk).exclude(status=TaskResultStatus.SUCCESSFUL).update(
            status=TaskResultStatus.READY, started_at=None, finished_at=None, exception_class_path="", traceback=""
        )
        logger.warning("Task %s was cut short by the database; it is queued again.", pk)

    def wait_for_database(self, error):
        reason = str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
        logger.error("The database went away (%s); the worker waits for it.", reason)
        started, delay = time.monotonic(), min(1, settings.WORKER_DATABASE_RETRY_MAX_SECONDS)
        while True:
            for connection in connections.all(initialized_only=True):
                with contextlib.suppress(*DATABASE_ERRORS):
                    connection.close()
            time.sleep(delay)
            try:
                with connections["default"].cursor() as cursor:
                    cursor.execute("SELECT 1")
            except DATABASE_ERRORS:
                delay = min(delay * 2, settings.WORKER_DATABASE_RETRY_MAX_SECONDS)
                continue
            logger.warning("The database answers again after %.0f s; the worker goes on.", time.monotonic() - started)
            return


def beat(worker_id, started_at):
    """Say this worker is alive now; forget workers not seen for a day (restarted or gone)."""
    now = timezone.now()
    WorkerHeartbeat.objects.update_or_create(
        worker_id=worker_id,
        defaults={"host": socket.gethostname()[:255], "pid": os.getpid(), "started_at": started_at, "seen_at": now},
    )
    WorkerHeartbeat.objects.filter(seen_at__lt=now - timedelta(days=1)).delete()


def run_heartbeat(worker_id, stop=None):
    """Beat every WORKER_HEARTBEAT_SECONDS until `stop` (a threading.Event) is set."""
    stop = stop or threading.Event()
    started_at = timezone.now()
    while not stop.is_set():
        close_old_connections()
        try:
            beat(worker_id, started_at)
        except DATABASE_ERRORS:
            pass  # the database is away: the worker's own loop waits for it and logs it once
        finally:
            close_old_connections()
        stop.wait(settings.WORKER_HEARTBEAT_SECONDS)
