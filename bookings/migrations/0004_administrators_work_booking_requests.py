"""Administrators see and work booking requests beside Sales, as the README's roles table says."""

from django.db import migrations


def forwards(apps, schema_editor):
    from bookings.roles import ensure_booking_roles

    ensure_booking_roles(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0003_request_client_key_and_form_copy"),
        ("guides", "0008_editorial_roles_and_review"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
