"""Editing frameworks data in the admin: the "Shown in guides" panel, slugs made for the editor,
errors that name the duplicated framework, copy as next edition, and the framework chooser."""

from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from frameworks.models import AdoptionSurvey, Benchmark
from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    FrameworkFactory,
    LanguageFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import GuidePageFactory, adoption_chart, comparison_matrix

pytestmark = pytest.mark.django_db


def soup_of(response):
    assert response.status_code == 200, response.content.decode()[:2000]
    return BeautifulSoup(response.content.decode(), "html.parser")


def edit_url(record):
    return reverse(f"wagtailsnippets_frameworks_{record._meta.model_name}:edit", args=[record.pk])


# Shown in guides ------------------------------------------------------------------------------


def shown_in_guides(page):
    panel = page.select_one("#panel-shown_in_guides-content")
    return [(link.get_text(strip=True), link["href"]) for link in panel.select("a")], panel.p.get_text(" ", strip=True)


def test_a_frameworks_edit_page_links_to_the_guides_that_show_it(admin_client):
    django = FrameworkFactory(name="Django")
    matrix_guide = GuidePageFactory(title="Matrix guide", body=[comparison_matrix(matrix_of([django]))])
    chart_guide = GuidePageFactory(title="Chart guide", body=[adoption_chart(survey_with_figures({django: "12.6"}))])
    GuidePageFactory(title="Draft guide", body=[comparison_matrix(matrix_of([django]))], live=False)

    links, summary = shown_in_guides(soup_of(admin_client.get(edit_url(django))))

    assert links == [
        ("Chart guide", f"/admin/pages/{chart_guide.pk}/edit/"),
        ("Matrix guide", f"/admin/pages/{matrix_guide.pk}/edit/"),
    ]
    assert summary == ("This framework is shown in 2 live guides; publishing a change to it changes those guides.")


def test_a_record_no_guide_shows_says_so(admin_client):
    survey = survey_with_figures({FrameworkFactory(): "1.0"})
    links, summary = shown_in_guides(soup_of(admin_client.get(edit_url(survey))))
    assert (links, summary) == ([], "No live guide shows this adoption survey.")


def test_a_new_record_has_no_shown_in_guides_panel(admin_client):
    page = soup_of(admin_client.get(reverse("wagtailsnippets_frameworks_framework:add")))
    assert page.select_one("#panel-shown_in_guides-content") is None


# Slugs ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "model_name, source",
    [("framework", "name"), ("criterion", "name"), ("comparisonmatrix", "title"), ("decisionguide", "title")],
)
def test_a_new_records_slug_follows_its_name_as_the_editor_types(admin_client, model_name, source):
    page = soup_of(admin_client.get(reverse(f"wagtailsnippets_frameworks_{model_name}:add")))
    name = page.find("input", attrs={"name": source})
    slug = page.find("input", attrs={"name": "slug"})
    # Wagtail's sync controller copies the name into the slug field, which slugifies it.
    assert name["data-controller"] == "w-sync"
    assert name["data-w-sync-target-value"] == "#id_slug"
    assert "keyup->w-sync#apply" in name["data-action"]
    assert slug["data-controller"] == "w-slug"


def survey_form(survey=None, figures=(), **fields):
    values = {
        "publisher": "Stack Overflow",
        "name": "Developer Survey",
        "year": 2026,
        "slug": "",
        "sample_size": 1000,
        "section": "",
        "source_url": "",
        **fields,
    }
    initial = survey.figures.count() if survey else 0
    return nested_form_data({**values, "figures": inline_formset(list(figures), initial=initial)})


def test_a_survey_left_without_a_slug_gets_one_from_its_publisher_and_year(admin_client):
    response = admin_client.post(reverse("wagtailsnippets_frameworks_adoptionsurvey:add"), survey_form())

    assert response.status_code == 302, response.content.decode()[:2000]
    assert AdoptionSurvey.objects.get().slug == "stack-overflow-2026"


def test_a_benchmark_left_without_a_slug_gets_one_from_its_publisher_and_edition(admin_client):
    BenchmarkFactory(slug="techempower-round-24")
    form = nested_form_data(
        {
            "publisher": "TechEmpower",
            "name": "Framework Benchmarks",
            "edition": "Round 24",
            "slug": "",
            "published_on": "",
            "test_type": "",
            "figure_unit": "",
            "url": "",
            "notes": "",
            "results": inline_formset([]),
        }
    )
    response = admin_client.post(reverse("wagtailsnippets_frameworks_benchmark:add"), form)

    assert response.status_code == 302, response.content.decode()[:2000]
    assert Benchmark.objects.order_by("-pk").first().slug == "techempower-round-24-2"


# Duplicates name the framework ----------------------------------------------------------------


