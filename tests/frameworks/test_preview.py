"""A draft record previews inside the guides that show it, before anything is published."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from guides.models import GuidePage
from tests.frameworks.admin_forms import framework_form
from tests.frameworks.factories import (
    CriterionFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    matrix_of,
)
from tests.guides.factories import GuidePageFactory, comparison_matrix
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db


def text(element):
    return " ".join(element.get_text().split())


def matrix_rows(html):
    soup = BeautifulSoup(html, "html.parser")
    return [[text(cell) for cell in row.find_all(["th", "td"])] for row in soup.select("section.data-table tbody tr")]


@pytest.fixture
def phoenix():
    curve = CriterionFactory(slug="learning-curve", name="Learning curve")
    framework = FrameworkFactory(name="Phoenix", language=LanguageFactory(name="Elixir"), values={curve: "Steep"})
    matrix = matrix_of([framework], criteria=[curve])
    GuidePageFactory(title="Real-time backends", slug="real-time", body=[comparison_matrix(matrix)])
    GuidePageFactory(title="Elixir in production", slug="elixir", body=[comparison_matrix(matrix)])
    return framework


def preview(admin_client, record, form, mode=""):
    url = reverse(f"wagtailsnippets_frameworks_{record._meta.model_name}:preview_on_edit", args=[record.pk])
    assert admin_client.post(url, form).json() == {"is_valid": True, "is_available": True}
    return admin_client.get(url, {"mode": mode}).content.decode()


def test_a_draft_framework_previews_in_the_first_guide_and_names_the_others(admin_client, client, phoenix):
    value = phoenix.criterion_values.get()
    form = framework_form(phoenix, [{"id": value.pk, "criterion": value.criterion_id, "text": "Gentle", "score": ""}])

    html = preview(admin_client, phoenix, form)

    assert "<h1>Elixir in production</h1>" in html
    assert matrix_rows(html) == [["Phoenix", "Elixir", "Gentle"]]
    banner = BeautifulSoup(html, "html.parser").select_one(".preview-banner")
    assert text(banner) == (
        "Previewing the draft of Phoenix in “Elixir in production”. Publishing it also changes: “Real-time backends”."
    )
    assert matrix_rows(client.get("/guides/elixir/").content.decode()) == [["Phoenix", "Elixir", "Steep"]]


def test_a_decision_guide_previews_on_its_own_with_its_draft_rows(admin_client):
    home_page()
    row = DecisionGuideRowFactory(
        guide__title="Choosing", project_type="APIs", lean_toward=[FrameworkFactory(name="Go")]
    )
    guide = row.guide
    form = nested_form_data(
        {
            "title": "Choosing",
            "slug": guide.slug,
            "description": "",
            "caption": "Choosing by project",
            "project_heading": "If your project is",
            "lean_toward_heading": "Lean toward",
            "why_heading": "Why",
            "alternative_heading": "Alternative",
            "footnote": "",
            "rows": inline_formset(
                [
                    {
                        "id": row.pk,
                        "project_type": "High-throughput APIs",
                        "why": "Compiled",
                        "lean_toward": inline_formset(
                            [
                                {
                                    "id": choice.pk,
                                    "framework": choice.framework_id,
                                    "label": "",
                                    "note": "with Gin",
                                    "connector": ",",
                                }
                                for choice in row.lean_toward.all()
                            ],
                            initial=1,
                        ),
                        "alternatives": inline_formset(
                            [{"framework": "", "label": "Rust", "note": "", "connector": ","}]
                        ),
                    }
                ],
                initial=1,
            ),
        }
    )

    html = preview(admin_client, guide, form, mode="record")

    assert matrix_rows(html) == [["High-throughput APIs", "Go with Gin", "Compiled", "Rust"]]
    assert "No published guide shows this record yet." in html


def test_a_draft_framework_previews_in_each_guide_it_changes(admin_client, phoenix):
    value = phoenix.criterion_values.get()
    form = framework_form(phoenix, [{"id": value.pk, "criterion": value.criterion_id, "text": "Gentle", "score": ""}])
    real_time = GuidePage.objects.get(slug="real-time")

    html = preview(admin_client, phoenix, form, mode=f"guide-{real_time.pk}")

    assert "<h1>Real-time backends</h1>" in html
    assert matrix_rows(html) == [["Phoenix", "Elixir", "Gentle"]]
    banner = BeautifulSoup(html, "html.parser").select_one(".preview-banner")
    assert text(banner) == (
        "Previewing the draft of Phoenix in “Real-time backends”. Publishing it also changes: “Elixir in production”."
    )


def test_the_record_editor_offers_a_preview_in_each_guide_that_shows_it(admin_client, phoenix):
    real_time = GuidePage.objects.get(slug="real-time")
    url = reverse("wagtailsnippets_frameworks_framework:edit", args=[phoenix.pk])
    soup = BeautifulSoup(admin_client.get(url).content.decode(), "html.parser")

    modes = [(option["value"], text(option)) for option in soup.select("select[data-w-preview-target='mode'] option")]
    assert modes == [
        ("", "In “Elixir in production”"),
        (f"guide-{real_time.pk}", "In “Real-time backends”"),
        ("record", "On its own"),
    ]
