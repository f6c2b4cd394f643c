"""One row per change readers can see. The id is the feed's cursor: rows are written so that ids
grow in the order their transactions commit (log.record), and a reader that has seen id N has seen
every change up to N."""

from django.db import models
from django.utils import timezone


class Action(models.TextChoices):
    CREATED = "created", "Created"  # published for the first time (or again after it went away)
    CHANGED = "changed", "Changed"  # published again with changes
    UNPUBLISHED = "unpublished", "Unpublished"  # no longer readable; it may come back
    DELETED = "deleted", "Deleted"  # gone for good


GONE = {Action.UNPUBLISHED, Action.DELETED}


class Change(models.Model):
    id = models.BigAutoField(primary_key=True)
    action = models.CharField(max_length=20, choices=Action.choices)
    # The subject as readers last saw it: its API resource name (guide, framework, call-to-action...).
    subject_type = models.CharField(max_length=40)
    subject_id = models.BigIntegerField()
    slug = models.CharField(max_length=255, blank=True)
    title = models.CharField(max_length=255, blank=True)
    occurred_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["subject_type", "subject_id", "-id"], name="change_subject_latest")]

    def __str__(self):
        return f"{self.subject_type} {self.subject_id} {self.action}"
