"""The Sales group, with what it needs to see and work booking requests in the admin."""

from django.db import migrations


def make_sales_group(apps, schema_editor):
    from bookings.roles import ensure_sales_group

    ensure_sales_group(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("bookings", "0001_booking_page_and_requests"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(make_sales_group, migrations.RunPython.noop)]
