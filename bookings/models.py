"""Discovery-call bookings as Django and the other apps know them: the page visitors book from,
and the requests, their history, e-mails and personal-data log (bookings/records.py, re-exported here).

The page answers through the views (bookings/views.py), which read and write the records; so the
page lives here, above both, and imports the views at module level: records <- views <- this module.
"""

from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from . import views
from .records import (
    NEXT_STATUSES,
    DiscoveryCallRequest,
    EmailDelivery,
    PersonalDataLog,
    RequestHistory,
    Status,
)

__all__ = [
    "NEXT_STATUSES",
    "BookingPage",
    "DiscoveryCallRequest",
    "EmailDelivery",
    "PersonalDataLog",
    "RequestHistory",
    "Status",
]


class BookingPage(RoutablePageMixin, Page):
    """The page a call to action points to: words editors write around the booking form, the
    confirmation shown after it, and where the privacy notice is."""

    intro = models.TextField(blank=True, help_text="The summary under the title.")
    body = RichTextField(blank=True, features=["bold", "italic", "link", "ul", "ol"], help_text="What the call is.")
    form_heading = models.CharField(max_length=120, default="Tell us about your project")
    submit_label = models.CharField(max_length=60, default="Request a call")
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Linked from the consent checkbox.",
    )
    consent_text = models.CharField(
        max_length=240,
        default="I agree to be contacted about this request. We keep your details as our privacy notice describes.",
    )
    thanks_heading = models.CharField(max_length=120, default="Thank you, we have your request")
    next_steps = RichTextField(
        blank=True,
        features=["bold", "italic", "link", "ul", "ol"],
        help_text="What happens next, shown on the confirmation page.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("form_heading"),
                FieldPanel("submit_label"),
                FieldPanel("consent_text"),
                FieldPanel("privacy_page"),
            ],
            heading="Form",
        ),
        MultiFieldPanel([FieldPanel("thanks_heading"), FieldPanel("next_steps")], heading="Confirmation"),
    ]
    parent_page_types = ["guides.HomePage", "guides.ContentPage"]
    subpage_types = []
    max_count = 1

    @path("")
    def booking_form(self, request):
        return views.booking_form(request, self)

    # The request's signed id travels in the query (?request=...): Wagtail's page URLs allow only
    # letters, digits, hyphens and underscores in each path segment.
    @path("thanks/")
    def thanks(self, request):
        return views.thanks(request, self)

    @path("thanks/calendar/")
    def calendar(self, request):
        return views.calendar_file(request, self)
