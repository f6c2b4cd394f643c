"""manage.py purge_bookings: delete booking requests older than BOOKINGS_RETENTION_DAYS.

`--schedule` queues the purge to run daily in run_worker instead (`make run` does this once)."""

from django.conf import settings
from django.core.management.base import BaseCommand

from bookings.personal_data import purge
from bookings.tasks import schedule_purge


class Command(BaseCommand):
    help = "Delete booking requests received more than BOOKINGS_RETENTION_DAYS ago, with their history and e-mails."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, help=f"Keep this many days instead (default {settings.BOOKINGS_RETENTION_DAYS})."
        )
        parser.add_argument(
            "--schedule",
            action="store_true",
            help="Queue the purge to run daily in run_worker (safe to repeat) instead of purging now.",
        )

    def handle(self, *args, days=None, schedule=False, **options):
        if schedule:
            self.stdout.write("Daily purge queued." if schedule_purge() else "Daily purge already queued.")
            return
        count = purge(days)
        self.stdout.write(f"Deleted {count} booking request{'s' if count != 1 else ''} past the retention period.")
