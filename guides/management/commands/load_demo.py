"""manage.py load_demo: load the reference guide and everything it shows (safe to run again)."""

from django.core.management.base import BaseCommand

from guides.demo.load import load_demo


class Command(BaseCommand):
    help = "Load the demo content. Creates only what is missing; never changes edited content."

    def handle(self, *args, **options):
        created = load_demo(log=lambda line: self.stdout.write(line))
        if created:
            self.stdout.write(self.style.SUCCESS(f"Demo content loaded ({len(created)} items created)."))
        else:
            self.stdout.write("Demo content already present; nothing changed.")
