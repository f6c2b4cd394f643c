"""manage.py erase_booking_data EMAIL: delete everything held about an address (logged)."""

import getpass

from django.core.management.base import BaseCommand

from bookings.personal_data import erase


class Command(BaseCommand):
    help = "Delete every booking request from one e-mail address, with its history, notes and e-mail records."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        count = erase(email, by=f"erase_booking_data ({getpass.getuser()})")
        self.stdout.write(f"Erased {count} booking request{'s' if count != 1 else ''} from that address.")
