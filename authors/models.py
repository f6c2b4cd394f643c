"""People and teams: author pages with their bios, and the teams that review guides.

An author is a page (profile, bio, the guides they wrote). A reviewer is either an author page or
a Team. The guides an author wrote come through the reverse relation `guides`, so this app never
imports the guides app.
"""

from urllib.parse import urlencode

from django.core.exceptions import ValidationError
from django.db import models
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page, RevisionMixin
from wagtail.search import index

from core.links import WebLinkField
from core.pagination import KeysFirstPaginator


class AuthorIndexPage(Page):
    intro = models.TextField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    subpage_types = ["authors.AuthorPage"]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["authors"] = AuthorPage.objects.child_of(self).live().public().select_related("photo").order_by("title")
        return context


class AuthorPage(Page):
    """A person's profile; the page title is their name."""

    role = models.CharField(max_length=120, help_text="e.g. 'Head of Service Delivery'.")
    company = models.CharField(max_length=120, blank=True)
    photo = models.ForeignKey("wagtailimages.Image", null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    bio = RichTextField(features=["bold", "italic", "link"], blank=True, help_text="First person, a short paragraph.")
    linkedin_url = WebLinkField("LinkedIn URL", blank=True)
    linkedin_label = models.CharField(
        "LinkedIn link text", max_length=80, blank=True, help_text="e.g. 'Resourcifi on LinkedIn'."
    )
    profile_links = models.TextField(
        blank=True,
        help_text="The person's own profiles elsewhere (LinkedIn, GitHub...), one address a line. "
        "Search engines use them to tell who the person is; the company's page belongs in the LinkedIn field.",
    )

    content_panels = Page.content_panels + [
        MultiFieldPanel([FieldPanel("role"), FieldPanel("company"), FieldPanel("photo")], heading="Profile"),
        FieldPanel("bio"),
        MultiFieldPanel([FieldPanel("linkedin_url"), FieldPanel("linkedin_label")], heading="LinkedIn"),
        FieldPanel("profile_links"),
    ]
    search_fields = Page.search_fields + [index.SearchField("role"), index.SearchField("bio")]
    parent_page_types = ["authors.AuthorIndexPage"]
    subpage_types = []
    guides_per_page = 12

    def clean(self):
        super().clean()
        bad = [link for link in self.profile_link_list if not link.startswith(("https://", "http://"))]
        if bad:
            raise ValidationError({"profile_links": f"'{bad[0]}' is not a web address; start it with https://."})

    @property
    def profile_link_list(self):
        return [line.strip() for line in self.profile_links.splitlines() if line.strip()]

    @property
    def role_line(self):
        return ", ".join(part for part in (self.role, self.company) if part)

    def published_guides(self):
        """The guides this person wrote, newest first (reverse relation from GuidePage.author)."""
        return (
            self.guides.readable()  # live, public, not expired (core/pages.py)
            .select_related("category")
            .defer_streamfields()
            # The key breaks ties, so a guide never shows on two pages or on none.
            .order_by("-first_published_at", "-pk")
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # A page of guides at a time, as /guides/ lists them: the page costs the same however many they wrote.
        guides = KeysFirstPaginator(self.published_guides(), self.guides_per_page).get_page(request.GET.get("page"))
        context["guides"] = guides
        # A later page is its own document for search engines.
        query = f"?{urlencode({'page': guides.number})}" if guides.number > 1 else ""
        context["canonical_url"] = self.get_full_url(request) + query
        return context


class Team(RevisionMixin, models.Model):
    """A group credited as a whole, such as the engineering team that reviews guides."""

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    url = WebLinkField(blank=True, help_text="Where readers can learn about the team, if anywhere.")

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description"), FieldPanel("url")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name
