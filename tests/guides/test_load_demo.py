"""The demo load is idempotent and never overwrites what editors changed."""

import pytest
from django.core.management import call_command

from frameworks.models import AdoptionFigure, CriterionValue, Framework
from guides.models import GuidePage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]


def test_loading_again_creates_nothing(capsys):
    call_command("load_demo")
    assert "Demo content already present; nothing changed." in capsys.readouterr().out


def test_loading_again_keeps_edited_records_and_pages(demo_guide):
    CriterionValue.objects.filter(framework__slug="flask", criterion__slug="learning-curve").update(text="Very low")
    demo_guide.title = "Edited by an editor"
    demo_guide.save_revision().publish()
    call_command("load_demo")
    assert CriterionValue.objects.get(framework__slug="flask", criterion__slug="learning-curve").text == "Very low"
    assert GuidePage.objects.get(pk=demo_guide.pk).title == "Edited by an editor"


def test_loading_again_restores_only_what_was_deleted():
    GuidePage.objects.get(slug="django-vs-flask").delete()
    call_command("load_demo")
    assert GuidePage.objects.filter(slug="django-vs-flask").count() == 1
    assert GuidePage.objects.filter(slug="backend-frameworks-compared").count() == 1


def test_the_demo_has_all_twenty_adoption_figures_and_both_sample_sizes():
    figures = AdoptionFigure.objects.order_by("survey__year", "sort_order")
    assert [(f.survey.year, f.survey.sample_size, f.framework.name, str(f.share)) for f in figures] == [
        (2024, 48503, "Node.js", "40.8"),
        (2024, 48503, "Express", "17.8"),
        (2024, 48503, "ASP.NET Core", "16.9"),
        (2024, 48503, "FastAPI", "9.9"),
        (2024, 48503, "Spring Boot", "12.7"),
        (2024, 48503, "Flask", "12.9"),
        (2024, 48503, "Django", "12.0"),
        (2024, 48503, "Laravel", "7.9"),
        (2024, 48503, "NestJS", "5.8"),
        (2024, 48503, "Ruby on Rails", "4.7"),
        (2025, 23678, "Node.js", "48.7"),
        (2025, 23678, "Express", "19.9"),
        (2025, 23678, "ASP.NET Core", "19.7"),
        (2025, 23678, "FastAPI", "14.8"),
        (2025, 23678, "Spring Boot", "14.7"),
        (2025, 23678, "Flask", "14.4"),
        (2025, 23678, "Django", "12.6"),
        (2025, 23678, "Laravel", "8.9"),
        (2025, 23678, "NestJS", "6.7"),
        (2025, 23678, "Ruby on Rails", "5.9"),
    ]


def test_node_js_is_a_runtime_that_express_runs_on():
    express = Framework.objects.get(slug="express")
    assert express.runtime.name == "Node.js"
    assert express.runtime.kind == Framework.Kind.RUNTIME


def test_create_admin_prints_the_login_it_makes(capsys, monkeypatch, settings):
    monkeypatch.setenv("ADMIN_PASSWORD", "correct-horse-battery")
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8123"  # `make run PORT=8123`
    call_command("create_admin")
    out = capsys.readouterr().out
    assert "Admin login created: user 'admin', password 'correct-horse-battery'" in out
    assert "Sign in at http://127.0.0.1:8123/admin/ (set ADMIN_PASSWORD to choose the password)." in out
    call_command("create_admin")
    assert "An admin login already exists" in capsys.readouterr().out


def test_the_demo_guide_starts_reviewed_on_the_page_and_on_the_dashboard(admin_client, client):
    page = client.get("/guides/backend-frameworks-compared/").content.decode()
    assert (
        '<p class="byline__reviewer">Reviewed by Resourcifi engineering on '
        '<time datetime="2026-06-28">Jun 28, 2026</time></p>'
    ) in page

    dashboard = admin_client.get("/admin/").content.decode()
    due = dashboard.split("Not reviewed for 12 months")[1].split("Data changed")[0]
    assert "Backend frameworks compared" not in due