def field_errors(page):
    return [error.get_text(" ", strip=True) for error in page.select(".w-field__errors .error-message")]


def test_a_survey_with_a_framework_twice_names_it_on_the_second_figure(admin_client):
    django, flask = FrameworkFactory(name="Django"), FrameworkFactory(name="Flask")
    figures = [
        {"framework": django.pk, "share": "12.6"},
        {"framework": flask.pk, "share": "14.4"},
        {"framework": django.pk, "share": "13.0"},
    ]

    response = admin_client.post(reverse("wagtailsnippets_frameworks_adoptionsurvey:add"), survey_form(figures=figures))

    page = soup_of(response)
    assert field_errors(page) == ["Django appears twice in this survey's figures."]
    errored = page.select_one(".w-field--error")
    assert errored.select_one("input")["name"] == "figures-2-framework"
    assert "Please correct the duplicate data" not in page.get_text()
    assert AdoptionSurvey.objects.count() == 0


def test_a_deleted_figure_does_not_count_as_a_duplicate(admin_client):
    django = FrameworkFactory(name="Django")
    figures = [{"framework": django.pk, "share": "12.6", "DELETE": "1"}, {"framework": django.pk, "share": "13.0"}]

    response = admin_client.post(reverse("wagtailsnippets_frameworks_adoptionsurvey:add"), survey_form(figures=figures))

    assert response.status_code == 302, field_errors(soup_of(response))
    assert [figure.share for figure in AdoptionSurvey.objects.get().figures.all()] == [Decimal("13.0")]


def matrix_form(matrix, columns, rows):
    return nested_form_data(
        {
            "title": matrix.title,
            "slug": matrix.slug,
            "description": "",
            "caption": matrix.caption,
            "row_heading": "Framework",
            "footnote": "",
            "columns": inline_formset(columns, initial=matrix.columns.count()),
            "rows": inline_formset(rows, initial=matrix.rows.count()),
        }
    )


def test_a_matrix_with_a_framework_or_criterion_twice_names_them(admin_client):
    django = FrameworkFactory(name="Django")
    learning_curve = CriterionFactory(name="Learning curve")
    matrix = matrix_of([django], criteria=[learning_curve])
    column, row = matrix.columns.get(), matrix.rows.get()

    response = admin_client.post(
        edit_url(matrix),
        matrix_form(
            matrix,
            columns=[
                {"id": column.pk, "criterion": learning_curve.pk, "heading": ""},
                {"criterion": learning_curve.pk, "heading": "Again"},
            ],
            rows=[{"id": row.pk, "framework": django.pk}, {"framework": django.pk}],
        ),
    )

    assert field_errors(soup_of(response)) == [
        "Learning curve appears twice in this matrix's columns.",
        "Django appears twice in this matrix's rows.",
    ]


def test_a_framework_with_two_values_for_one_criterion_names_the_criterion(admin_client):
    phoenix = FrameworkFactory(name="Phoenix", language=LanguageFactory(name="Elixir"))
    learning_curve = CriterionFactory(name="Learning curve")
    form = nested_form_data(
        {
            "name": "Phoenix",
            "slug": phoenix.slug,
            "kind": "framework",
            "table_label": "",
            "language": phoenix.language_id,
            "runtime": "",
            "website": "",
            "criterion_values": inline_formset(
                [
                    {"criterion": learning_curve.pk, "text": "Steep", "score": ""},
                    {"criterion": learning_curve.pk, "text": "Gentle", "score": ""},
                ]
            ),
        }
    )

    response = admin_client.post(edit_url(phoenix), form)

    assert field_errors(soup_of(response)) == ["Learning curve appears twice in this framework's values."]


def test_a_benchmark_with_two_results_for_a_framework_names_it(admin_client):
    django = FrameworkFactory(name="Django")
    form = nested_form_data(
        {
            "publisher": "TechEmpower",
            "name": "Framework Benchmarks",
            "edition": "Round 24",
            "slug": "techempower-round-24",
            "published_on": "",
            "test_type": "",
            "figure_unit": "",
            "url": "",
            "notes": "",
            "results": inline_formset(
                [
                    {"framework": django.pk, "tier": "top", "rank": 1, "figure": ""},
                    {"framework": django.pk, "tier": "lower", "rank": 2, "figure": ""},
                ]
            ),
        }
    )

    response = admin_client.post(reverse("wagtailsnippets_frameworks_benchmark:add"), form)

    assert field_errors(soup_of(response)) == ["Django appears twice in this benchmark's results."]


# Copy as next edition -------------------------------------------------------------------------


@pytest.fixture
def survey_2025():
    django, flask = FrameworkFactory(name="Django"), FrameworkFactory(name="Flask")
    survey = survey_with_figures({django: "12.6", flask: "14.4"}, year=2025, slug="stack-overflow-2025")
    survey.source_url = "https://survey.stackoverflow.co/2025/"
    survey.save()
    return survey


