"""The site's public address, from one configured source and never from the request's Host header."""

from django.conf import settings
from wagtail.models import Site


def site_root_url(request):
    """The Wagtail Site's root URL (set from WAGTAILADMIN_BASE_URL by `manage.py apply_site_url`),
    or that setting itself before any Site exists."""
    site = Site.find_for_request(request)
    return site.root_url if site else settings.WAGTAILADMIN_BASE_URL.rstrip("/")
