"""manage.py export_booking_data EMAIL: everything held about an address, as JSON (logged)."""

import getpass

from django.core.management.base import BaseCommand

from bookings.personal_data import export_json


class Command(BaseCommand):
    help = "Print, as JSON, every booking request and note held about one e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        self.stdout.write(export_json(email, by=f"export_booking_data ({getpass.getuser()})"))
