"""The migrations describe the models exactly: SQLite test runs build tables from the models, so
this is what keeps a forgotten migration from passing unseen there (PostgreSQL runs apply them)."""

from io import StringIO

import pytest
from django.core.management import call_command

pytestmark = pytest.mark.django_db


def test_every_model_change_has_its_migration(settings):
    settings.MIGRATION_MODULES = {}  # SQLite runs switch migrations off; read the real ones here
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out)
    except SystemExit:
        raise AssertionError(f"Models changed without a migration:\n{out.getvalue()}") from None
    assert out.getvalue() == "No changes detected\n"
