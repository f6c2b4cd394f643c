"""Editors can open every editing screen the guide and its data need."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from frameworks.models import Criterion
from tests.authors.factories import TeamFactory
from tests.frameworks.admin_forms import framework_form
from tests.frameworks.factories import (
    AdoptionSurveyFactory,
    BenchmarkFactory,
    CriterionFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    matrix_of,
)
from tests.guides.factories import (
    CallToActionFactory,
    GuideCategoryFactory,
    GuidePageFactory,
    comparison_matrix,
    heading,
    paragraph,
)
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


# (url namespace, record made by factories, the listing's title, the record's name)
DATA_RECORDS = {
    "framework": (
        "wagtailsnippets_frameworks_framework",
        lambda: FrameworkFactory(name="Phoenix"),
        "Frameworks",
        "Phoenix",
    ),
    "language": ("wagtailsnippets_frameworks_language", lambda: LanguageFactory(name="Elixir"), "Languages", "Elixir"),
    "adoption survey": (
        "wagtailsnippets_frameworks_adoptionsurvey",
        lambda: AdoptionSurveyFactory(year=2025),
        "Adoption surveys",
        "Stack Overflow Developer Survey 2025",
    ),
    "benchmark": (
        "wagtailsnippets_frameworks_benchmark",
        lambda: BenchmarkFactory(edition="Round 23"),
        "Benchmarks",
        "TechEmpower Framework Benchmarks Round 23",
    ),
    "criterion": (
        "wagtailsnippets_frameworks_criterion",
        lambda: CriterionFactory(name="Learning curve"),
        "Criteria",
        "Learning curve",
    ),
    "comparison matrix": (
        "wagtailsnippets_frameworks_comparisonmatrix",
        lambda: matrix_of([FrameworkFactory()], title="Backend frameworks"),
        "Comparison matrices",
        "Backend frameworks",
    ),
    "decision guide": (
        "wagtailsnippets_frameworks_decisionguide",
        lambda: DecisionGuideRowFactory(guide__title="Which framework to choose").guide,
        "Decision guides",
        "Which framework to choose",
    ),
    "guide category": (
        "wagtailsnippets_guides_guidecategory",
        lambda: GuideCategoryFactory(name="Engineering"),
        "Guide categories",
        "Engineering",
    ),
    "call to action": (
        "wagtailsnippets_guides_calltoaction",
        lambda: CallToActionFactory(name="Discovery call"),
        "Calls to action",
        "Discovery call",
    ),
    "team": ("wagtailsnippets_authors_team", lambda: TeamFactory(name="Platform team"), "Teams", "Platform team"),
}


@pytest.mark.parametrize("namespace, make_record, listing_title, name", DATA_RECORDS.values(), ids=DATA_RECORDS)
def test_every_data_record_has_a_list_and_an_edit_screen(admin_client, namespace, make_record, listing_title, name):
    home_page()
    record = make_record()

    listing = soup_of(admin_client.get(reverse(f"{namespace}:list")))
    assert listing.title.get_text() == f"{listing_title} - Wagtail"
    assert [row.find("a").get_text(strip=True) for row in listing.select("table.listing tbody tr")] == [name]

    edit = soup_of(admin_client.get(reverse(f"{namespace}:edit", args=[record.pk])))
    assert edit.title.get_text() == f"Editing: {name} - Wagtail"


def test_the_guide_editor_opens_with_its_content(admin_client):
    guide = GuidePageFactory(
        title="Choosing a message queue",
        standfirst="Kafka, RabbitMQ or a managed queue: what decides it.",
        body=[heading("Start with the workload")],
    )

    editor = soup_of(admin_client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])))

    assert editor.title.get_text() == "Editing Guide page: Choosing a message queue - Wagtail"
    assert editor.find("textarea", attrs={"name": "title"}).get_text(strip=True) == "Choosing a message queue"
    assert editor.find("textarea", attrs={"name": "standfirst"}).get_text(strip=True) == (
        "Kafka, RabbitMQ or a managed queue: what decides it."
    )
    body_blocks, _errors = json.loads(editor.select_one("div#body")["data-w-block-arguments-value"])
    assert [(block["type"], block["value"]["text"]) for block in body_blocks] == [
        ("heading", "Start with the workload")
    ]
    panels = [h2.get_text(" ", strip=True) for h2 in editor.select("h2")]
    assert panels[panels.index("Title *") : panels.index("Call to action") + 1] == [
        "Title *",
        "Standfirst *",
        "Credits and dates",
        "Category *",
        "Hero image",
        "Body *",
        "Sources",
        "Related",
        "Call to action",
    ]


def test_the_guide_preview_renders_the_draft_and_is_private(admin_client, client):
    matrix = matrix_of([FrameworkFactory(name="Phoenix")], title="Backend frameworks", caption="Frameworks compared")
    guide = GuidePageFactory(title="Choosing a framework", standfirst="The published summary.")
    guide.standfirst = "The draft summary."
    guide.body = [paragraph("<p>A new table:</p>"), comparison_matrix(matrix)]
    guide.save_revision()

    response = admin_client.get(reverse("wagtailadmin_pages:view_draft", args=[guide.pk]))

    preview = soup_of(response)
    assert preview.select_one("header .standfirst").get_text() == "The draft summary."
    assert preview.select_one("section.data-table caption").get_text(strip=True) == "Frameworks compared"
    assert response["Cache-Control"] == "private, no-store"
    published = soup_of(client.get("/guides/choosing-a-framework/"))
    assert published.select_one("header .standfirst").get_text() == "The published summary."


def test_editing_a_framework_in_the_admin_changes_the_guide(admin_client, client):
    best_fit = CriterionFactory(slug="best-fit", name="Best-fit use case")
    phoenix = FrameworkFactory(
        name="Phoenix", slug="phoenix", language=LanguageFactory(name="Elixir"), values={best_fit: "Real-time"}
    )
    matrix = matrix_of([phoenix], criteria=[best_fit])
    GuidePageFactory(title="Choosing a framework", body=[comparison_matrix(matrix)])
    value = phoenix.criterion_values.get()
    form = framework_form(
        phoenix, [{"id": value.pk, "criterion": best_fit.pk, "text": "Real-time apps of every size", "score": ""}]
    )

    response = admin_client.post(reverse("wagtailsnippets_frameworks_framework:edit", args=[phoenix.pk]), form)

    assert response.status_code == 302, response.content.decode()[:2000]
    guide = soup_of(client.get("/guides/choosing-a-framework/"))
    assert [cell.get_text() for cell in guide.select("section.data-table tbody tr td")] == [
        "Elixir",
        "Real-time apps of every size",
    ]


def test_a_new_criterion_added_only_in_the_admin_shows_in_a_matrix(admin_client, client):
    phoenix = FrameworkFactory(name="Phoenix", language=LanguageFactory(name="Elixir"))
    matrix = matrix_of([phoenix], criteria=["raw-performance"], title="Backend frameworks", show_language=False)
    GuidePageFactory(title="Choosing a framework", body=[comparison_matrix(matrix)])

    response = admin_client.post(
        reverse("wagtailsnippets_frameworks_criterion:add"),
        {
            "name": "Async support",
            "slug": "async-support",
            "description": "",
            "unit": "",
            "scale_max": "",
            "action-publish": "action-publish",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    async_support = Criterion.objects.get(slug="async-support")
    edit_framework = reverse("wagtailsnippets_frameworks_framework:edit", args=[phoenix.pk])
    form = framework_form(phoenix, [{"criterion": async_support.pk, "text": "Native (BEAM processes)", "score": ""}])
    assert admin_client.post(edit_framework, form).status_code == 302
    columns = [{"id": column.pk, "criterion": column.criterion_id, "heading": ""} for column in matrix.columns.all()]
    matrix_form = nested_form_data(
        {
            "title": matrix.title,
            "slug": matrix.slug,
            "description": "",
            "caption": matrix.caption,
            "row_heading": "Framework",
            "footnote": "",
            "columns": inline_formset(columns + [{"criterion": async_support.pk, "heading": ""}], initial=1),
            "rows": inline_formset([{"id": matrix.rows.get().pk, "framework": phoenix.pk}], initial=1),
            "action-publish": "action-publish",
        }
    )
    response = admin_client.post(
        reverse("wagtailsnippets_frameworks_comparisonmatrix:edit", args=[matrix.pk]), matrix_form
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    guide = soup_of(client.get("/guides/choosing-a-framework/"))
    assert [cell.get_text() for cell in guide.select("section.data-table th, section.data-table td")] == [
        "Framework",
        "Raw performance",
        "Async support",
        "Phoenix",
        "",
        "Native (BEAM processes)",
    ]
