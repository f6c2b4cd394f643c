"""The sitemap, in sections of at most SECTION_SIZE pages, so that no response's cost grows with the site.

/sitemap.xml (where robots.txt points) lists every page while they fit in one section, so a small
site's sitemap reads as before; past that it is a sitemap index whose entries are the sections,
/sitemap-pages.xml?p=N. A section builds only its own pages' URLs, and the index only counts pages.
Every address comes from the Wagtail Site (guides/site_address.py), never from the Host header.
"""

from functools import cached_property

from django.contrib.contenttypes.models import ContentType
from django.contrib.sitemaps import views as sitemap_views
from django.contrib.sitemaps.views import SitemapIndexItem
from django.contrib.sites.shortcuts import get_current_site
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import dateformat, timezone
from django.utils.html import conditional_escape
from django.utils.http import http_date
from wagtail.contrib.sitemaps.sitemap_generator import Sitemap
from wagtail.models import Page, Site

from .models import GuidePage
from .site_address import site_root_url

# Pages per section. Search engines accept 50,000 URLs a file; fewer keeps each response quick.
SECTION_SIZE = 1000


class PageSitemap(Sitemap):
    """Wagtail's sitemap of the site's live public pages (each page's get_sitemap_urls), paginated.

    A page whose sitemap entry is just its own address (Wagtail's rule, or a guide's, which adds
    that an expired guide has none) is listed from its base row, its address made from its URL path
    under the site's root: no specific row is read, no per-page URL lookup made. A page type with
    entries of its own (the frameworks page lists each profile) is read whole and asked, as Wagtail
    does. With more than one site, an address may belong to another site: every page is asked."""

    limit = SECTION_SIZE
    # Page types whose entry is their address (GuidePage's get_sitemap_urls only drops expired guides).
    ADDRESS_ONLY = (Page.get_sitemap_urls, GuidePage.get_sitemap_urls)

    @cached_property
    def paginator(self):
        # Django builds a new paginator (a new COUNT) each time it is asked; one a request will do.
        return Paginator(self._items(), self.limit)

    # What an address-only entry needs of a page's row.
    ROW_FIELDS = ("url_path", "last_published_at", "latest_revision_created_at", "expire_at")

    def items(self):
        return super().items().values("pk", "content_type_id", *self.ROW_FIELDS)

    def _urls(self, page, protocol, domain):
        site = self.get_wagtail_site()
        one_site = len(Site.get_site_root_paths()) == 1
        root_url, root_path = site_root_url(self.request), site.root_page.url_path
        now = timezone.now()
        urls = []
        for row in self.paginator.page(page).object_list:
            model = ContentType.objects.get_for_id(row["content_type_id"]).model_class()
            if one_site and model is not None and model.get_sitemap_urls in self.ADDRESS_ONLY:
                if issubclass(model, GuidePage) and row["expire_at"] and row["expire_at"] <= now:
                    continue  # an expired guide the scheduler has not unpublished yet
                lastmod = row["last_published_at"] or row["latest_revision_created_at"]
                urls.append({"location": root_url + row["url_path"][len(root_path) - 1 :], "lastmod": lastmod})
            else:
                urls.extend(model.objects.get(pk=row["pk"]).get_sitemap_urls(self.request))
        last_mods = {url.get("lastmod") for url in urls}
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
        return urls


@sitemap_views.x_robots_tag  # as Django's own sitemap views: the file itself is not a search result
def sitemap(request):
    """/sitemap.xml: the one section while every page fits in it, else the index of sections."""
    pages = PageSitemap(request)
    if pages.paginator.num_pages <= 1:
        return section_response(request, pages)
    section_url = site_root_url(request) + reverse("sitemap_section")
    sections = [
        SitemapIndexItem(section_url if number == 1 else f"{section_url}?p={number}", None)
        for number in pages.paginator.page_range
    ]
    return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": sections}, content_type="application/xml")


@sitemap_views.x_robots_tag
def sitemap_section(request):
    """/sitemap-pages.xml?p=N: the Nth SECTION_SIZE pages, in tree order."""
    return section_response(request, PageSitemap(request))


# Django's sitemap.xml template around its entries, which it writes with no space between tags.
URLSET_OPEN = (
    '<?xml version="1.0" encoding="UTF-8"?>\n'
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
)
URLSET_CLOSE = "\n</urlset>\n"


def section_response(request, pages):
    """Django's sitemap view for one sitemap, byte for byte, with the entries written directly rather
    than through its template (most of a 1,000-page section's time). An entry with more than an
    address and a date (a change frequency, a priority, translations) goes through the template."""
    try:
        urls = pages.get_urls(page=request.GET.get("p", 1), site=get_current_site(request), protocol=request.scheme)
    except (EmptyPage, PageNotAnInteger) as error:
        raise Http404(str(error)) from error
    lastmod = getattr(pages, "latest_lastmod", None)
    headers = {"Last-Modified": http_date(lastmod.timestamp())} if lastmod else None
    if any(set(url) - {"location", "lastmod"} for url in urls):
        return TemplateResponse(
            request, "sitemap.xml", {"urlset": urls}, content_type="application/xml", headers=headers
        )
    entries = "".join(
        f"<url><loc>{conditional_escape(url['location'])}</loc>{_lastmod(url['lastmod'])}</url>" for url in urls
    )
    return HttpResponse(URLSET_OPEN + entries + URLSET_CLOSE, content_type="application/xml", headers=headers)


def _lastmod(value):
    """`<lastmod>` as the template writes it (`date:"Y-m-d"`, in the current time zone), or nothing."""
    return f"<lastmod>{dateformat.format(timezone.template_localtime(value), 'Y-m-d')}</lastmod>" if value else ""
