"""manage.py purge_bookings: delete booking requests older than BOOKINGS_RETENTION_DAYS (run daily)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from bookings.personal_data import purge


class Command(BaseCommand):
    help = "Delete booking requests received more than BOOKINGS_RETENTION_DAYS ago, with their history and e-mails."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help=f"Keep this many days instead (default {settings.BOOKINGS_RETENTION_DAYS})."
        )

    def handle(self, *args, days=None, **options):
        count = purge(days)
        self.stdout.write(f"Deleted {count} booking request{'s' if count != 1 else ''} past the retention period.")
