"""The sitemap, in sections of at most SECTION_SIZE pages, so that no response's cost grows with the site.

/sitemap.xml (where robots.txt points) lists every page while they fit in one section, so a small
site's sitemap reads as before; past that it is a sitemap index whose entries are the sections,
/sitemap-pages.xml?p=N. A section builds only its own pages' URLs, and the index only counts pages.
Every address comes from the Wagtail Site (guides/site_address.py), never from the Host header.
"""

from functools import cached_property

from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap

from .site_address import site_root_url

# Pages per section. Search engines accept 50,000 URLs a file; fewer keeps each response quick.
SECTION_SIZE = 1000


class PageSitemap(Sitemap):
    """Wagtail's sitemap of the site's live public pages (each page's get_sitemap_urls), paginated."""

    limit = SECTION_SIZE

    @cached_property
    def paginator(self):
        # Django builds a new paginator (a new COUNT) each time it is asked; one a request will do.
        return Paginator(self._items(), self.limit)


@sitemap_views.x_robots_tag  # as Django's own sitemap views: the file itself is not a search result
def sitemap(request):
    """/sitemap.xml: the one section while every page fits in it, else the index of sections."""
    pages = PageSitemap(request)
    if pages.paginator.num_pages <= 1:
        return sitemap_views.sitemap(request, {"pages": pages})
    section_url = site_root_url(request) + reverse("sitemap_section")
    sections = [
        SitemapIndexItem(section_url if number == 1 else f"{section_url}?p={number}", None)
        for number in pages.paginator.page_range
    ]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": sections}, content_type="application/xml")


def sitemap_section(request):
    """/sitemap-pages.xml?p=N: the Nth SECTION_SIZE pages, in tree order."""
    return sitemap_views.sitemap(request, {"pages": PageSitemap(request)})
