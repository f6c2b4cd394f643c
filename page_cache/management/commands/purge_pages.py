"""manage.py purge_pages: forget kept copies of some paths, or of every page, here and on the CDN.

Publishing purges what it changed by itself (guides/purging.py); this is for the rare case where
something changed that no publish describes (a template deployed, a setting changed by hand).
"""

from django.core.management.base import BaseCommand, CommandError

from page_cache.purge import EVERYTHING, purge_now


class Command(BaseCommand):
    help = "Purge these site-relative paths (e.g. /guides/) from the page cache and the CDN, or --everything."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="*")
        parser.add_argument("--everything", action="store_true", help="Every kept page (the CDN gets the paths given).")

    def handle(self, *args, paths, everything, **options):
        if not paths and not everything:
            raise CommandError("Name the paths to purge (each starting with /), or pass --everything.")
        if bad := [path for path in paths if not path.startswith("/")]:
            raise CommandError(f"Paths start with /: {', '.join(bad)}")
        purge_now(set(paths) | ({EVERYTHING} if everything else set()))
        self.stdout.write(f"Purged {'every page' if everything else ', '.join(sorted(paths))}.")
