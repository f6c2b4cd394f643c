"""Reusable content that guides point to: categories and calls to action."""

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import RevisionMixin

from links.fields import WebLinkField


class GuideCategory(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "guide categories"

    def __str__(self):
        return self.name


class CallToAction(RevisionMixin, models.Model):
    """A call to action (the discovery call) written once and reused across pages."""

    name = models.CharField(max_length=80, unique=True, help_text="For editors only, e.g. 'Discovery call'.")
    eyebrow = models.CharField(max_length=80, blank=True)
    heading = models.CharField(max_length=160)
    body = models.TextField(blank=True)
    button_label = models.CharField(max_length=80)
    link_page = models.ForeignKey(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    link_url = WebLinkField(blank=True, help_text="Used when no page is chosen.")

    panels = [
        FieldPanel("name"),
        MultiFieldPanel([FieldPanel("eyebrow"), FieldPanel("heading"), FieldPanel("body")], heading="Wording"),
        MultiFieldPanel(
            [FieldPanel("button_label"), FieldPanel("link_page"), FieldPanel("link_url")], heading="Button"
        ),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = "call to action"
        verbose_name_plural = "calls to action"

    def __str__(self):
        return self.name

    def clean(self):
        if not self.link_page_id and not self.link_url:
            raise ValidationError({"link_page": "Choose a page or enter a URL for the button."})

    @property
    def url(self):
        if self.link_page_id and self.link_page.live:
            return self.link_page.url
        return self.link_url
