"""Small site-level views: robots.txt."""

from django.http import HttpResponse
from django.urls import reverse

from .site_address import site_root_url


def robots_txt(request):
    # The site's configured address, never the Host header the request came with.
    sitemap_url = site_root_url(request) + reverse("sitemap")
    lines = ["User-agent: *", "Disallow: /admin/", "", f"Sitemap: {sitemap_url}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain")
