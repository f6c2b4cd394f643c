"""The demo load is idempotent and never overwrites what editors changed."""

import pytest
from django.core.management import call_command

from frameworks.models import AdoptionFigure, Framework
from guides.models import GuidePage

pytestmark = pytest.mark.django_db


def test_loading_again_creates_nothing(capsys):
    call_command("load_demo")
    assert "Demo content already present; nothing changed." in capsys.readouterr().out


def test_loading_again_keeps_edited_records_and_pages(demo_guide):
    Framework.objects.filter(slug="flask").update(learning_curve="Very low")
    demo_guide.title = "Edited by an editor"
    demo_guide.save_revision().publish()
    call_command("load_demo")
    assert Framework.objects.get(slug="flask").learning_curve == "Very low"
    assert GuidePage.objects.get(pk=demo_guide.pk).title == "Edited by an editor"


def test_loading_again_restores_only_what_was_deleted():
    GuidePage.objects.get(slug="django-vs-flask").delete()
    call_command("load_demo")
    assert GuidePage.objects.filter(slug="django-vs-flask").count() == 1
    assert GuidePage.objects.filter(slug="backend-frameworks-compared").count() == 1


def test_the_demo_has_all_twenty_adoption_figures_and_both_sample_sizes():
    figures = AdoptionFigure.objects.select_related("survey", "framework")
    assert figures.count() == 20
    assert {(f.survey.year, f.survey.sample_size) for f in figures} == {(2024, 48503), (2025, 23678)}
    assert str(figures.get(survey__year=2025, framework__name="Node.js").share) == "48.7"


def test_node_js_is_a_runtime_that_express_runs_on():
    express = Framework.objects.get(slug="express")
    assert express.runtime.name == "Node.js"
    assert express.runtime.kind == Framework.Kind.RUNTIME


def test_create_admin_prints_the_login_it_makes(capsys, monkeypatch):
    monkeypatch.setenv("ADMIN_PASSWORD", "correct-horse-battery")
    call_command("create_admin")
    out = capsys.readouterr().out
    assert "Admin login created: user 'admin', password 'correct-horse-battery'" in out
    call_command("create_admin")
    assert "An admin login already exists" in capsys.readouterr().out
