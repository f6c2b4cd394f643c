"""The endpoints channels register and the record of every delivery made to them.

A delivery is a row written in the transaction that made the event, holding the payload as it will
be sent; after the commit a task sends it (webhooks/tasks.py) and writes down each attempt's outcome
here, so the admin shows what was sent, to whom, how often and with what answer.
"""

import secrets

from django.core.validators import URLValidator
from django.db import models
from django.utils import timezone


class Event(models.TextChoices):
    GUIDE_PUBLISHED = "guide.published", "Guide published"
    GUIDE_UNPUBLISHED = "guide.unpublished", "Guide unpublished"
    RECORD_PUBLISHED = "record.published", "Record published"
    BOOKING_CREATED = "booking.created", "Booking request received"
    TEST = "test", "Test delivery"


SUBSCRIBABLE_EVENTS = [event for event in Event if event != Event.TEST]


WEB_ADDRESS = "Enter the endpoint's address, starting with https:// or http://."


def new_secret():
    return secrets.token_urlsafe(32)


class WebhookEndpoint(models.Model):
    name = models.CharField(max_length=120, help_text="Who receives it, e.g. “CRM” or “Partner site”.")
    url = models.URLField(
        "address",
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"], message=WEB_ADDRESS)],
        help_text="The receiver's address (https:// recommended). Each delivery is a POST of JSON to it.",
    )
    secret = models.CharField(
        max_length=128,
        default=new_secret,
        help_text="Shared with the receiver, who checks X-Webhook-Signature with it. Change it to rotate.",
    )
    events = models.JSONField(default=list, blank=True, help_text="What this endpoint is told of.")
    active = models.BooleanField(default=True, help_text="An inactive endpoint is sent nothing.")
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = "webhook endpoint"

    def __str__(self):
        return self.name

    def events_label(self):
        return ", ".join(Event(event).label for event in self.events if event in Event.values) or "None"

    def wants(self, event):
        return self.active and event in self.events


class WebhookDelivery(models.Model):
    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        SENDING = "sending", "Sending"
        DELIVERED = "delivered", "Delivered"
        FAILED = "failed", "Failed"

    endpoint = models.ForeignKey(WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries")
    event = models.CharField(max_length=40, choices=Event.choices)
    payload = models.JSONField()
    state = models.CharField(max_length=20, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveIntegerField(default=0)
    response_code = models.PositiveIntegerField(null=True, blank=True)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_attempt_at = models.DateTimeField(null=True, blank=True)
    delivered_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "webhook delivery"
        verbose_name_plural = "webhook deliveries"
        indexes = [models.Index(fields=["state", "created_at"], name="webhook_delivery_state")]

    def __str__(self):
        return f"{self.get_event_display()} to {self.endpoint}"
