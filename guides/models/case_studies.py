"""Case studies: a client project told as sector, challenge, stack and outcome figures, and the
index that lists them.

The parts a reader scans (sector, stack, outcomes) are fields and rows, not prose, so the listing,
the page and the JSON-LD all show the same facts and an editor cannot leave one out.
"""

import re

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from core.pages import ReadablePageManager

from ..fields import ContentBodyField, RelatedField, _BoundStreamField
from .social_cards import social_image

CHALLENGE_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class StackBlock(blocks.StreamBlock):
    technology = blocks.CharBlock(max_length=60, help_text="One language, framework, database or service.")

    class Meta:
        icon = "cogs"


class StackField(_BoundStreamField):
    stream_block_class = StackBlock


def validate_figure(value):
    if not re.search(r"\d", value):
        raise ValidationError("A figure needs a number in it, such as 40%, 3× or 12 weeks.")


class CaseStudyIndexPage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["guides.HomePage"]
    subpage_types = ["guides.CaseStudyPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["case_studies"] = case_study_listing().child_of(self)
        return context


def case_study_listing():
    """Live, public case studies, newest first, each with its outcome rows in one more query."""
    return (
        CaseStudyPage.objects.live()
        .public()
        .defer_streamfields()
        .prefetch_related("outcomes")
        .order_by("-first_published_at", "-pk")
    )


class CaseStudyPage(Page):
    """One client project: who the client is, what they needed, what we built it with, and what changed."""

    objects = ReadablePageManager()
    client_sector = models.CharField(
        max_length=80, help_text="The client's line of business, e.g. “Logistics” (not their name)."
    )
    summary = models.TextField(help_text="One or two sentences under the title; also the card text on the index.")
    challenge = RichTextField(features=CHALLENGE_FEATURES, help_text="What the client needed and why it was hard.")
    stack = StackField(help_text="What we built it with, in the order a reader should see it.")
    body = ContentBodyField(blank=True, help_text="How we approached it and what happened after launch.")
    category = models.ForeignKey(
        "guides.GuideCategory",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="case_studies",
        help_text="Related guides are topped up with this category's newest.",
    )
    related = RelatedField(blank=True, max_num=1)

    content_panels = Page.content_panels + [
        FieldPanel("client_sector"),
        FieldPanel("summary"),
        FieldPanel("challenge"),
        FieldPanel("stack"),
        MultiFieldPanel(
            [InlinePanel("outcomes", min_num=1, max_num=6, label="Outcome")],
            heading="Outcome figures",
        ),
        FieldPanel("body"),
        FieldPanel("category"),
        FieldPanel("related"),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("challenge"),
        index.SearchField("body"),
        index.FilterField("client_sector"),
    ]
    parent_page_types = ["guides.CaseStudyIndexPage"]
    subpage_types = []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["social_image"] = social_image(self, self.client_sector, request)
        return context

    @property
    def technologies(self):
        return [child.value for child in self.stack]

    @property
    def standfirst(self):
        """The summary stands first under the title, and fills the meta description."""
        return self.summary


class CaseStudyOutcome(Orderable):
    """One measured result, shown as a large figure over its label: “40%” / “faster checkout”."""

    page = ParentalKey(CaseStudyPage, on_delete=models.CASCADE, related_name="outcomes")
    figure = models.CharField(max_length=20, validators=[validate_figure], help_text="e.g. 40%, 3×, 12 weeks")
    label = models.CharField(max_length=120, help_text="What the figure measures, e.g. “less time to checkout”.")

    panels = [FieldPanel("figure"), FieldPanel("label")]

    def __str__(self):
        return f"{self.figure} {self.label}"
