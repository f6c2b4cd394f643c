"""Editors can open every editing screen the guide and its data need."""

import pytest
from django.urls import reverse

from frameworks.models import (
    AdoptionSurvey,
    BenchmarkSource,
    ComparisonMatrix,
    DecisionGuide,
    Framework,
    Language,
)
from guides.models import CallToAction, GuideCategory

pytestmark = pytest.mark.django_db


def test_the_guide_editor_opens_with_its_content(admin_client, demo_guide):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[demo_guide.pk]))
    assert response.status_code == 200
    html = response.content.decode()
    assert "Backend frameworks compared: a fair 2026 guide to choosing one" in html
    assert "Credits" in html


def test_the_guide_preview_renders_the_draft(admin_client, demo_guide):
    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[demo_guide.pk]))
    assert response.status_code == 200
    assert "Backend framework comparison matrix" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


@pytest.mark.parametrize(
    "model",
    [
        Framework,
        Language,
        AdoptionSurvey,
        BenchmarkSource,
        ComparisonMatrix,
        DecisionGuide,
        GuideCategory,
        CallToAction,
    ],
)
def test_every_data_record_has_a_list_and_an_edit_screen(admin_client, model):
    meta = model._meta
    listing = admin_client.get(reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:list"))
    assert listing.status_code == 200
    record = model.objects.first()
    edit = admin_client.get(reverse(f"wagtailsnippets_{meta.app_label}_{meta.model_name}:edit", args=[record.pk]))
    assert edit.status_code == 200
    assert str(record) in edit.content.decode()


def test_editing_a_framework_in_the_admin_changes_the_guide(admin_client, client, demo_guide):
    framework = Framework.objects.get(slug="phoenix")
    url = reverse("wagtailsnippets_frameworks_framework:edit", args=[framework.pk])
    form = {
        "name": "Phoenix",
        "slug": "phoenix",
        "kind": "framework",
        "table_label": "",
        "language": framework.language_id,
        "runtime": "",
        "website": framework.website,
        "raw_performance": framework.raw_performance,
        "ecosystem": framework.ecosystem,
        "learning_curve": "Moderate",
        "best_fit": "Real-time apps of every size",
        "performance_tier": "",
        "tier_rank": "0",
    }
    response = admin_client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    html = client.get(demo_guide.url).content.decode()
    assert "<td>Real-time apps of every size</td>" in html