def test_the_survey_editor_offers_copy_as_next_edition_beside_its_title(admin_client, survey_2025):
    page = soup_of(admin_client.get(edit_url(survey_2025)))
    buttons = {button.get_text(strip=True): button["href"] for button in page.select("header a.w-header-button")}
    assert buttons == {
        "Copy as next edition": f"/admin/snippets/frameworks/adoptionsurvey/next-edition/{survey_2025.pk}/",
        "Import figures": f"/admin/snippets/frameworks/adoptionsurvey/import/{survey_2025.pk}/",
    }


def test_each_survey_in_the_listing_offers_copy_as_next_edition_and_import(admin_client, survey_2025):
    page = soup_of(admin_client.get(reverse("wagtailsnippets_frameworks_adoptionsurvey:list")))
    actions = {
        link.get_text(strip=True): link["href"] for link in page.select("tbody tr [data-controller~=w-dropdown] a")
    }
    assert (
        actions["Copy as next edition"] == f"/admin/snippets/frameworks/adoptionsurvey/next-edition/{survey_2025.pk}/"
    )
    assert actions["Import figures"] == f"/admin/snippets/frameworks/adoptionsurvey/import/{survey_2025.pk}/"


def test_copy_as_next_edition_asks_first_and_changes_nothing_until_confirmed(admin_client, survey_2025):
    url = reverse("wagtailsnippets_frameworks_adoptionsurvey:next_edition", args=[survey_2025.pk])
    page = soup_of(admin_client.get(url))
    assert page.select_one("form button").get_text(strip=True) == "Copy as 2026 edition"
    assert AdoptionSurvey.objects.count() == 1


def test_copy_as_next_edition_makes_a_draft_a_year_on_with_the_same_figures_and_opens_it(admin_client, survey_2025):
    url = reverse("wagtailsnippets_frameworks_adoptionsurvey:next_edition", args=[survey_2025.pk])

    response = admin_client.post(url)

    copy = AdoptionSurvey.objects.get(year=2026)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/snippets/frameworks/adoptionsurvey/edit/{copy.pk}/"
    assert (copy.slug, copy.source_url, copy.live, copy.sample_size) == (
        "stack-overflow-2026",
        "https://survey.stackoverflow.co/2026/",
        False,
        1000,
    )
    assert [(figure.framework.name, figure.share) for figure in copy.figures.all()] == [
        ("Django", Decimal("12.6")),
        ("Flask", Decimal("14.4")),
    ]
    editor = soup_of(admin_client.get(response["Location"]))
    assert editor.title.get_text() == "Editing: Stack Overflow Developer Survey 2026 - Wagtail"
    assert editor.find("input", attrs={"name": "figures-1-share"})["value"] == "14.4"


def test_copy_as_next_edition_opens_the_next_edition_when_it_exists(admin_client, survey_2025):
    existing = survey_with_figures({}, year=2026, slug="so-2026")
    url = reverse("wagtailsnippets_frameworks_adoptionsurvey:next_edition", args=[survey_2025.pk])

    response = admin_client.post(url)

    assert response["Location"] == f"/admin/snippets/frameworks/adoptionsurvey/edit/{existing.pk}/"
    assert AdoptionSurvey.objects.count() == 2


def test_copy_as_next_edition_needs_permission_to_add_surveys(client, django_user_model, survey_2025):
    editors = Group.objects.create(name="Survey editors")
    editors.permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="change_adoptionsurvey"),
    )
    user = django_user_model.objects.create_user("editor", password="unused")
    user.groups.add(editors)
    client.force_login(user)
    url = reverse("wagtailsnippets_frameworks_adoptionsurvey:next_edition", args=[survey_2025.pk])

    # Wagtail answers a forbidden admin view by sending the user home with a message.
    response = client.post(url)
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    page = soup_of(client.get(edit_url(survey_2025)))
    assert [button.get_text(strip=True) for button in page.select("header a.w-header-button")] == ["Import figures"]
    assert AdoptionSurvey.objects.count() == 1


# The framework chooser ------------------------------------------------------------------------


def test_the_framework_chooser_shows_each_frameworks_language_and_searches(admin_client, search_index):
    FrameworkFactory(name="Express", language=LanguageFactory(name="JavaScript / TypeScript", short_name="JS / TS"))
    FrameworkFactory(name="Django", language=LanguageFactory(name="Python"))
    chooser = reverse("wagtailsnippetchoosers_frameworks_framework:choose_results")

    page = soup_of(admin_client.get(chooser, {"q": "expr"}))

    rows = [[cell.get_text(" ", strip=True) for cell in row.find_all("td")] for row in page.select("tbody tr")]
    assert rows == [["Express", "JS / TS", "Framework", "live"]]
