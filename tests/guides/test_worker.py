"""The worker outlives the database going away (guides/worker.py): it waits for it, logs the outage
once, and runs again the task the outage cut short, so nothing queued is lost.

The outage is the database's: every query on the worker's connection fails with the error a dropped
PostgreSQL connection gives, for as many queries as the test says (the worker itself is not touched).
"""

import logging

import pytest
from django.db import OperationalError, connection
from django_tasks import task
from django_tasks_db.models import DBTaskResult

from guides.worker import ResilientWorker

pytestmark = pytest.mark.django_db(transaction=True)

RUNS = []
OUTAGE = {"failing_queries": 0}


class DatabaseAway:
    """Fail the next `failing_queries` queries (counted across reconnections) as a dropped connection does."""

    def __call__(self, execute, sql, params, many, context):
        if OUTAGE["failing_queries"] > 0:
            OUTAGE["failing_queries"] -= 1
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)


@task()
def send_once(name):
    """Runs, then the database goes away before its result can be written (the first time only)."""
    RUNS.append(name)
    if len(RUNS) == 1:
        OUTAGE["failing_queries"] = 8  # its result (3 tries), its failure (3 tries), then 2 of the worker's checks


@task()
def reads_while_the_database_goes(name):
    """The database goes away under the task itself (the first time only), and is back at once."""
    RUNS.append(name)
    if len(RUNS) == 1:
        raise OperationalError("terminating connection due to administrator command")


@task()
def always_fails_on_the_database(name):
    RUNS.append(name)
    raise OperationalError("no such table: imaginary")


@pytest.fixture
def queue(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.WORKER_DATABASE_RETRY_MAX_SECONDS = 0.05
    settings.WORKER_DATABASE_RERUNS = 2
    RUNS.clear()
    OUTAGE["failing_queries"] = 0
    with connection.execute_wrapper(DatabaseAway()):
        yield
    OUTAGE["failing_queries"] = 0


def run_queue():
    """What `run_worker --once` does: run every waiting task, then return."""
    ResilientWorker(
        queue_names=["default"],
        excluded_queue_names=[],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=None,
        worker_id="worker-1",
    ).run()


def statuses():
    return list(DBTaskResult.objects.values_list("status", flat=True))


def test_a_task_cut_short_by_the_database_going_away_runs_again_once_it_is_back(queue, caplog):
    send_once.enqueue("confirmation for Ada")

    with caplog.at_level(logging.WARNING, logger="guides.worker"):
        run_queue()

    assert RUNS == ["confirmation for Ada", "confirmation for Ada"]
    assert statuses() == ["SUCCESSFUL"]
    assert [record.getMessage().split(";")[0] for record in caplog.records] == [
        "The database went away (server closed the connection unexpectedly)",
        "The database answers again after 0 s",
        f"Task {DBTaskResult.objects.get().pk} was cut short by the database",
    ]


def test_a_task_that_failed_because_the_database_went_away_runs_again(queue):
    reads_while_the_database_goes.enqueue("renditions of image 7")

    run_queue()

    assert RUNS == ["renditions of image 7", "renditions of image 7"]
    assert statuses() == ["SUCCESSFUL"]


def test_a_task_that_always_fails_on_the_database_is_left_failed_after_a_few_runs(queue):
    always_fails_on_the_database.enqueue("a bug")

    run_queue()

    assert RUNS == ["a bug", "a bug", "a bug"]  # the first run and WORKER_DATABASE_RERUNS more
    assert statuses() == ["FAILED"]


def test_another_error_in_the_worker_is_raised_for_its_supervisor_to_see(queue, monkeypatch):
    """Only the database's errors are waited out: a bug ends the process with its traceback."""
    monkeypatch.setattr(DBTaskResult.objects, "ready", lambda: 1 / 0)
    send_once.enqueue("never run")

    with pytest.raises(ZeroDivisionError):
        run_queue()
    assert RUNS == []
