"""Point the default Wagtail Site at WAGTAILADMIN_BASE_URL, the site's one configured address.

Canonical URLs, Open Graph, the sitemap, the feed and robots.txt all build absolute addresses from the
Wagtail Site's hostname and port, never from a request's Host header; this command sets those from
the environment, so deploying (or `make run PORT=8001`) makes them match the address served.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


class Command(BaseCommand):
    help = "Set the default Wagtail Site's hostname and port from WAGTAILADMIN_BASE_URL."

    def handle(self, *args, **options):
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        if address.scheme not in DEFAULT_PORTS or not address.hostname:
            raise CommandError(
                f"WAGTAILADMIN_BASE_URL must be an http(s) address such as https://guides.example.com, "
                f"not {settings.WAGTAILADMIN_BASE_URL!r}."
            )
        port = address.port or DEFAULT_PORTS[address.scheme]
        if address.scheme == "https" and port != 443:
            # Wagtail writes https only for port 443 (Site.root_url).
            raise CommandError("WAGTAILADMIN_BASE_URL: an https address must use port 443.")
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            self.stdout.write("No default Site yet: nothing to set.")
            return
        if (site.hostname, site.port) != (address.hostname, port):
            site.hostname, site.port = address.hostname, port
            site.save(update_fields=["hostname", "port"])
        self.stdout.write(f"The site's address is {site.root_url}")
