"""Wagtail's stock "Moderators" group and its "Moderators approval" workflow, which the editorial
roles replace, leave the admin while nobody uses them (guides/roles.py)."""

from django.db import migrations

from guides.roles import remove_stock_moderators


def forwards(apps, schema_editor):
    remove_stock_moderators(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0010_worker_heartbeats"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
