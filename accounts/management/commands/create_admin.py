"""manage.py create_admin: make sure an admin login exists, and say how to sign in."""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create the 'admin' superuser if no superuser exists (password from ADMIN_PASSWORD, or generated)."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("ADMIN_USERNAME", "admin"))

    def handle(self, *args, username, **options):
        users = get_user_model().objects
        if users.filter(is_superuser=True).exists():
            self.stdout.write(
                f"An admin login already exists. Forgot the password? Run: python manage.py changepassword {username}"
            )
            return
        password = os.environ.get("ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        users.create_superuser(username=username, email=f"{username}@localhost", password=password)
        self.stdout.write(self.style.SUCCESS(f"Admin login created: user '{username}', password '{password}'"))
        # The site's own address: `make run` sets it from HOST and PORT.
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/"
        self.stdout.write(f"Sign in at {admin_url} (set ADMIN_PASSWORD to choose the password).")
