"""manage.py generate_guides --guides N: make the site have N live guides (devtools/guides_volume.py).

Tops up with generated guides spread over the site's categories and authors; run again with the
same N it changes nothing, with a smaller N it unpublishes generated guides (never real ones).
"""

from django.core.management.base import BaseCommand, CommandError

from devtools.guides_volume import set_live_guides
from guides.models import GuidePage


class Command(BaseCommand):
    help = "Make the site have N live guides, generating what is missing in bulk."

    def add_arguments(self, parser):
        parser.add_argument("--guides", type=int, required=True, help="How many live guides the site should have.")

    def handle(self, *args, guides, **options):
        try:
            made = set_live_guides(guides)
        except ValueError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(f"{GuidePage.objects.live().count():,} live guides ({made:,} made now)")
