"""A record with rows opens in the admin in the same number of queries however many rows it has, with
every chooser showing its record, and saves what the editor sent (core/admin_forms.py)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.urls import reverse

from devtools.html_forms import form_fields
from frameworks.models import DecisionGuide
from tests.frameworks.factories import DecisionGuideFactory, DecisionGuideRowFactory, FrameworkFactory, matrix_of

pytestmark = pytest.mark.django_db


# A record's edit view: the same however many rows it has. PostgreSQL's test database is built by the
# migrations, which add the review workflow: Wagtail looks up its state a few more times (SQLite's test
# runs skip migrations).
def edit_queries():
    return 38 if connection.vendor == "postgresql" else 30


def edit_url(record):
    return reverse(f"wagtailsnippets_frameworks_{record._meta.model_name}:edit", args=[record.pk])


def decision_guide_of(rows):
    guide = DecisionGuideFactory(title="Choosing a stack")
    for n in range(rows):
        DecisionGuideRowFactory(
            guide=guide,
            project_type=f"Project {n}",
            lean_toward=[FrameworkFactory(name=f"Lean {n}a"), FrameworkFactory(name=f"Lean {n}b")],
            alternatives=[FrameworkFactory(name=f"Other {n}"), "A hosted service"],
        )
    return guide


def chosen_titles(response):
    """The records the page's choosers show, in order."""
    html = BeautifulSoup(response.content.decode(), "html.parser")
    return [title.get_text(strip=True) for title in html.select("[data-chooser-title]") if title.get_text(strip=True)]


@pytest.mark.parametrize("rows", [2, 8])
def test_a_decision_guide_opens_in_the_same_queries_however_many_rows_it_has(
    admin_client, django_assert_num_queries, rows
):
    guide = decision_guide_of(rows)
    admin_client.get(edit_url(guide))  # fills Wagtail's caches (content types, permissions)

    with django_assert_num_queries(edit_queries()):
        response = admin_client.get(edit_url(guide))

    assert response.status_code == 200
    assert chosen_titles(response) == [
        title for n in range(rows) for title in (f"Lean {n}a", f"Lean {n}b", f"Other {n}")
    ]


@pytest.mark.parametrize("rows", [3, 12])
def test_a_matrix_opens_in_the_same_queries_however_many_rows_it_has(admin_client, django_assert_num_queries, rows):
    matrix = matrix_of([FrameworkFactory(name=f"Framework {n}") for n in range(rows)], criteria=["raw-performance"])
    admin_client.get(edit_url(matrix))

    with django_assert_num_queries(edit_queries()):
        response = admin_client.get(edit_url(matrix))

    assert response.status_code == 200
    assert chosen_titles(response)[-rows:] == [f"Framework {n}" for n in range(rows)]


def test_a_decision_guide_saved_unchanged_keeps_every_row_and_choice(admin_client):
    guide = decision_guide_of(2)
    form = BeautifulSoup(admin_client.get(edit_url(guide)).content.decode(), "html.parser").find("form", method="POST")
    fields = form_fields(form)
    fields["rows-1-why"] = "Fewer moving parts"

    response = admin_client.post(edit_url(guide), {**fields, "action-publish": "action-publish"})

    assert response.status_code == 302
    guide = DecisionGuide.objects.get(pk=guide.pk)
    assert [
        (
            row.project_type,
            row.why,
            [choice.framework.name for choice in row.lean_toward.all()],
            [choice.framework.name if choice.framework else choice.label for choice in row.alternatives.all()],
        )
        for row in guide.rows.all()
    ] == [
        ("Project 0", "Batteries included", ["Lean 0a", "Lean 0b"], ["Other 0", "A hosted service"]),
        ("Project 1", "Fewer moving parts", ["Lean 1a", "Lean 1b"], ["Other 1", "A hosted service"]),
    ]
