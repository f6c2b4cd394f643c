"""Reusable content that guides point to: categories and calls to action.

Which call to action a page shows: the guide's own choice, else its category's default, else the
site default (Settings › Site chrome); `CallToAction.for_page` decides, for the end-of-guide band,
the inline block and (with the header's own choice) the header button.
"""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.models import RevisionMixin

from core.links import WebLinkField


class GuideCategory(models.Model):
    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    default_cta = models.ForeignKey(
        "guides.CallToAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="default call to action",
        help_text="Shown by this category's guides that do not choose their own. Blank uses the site default.",
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("default_cta")]

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

    def url_from(self, guide=None):
        """The button's address as shown on `guide`, the guide it is shown on (None on any other
        page: the caller knows which it is). A button to one of our own pages (the booking page)
        says which call to action and which guide the visitor came from, so the request records its
        source; an outside address is left as the editor wrote it."""
        url = self.url
        if not (self.link_page_id and self.link_page.live):
            return url
        query = {"cta": self.pk}
        if guide is not None and guide.pk:
            query = {"guide": guide.pk, **query}
        return f"{url}?{urlencode(query)}"

    @staticmethod
    def for_page(page, site_default=None):
        """The call to action a page shows: a guide's own, else its category's default, else the site's."""
        own = getattr(page, "cta", None) if getattr(page, "cta_id", None) else None
        if own:
            return own
        category = getattr(page, "category", None) if getattr(page, "category_id", None) else None
        if category is not None and category.default_cta_id:
            return category.default_cta
        return site_default
