"""Site-wide chrome that editors manage once: navigation, header and default calls to action."""

from django.db import models
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField

from core.choosers import PageChooserBlock
from core.links import WebLinkField


class NavigationLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock()
    page = PageChooserBlock()

    class Meta:
        icon = "link"


@register_setting(icon="cog")
class SiteChrome(BaseSiteSetting):
    # Every page shows both calls to action: fetch them with the settings in one query.
    select_related = ["header_cta__link_page", "default_cta__link_page"]

    organisation_name = models.CharField(max_length=80, default="Resourcifi")
    organisation_url = WebLinkField(blank=True)
    linkedin_url = WebLinkField("LinkedIn URL", blank=True)
    twitter_handle = models.CharField(max_length=40, blank=True, help_text="Without the @.")
    navigation = StreamField([("link", NavigationLinkBlock())], blank=True)
    header_cta = models.ForeignKey(
        "guides.CallToAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The button at the end of the header navigation.",
    )
    default_cta = models.ForeignKey(
        "guides.CallToAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The call to action at the end of pages that do not choose their own.",
    )

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_url"),
                FieldPanel("linkedin_url"),
                FieldPanel("twitter_handle"),
            ],
            heading="Organisation",
        ),
        FieldPanel("navigation"),
        MultiFieldPanel([FieldPanel("header_cta"), FieldPanel("default_cta")], heading="Calls to action"),
    ]

    class Meta:
        verbose_name = "site chrome"
