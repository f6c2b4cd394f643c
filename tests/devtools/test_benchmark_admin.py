"""manage.py benchmark_admin: the queries and times of the admin's edit views of a guide, the decision
guide with the most rows and the matrix with the most rows."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connection

from tests.frameworks.factories import DecisionGuideRowFactory, FrameworkFactory, matrix_of
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def rows(output):
    """{view label: (status, queries)} of the rows the admin benchmark prints."""
    measured = {}
    for line in output.splitlines():
        label, _, rest = line.partition(" /admin/")
        if rest:
            status, queries = rest.split()[1:3]
            measured[label.strip()] = (int(status), int(queries))
    return measured


def test_the_admin_benchmark_opens_the_guide_and_the_largest_decision_guide_and_matrix(django_user_model):
    django_user_model.objects.create_superuser("editor", "editor@example.com", "a long enough password")
    GuidePageFactory(title="Queues", slug="queues")
    django = FrameworkFactory(name="Django")
    matrix_of([django])
    matrix_of([django, FrameworkFactory(name="Rails"), FrameworkFactory(name="Laravel")])
    DecisionGuideRowFactory(lean_toward=[django])
    out = StringIO()

    call_command("benchmark_admin", slug="queues", renders=1, stdout=out)

    # PostgreSQL's test database is built by the migrations, which add the review workflow: Wagtail
    # looks up its state a few more times (SQLite's test runs skip migrations).
    postgresql = connection.vendor == "postgresql"
    assert rows(out.getvalue()) == {
        "guide 'queues'": (200, 31 if postgresql else 27),
        "decision guide (1 rows)": (200, 38 if postgresql else 31),
        "comparison matrix (3 rows)": (200, 38 if postgresql else 31),
    }


def test_the_admin_benchmark_needs_a_superuser():
    GuidePageFactory(title="Queues", slug="queues")

    with pytest.raises(CommandError, match="No active superuser. Run: python manage.py create_admin"):
        call_command("benchmark_admin", slug="queues", renders=1, stdout=StringIO())
