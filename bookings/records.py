"""The discovery-call bookings' data: the requests sales work, their history, the e-mails each
request sends, and the log of what was done with personal data.

A request is saved before anything else happens; its e-mails are rows here (`EmailDelivery`) that a
background task sends after the transaction commits (bookings/tasks.py), so a failing mailer never
loses a request and a delivery is recorded as sent exactly once.

These models import nothing else of the app: the views, tasks, admin and API import them from here
(bookings/models.py re-exports them, beside the booking page that routes to the views).
"""

import hashlib

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone


class Status(models.TextChoices):
    NEW = "new", "New"
    CONTACTED = "contacted", "Contacted"
    BOOKED = "booked", "Booked"
    WON = "won", "Closed (won)"
    LOST = "lost", "Closed (lost)"


# Where a request may go from each status: forward through the flow, or closed at any open step.
NEXT_STATUSES = {
    Status.NEW: [Status.CONTACTED, Status.LOST],
    Status.CONTACTED: [Status.BOOKED, Status.LOST],
    Status.BOOKED: [Status.WON, Status.LOST],
    Status.WON: [],
    Status.LOST: [],
}


class DiscoveryCallRequest(models.Model):
    # Personal data stays out of Wagtail's reference index: a guide's or CTA's "Usage" (seen by any
    # editor) must not list the people who booked from it.
    wagtail_reference_index_ignore = True
    name = models.CharField(max_length=120)
    email = models.EmailField("work e-mail", max_length=254)
    company = models.CharField(max_length=160)
    role = models.CharField(max_length=120, blank=True)
    topic = models.TextField("what they want to talk about", max_length=2000)
    time_zone = models.CharField(max_length=64, blank=True)
    # [{"start": ISO datetime in UTC, "end": ...}] in the order the visitor gave them.
    preferred_windows = models.JSONField(default=list, blank=True)
    consent_at = models.DateTimeField(help_text="When the visitor agreed to be contacted.")
    source_guide = models.ForeignKey(
        "guides.GuidePage", null=True, blank=True, on_delete=models.SET_NULL, related_name="booking_requests"
    )
    source_cta = models.ForeignKey(
        "guides.CallToAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="booking_requests",
        verbose_name="source call to action",
    )
    utm_source = models.CharField("UTM source", max_length=100, blank=True)
    utm_medium = models.CharField("UTM medium", max_length=100, blank=True)
    utm_campaign = models.CharField("UTM campaign", max_length=100, blank=True)
    utm_term = models.CharField("UTM term", max_length=100, blank=True)
    utm_content = models.CharField("UTM content", max_length=100, blank=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.NEW)
    status_changed_at = models.DateTimeField(null=True, blank=True)
    booked_at = models.DateTimeField(null=True, blank=True, help_text="When the call was booked.")
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    # A keyed digest of the sender's address (bookings/rate_limit.py), never the address: the rate
    # limit counts stored requests by it when the cache is down. Erased with the request.
    client_key = models.CharField(max_length=32, blank=True, editable=False)
    # The random token of the copy of the form it was sent with (bookings/forms.py): one copy, one request.
    form_copy = models.CharField(max_length=16, null=True, blank=True, unique=True, editable=False)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["client_key", "created_at"], name="bookings_request_client")]
        verbose_name = "booking request"
        verbose_name_plural = "booking requests"

    def __str__(self):
        return f"{self.name} ({self.company})"

    def windows(self):
        """The preferred windows as aware datetimes (UTC) for templates and the .ics file."""
        from datetime import datetime

        return [(datetime.fromisoformat(w["start"]), datetime.fromisoformat(w["end"])) for w in self.preferred_windows]

    def next_statuses(self):
        return NEXT_STATUSES[Status(self.status)]

    def change_status(self, new_status, user=None, note="", via=""):
        """Move along the flow, recording who and when; an illegal move is a ValidationError."""
        if new_status != self.status:
            if new_status not in self.next_statuses():
                allowed = ", ".join(Status(s).label for s in self.next_statuses()) or "none: it is closed"
                raise ValidationError(
                    {
                        "status": f"A request that is {Status(self.status).label.lower()} cannot become "
                        f"{Status(new_status).label.lower()}. Next steps allowed: {allowed}."
                    }
                )
            old, now = self.status, timezone.now()
            self.status, self.status_changed_at = new_status, now
            if new_status == Status.BOOKED:
                self.booked_at = now
            self.save(update_fields=["status", "status_changed_at", "booked_at"])
            RequestHistory.objects.create(
                request=self, by=user, via=via, from_status=old, to_status=new_status, note=note
            )
        elif note:
            RequestHistory.objects.create(request=self, by=user, via=via, note=note)


class RequestHistory(models.Model):
    """One step in a request's life: a status change, an internal note, or both."""

    # Personal data stays out of Wagtail's reference index: a guide's or CTA's "Usage" (seen by any
    # editor) must not list the people who booked from it.
    wagtail_reference_index_ignore = True

    request = models.ForeignKey(DiscoveryCallRequest, on_delete=models.CASCADE, related_name="history")
    at = models.DateTimeField(default=timezone.now)
    by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    via = models.CharField(
        max_length=120, blank=True, help_text="Who changed it when not a signed-in user, e.g. an API key."
    )
    from_status = models.CharField(max_length=12, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=12, choices=Status.choices, blank=True)
    note = models.TextField(blank=True, max_length=4000)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name_plural = "request history"

    def __str__(self):
        return f"{self.request_id} at {self.at:%Y-%m-%d %H:%M}"


class EmailDelivery(models.Model):
    """One e-mail a request sends. The task that sends it marks it sent in the same transaction
    that locks it, so a retried or duplicated task never sends it twice."""

    # Personal data stays out of Wagtail's reference index: a guide's or CTA's "Usage" (seen by any
    # editor) must not list the people who booked from it.
    wagtail_reference_index_ignore = True

    class Kind(models.TextChoices):
        SALES = "sales", "Sales notification"
        CONFIRMATION = "confirmation", "Visitor confirmation"

    class State(models.TextChoices):
        PENDING = "pending", "Pending"
        SENT = "sent", "Sent"
        FAILED = "failed", "Failed (gave up)"

    request = models.ForeignKey(DiscoveryCallRequest, on_delete=models.CASCADE, related_name="deliveries")
    kind = models.CharField(max_length=16, choices=Kind.choices)
    state = models.CharField(max_length=10, choices=State.choices, default=State.PENDING)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "kind"]
        constraints = [models.UniqueConstraint(fields=["request", "kind"], name="one_delivery_per_kind")]
        verbose_name = "booking e-mail"
        verbose_name_plural = "booking e-mails"

    def __str__(self):
        return f"{self.get_kind_display()} for request {self.request_id}"


class PersonalDataLog(models.Model):
    """What was done with personal data (export, erase, purge), by whom. The address is kept only as
    a hash, so the log itself holds nothing an erase would have to remove."""

    class Action(models.TextChoices):
        EXPORT = "export", "Export"
        ERASE = "erase", "Erase"
        PURGE = "purge", "Purge (retention)"

    action = models.CharField(max_length=10, choices=Action.choices)
    email_hash = models.CharField(max_length=64, blank=True)
    requests = models.PositiveIntegerField(default=0, help_text="How many requests it covered.")
    by = models.CharField(max_length=150, blank=True)
    at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-at"]

    def __str__(self):
        return f"{self.get_action_display()} of {self.requests} at {self.at:%Y-%m-%d %H:%M}"

    @staticmethod
    def hash_email(email):
        return hashlib.sha256(email.strip().lower().encode()).hexdigest()
