"""Editors, Engineering reviewers, Publishers, Sales and Administrators as groups, and the Engineering
review workflow on the page tree (guides/roles.py holds what each role may do)."""

from django.db import migrations

from guides.roles import set_up_review_workflow, set_up_roles


def forwards(apps, schema_editor):
    set_up_roles(apps)
    set_up_review_workflow(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("guides", "0007_review_task_profiles_and_dates"),
        ("authors", "0002_profile_links"),
        ("frameworks", "0006_framework_index_page"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailredirects", "0008_add_verbose_name_plural"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    # Reversing leaves the groups and the workflow: people may have been added to them since.
    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
