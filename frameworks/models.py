"""The frameworks app's models as Django and the other apps know them: the records, re-exported
from frameworks/records/, and the public frameworks page that shows them.

The page serves the records through the presentation modules (comparison, profiles, structured
data), which import the records; so the page lives here, above both, and imports them at module
level: records <- presentation <- this module. Inside the app, modules import `.records`; other
apps import `frameworks.models`.

One Wagtail page holds the whole comparison at /frameworks/ and one profile per framework, so
editors place, title and introduce the comparison like any page, and each live framework gets its
profile at /frameworks/<slug>/ without a page of its own: the records stay the single source and a
new framework needs no editing in the page tree.
"""

from urllib.parse import urlencode

from django.db import models
from django.http import Http404
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, Site

from .comparison import build_comparison
from .profiles import framework_profile
from .records import (
    BOOKKEEPING_FIELDS,
    AdoptionFigure,
    AdoptionSurvey,
    Benchmark,
    BenchmarkResult,
    ComparisonMatrix,
    ComparisonMatrixColumn,
    ComparisonMatrixRow,
    Criterion,
    CriterionValue,
    DecisionGuide,
    DecisionGuideAlternative,
    DecisionGuideLeanToward,
    DecisionGuideRow,
    Framework,
    Language,
    PerformanceTier,
    PublishableRecord,
    published,
)
from .structured_data import breadcrumb_list, survey_datasets

__all__ = [
    "BOOKKEEPING_FIELDS",
    "AdoptionFigure",
    "AdoptionSurvey",
    "Benchmark",
    "BenchmarkResult",
    "ComparisonMatrix",
    "ComparisonMatrixColumn",
    "ComparisonMatrixRow",
    "Criterion",
    "CriterionValue",
    "DecisionGuide",
    "DecisionGuideAlternative",
    "DecisionGuideLeanToward",
    "DecisionGuideRow",
    "Framework",
    "FrameworkIndexPage",
    "Language",
    "PerformanceTier",
    "PublishableRecord",
    "published",
]


class FrameworkIndexPage(RoutablePageMixin, Page):
    intro = models.TextField(blank=True, help_text="A short paragraph above the comparison.")
    per_page = models.PositiveSmallIntegerField(
        default=50, help_text="How many frameworks the comparison shows per page; the rest follow on later pages."
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    parent_page_types = ["guides.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = "frameworks comparison page"

    @path("", name="comparison")
    def comparison(self, request):
        comparison = build_comparison(request.GET, per_page=self.per_page)
        query = {"page": comparison.page.number} if comparison.page.number > 1 else {}
        return self.render(
            request,
            context_overrides={
                "comparison": comparison,
                "page_url": self.get_url(request),
                # Sorted and filtered views show the same records: one canonical address per page of them.
                "canonical_url": self.get_full_url(request) + (f"?{urlencode(query)}" if query else ""),
                "datasets": survey_datasets(
                    self._root_url(request),
                    page_url=self.get_full_url(request),
                    catalog=(f"{self.title}: data", self.get_full_url(request)),
                ),
            },
        )

    @path("<slug:slug>/", name="framework")
    def framework(self, request, slug):
        profile = framework_profile(slug)
        if profile is None:
            raise Http404("No such framework")
        page_url = self.get_url(request)
        full_url = self.get_full_url(request) + self.profile_path(profile.framework)
        ancestors = self._trail()
        return self.render(
            request,
            template="frameworks/framework_profile.html",
            context_overrides={
                "profile": profile,
                "framework": profile.framework,
                "page_url": page_url,
                "canonical_url": full_url,
                "trail": [(page.title, page.get_url(request)) for page in ancestors],
                "breadcrumbs_data": breadcrumb_list(
                    [(page.title, page.get_full_url(request)) for page in ancestors]
                    + [(profile.framework.name, full_url)]
                ),
            },
        )

    def _trail(self):
        """The pages from the home page down to this one: titles and addresses are all the profile needs."""
        return list(self.get_ancestors(inclusive=True).filter(depth__gt=1))

    @staticmethod
    def _root_url(request):
        site = Site.find_for_request(request)
        return site.root_url if site else request.build_absolute_uri("/").rstrip("/")

    def profile_path(self, framework):
        """A framework's profile, relative to this page."""
        return self.reverse_subpage("framework", args=[framework.slug]).lstrip("/")

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for framework in Framework.objects.filter(live=True).only("slug", "last_published_at").order_by("name"):
            urls.append({"location": base + self.profile_path(framework), "lastmod": framework.last_published_at})
        return urls

    def get_cached_paths(self):
        # Publishing the page purges every profile it serves along with the comparison itself.
        slugs = Framework.objects.filter(live=True).order_by("name").values_list("slug", flat=True)
        return ["/"] + [f"/{slug}/" for slug in slugs]
