"""The background workers' heartbeats: each `run_worker` process says every WORKER_HEARTBEAT_SECONDS
that it is alive (guides/worker.py), and the admin dashboard shows when each was last seen beside the
queue's oldest waiting task (guides/worker_status.py), so a dead worker or a stuck queue is visible."""

from django.db import models


class WorkerHeartbeat(models.Model):
    worker_id = models.CharField(max_length=64, unique=True)
    host = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["-seen_at"]

    def __str__(self):
        return f"worker {self.host}:{self.pid}"
