"""The frameworks data listings in the admin: search (SQLite and PostgreSQL), filters, sorting,
status, last updated, the "Shown in guides" count, CSV/XLSX export, and admin-wide search."""

import csv
import io
from datetime import timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from openpyxl import load_workbook

from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    FrameworkFactory,
    LanguageFactory,
    RuntimeFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import GuidePageFactory, adoption_chart, comparison_matrix, paragraph, survey_source

pytestmark = pytest.mark.django_db

FRAMEWORKS = "/admin/snippets/frameworks/framework/"


def listing(admin_client, url=FRAMEWORKS, **params):
    response = admin_client.get(url, params)
    assert response.status_code == 200, response.content.decode()[:1000]
    return BeautifulSoup(response.content.decode(), "html.parser")


def rows(page):
    """Each row's cells as an editor reads them, the title without its action menu."""
    table = page.select_one("table.listing")
    if table is None:
        return []
    headings = [th.get_text(" ", strip=True) for th in table.select("thead th")]
    result = []
    for row in table.select("tbody tr"):
        cells = {}
        for heading, cell in zip(headings, row.find_all("td"), strict=True):
            link = cell.select_one(".title-wrapper a")
            cells[heading] = (link or cell).get_text(" ", strip=True)
        result.append(cells)
    return result


def column(page, heading):
    return [row[heading] for row in rows(page)]


@pytest.fixture
def python():
    return LanguageFactory(name="Python")


@pytest.fixture
def frameworks(python):
    node = RuntimeFactory(name="Node.js", language=LanguageFactory(name="JavaScript"))
    return {
        "django": FrameworkFactory(name="Django", language=python),
        "flask": FrameworkFactory(name="Flask", language=python),
        "express": FrameworkFactory(name="Express", language=node.language, runtime=node),
        "node": node,
    }


# Search ---------------------------------------------------------------------------------------


def test_search_finds_frameworks_by_the_start_of_their_name(admin_client, search_index, frameworks):
    page = listing(admin_client, q="dja")
    assert column(page, "Name") == ["Django"]


def test_search_keeps_the_filters_and_the_sort_order(admin_client, search_index, frameworks):
    FrameworkFactory(name="Falcon", language=frameworks["django"].language)
    FrameworkFactory(name="Fastify", language=LanguageFactory(name="TypeScript"))

    page = listing(admin_client, q="f", language=frameworks["django"].language_id, ordering="-name")

    assert column(page, "Name") == ["Flask", "Falcon"]


def test_a_search_that_matches_nothing_says_so(admin_client, search_index, frameworks):
    page = listing(admin_client, q="zzz")
    assert rows(page) == []
    assert "No frameworks match your query." in page.get_text()


def test_surveys_are_found_by_a_whole_word_of_their_publisher(admin_client, search_index):
    survey_with_figures({}, year=2025)
    survey_with_figures({}, year=2024, publisher="JetBrains", slug="jetbrains-2024")

    page = listing(admin_client, "/admin/snippets/frameworks/adoptionsurvey/", q="stack")

    assert column(page, "Adoption survey") == ["Stack Overflow Developer Survey 2025"]


def test_languages_are_searched_by_name(admin_client, frameworks):
    page = listing(admin_client, "/admin/snippets/frameworks/language/", q="java")
    assert column(page, "Name") == ["JavaScript"]


# Filters and sorting --------------------------------------------------------------------------


def test_frameworks_filter_by_language(admin_client, frameworks, python):
    assert column(listing(admin_client, language=python.pk), "Name") == ["Django", "Flask"]


def test_frameworks_filter_by_runtime(admin_client, frameworks):
    assert column(listing(admin_client, runtime=frameworks["node"].pk), "Name") == ["Express"]


def test_frameworks_filter_by_kind(admin_client, frameworks):
    assert column(listing(admin_client, kind="runtime"), "Name") == ["Node.js"]


def test_frameworks_sort_by_language_then_back_by_name(admin_client, frameworks):
    by_language = listing(admin_client, ordering="language")
    assert column(by_language, "Language") == ["JavaScript", "JavaScript", "Python", "Python"]
    assert column(listing(admin_client, ordering="-name"), "Name") == ["Node.js", "Flask", "Express", "Django"]


# Status and last updated ----------------------------------------------------------------------


@pytest.fixture
def every_status(python):
    FrameworkFactory(name="Published", language=python)
    FrameworkFactory(name="Never published", language=python, live=False)
    changed = FrameworkFactory(name="Changed", language=python)
    changed.save_revision()
    embargoed = FrameworkFactory(name="Embargoed", language=python, live=False)
    embargoed.save_revision(approved_go_live_at=timezone.now() + timedelta(days=3))
    rescheduled = FrameworkFactory(name="Rescheduled", language=python)
    rescheduled.save_revision(approved_go_live_at=timezone.now() + timedelta(days=3))


def test_the_status_column_shows_draft_live_scheduled_and_changed(admin_client, every_status):
    page = listing(admin_client)
    assert {row["Name"]: row["Status"] for row in rows(page)} == {
        "Changed": "live + draft",
        "Embargoed": "scheduled",
        "Never published": "draft",
        "Published": "live",
        "Rescheduled": "live + scheduled",
    }


@pytest.mark.parametrize(
    "status, names",
    [
        ("draft", ["Never published"]),
        ("live", ["Published"]),
        ("changed", ["Changed"]),
        ("scheduled", ["Embargoed", "Rescheduled"]),
    ],
)
def test_frameworks_filter_by_status(admin_client, every_status, status, names):
    assert column(listing(admin_client, status=status), "Name") == names


def test_last_updated_is_the_latest_revision(admin_client, python):
    FrameworkFactory(name="Untouched", language=python)
    edited = FrameworkFactory(name="Edited", language=python)
    edited.save_revision()

    page = listing(admin_client)

    assert {row["Name"]: row["Last updated"] for row in rows(page)} == {"Edited": "Just now", "Untouched": ""}


# Shown in guides ------------------------------------------------------------------------------


@pytest.fixture
def guides(frameworks):
    django, flask = frameworks["django"], frameworks["flask"]
    learning_curve = CriterionFactory(name="Learning curve", slug="learning-curve")
    matrix = matrix_of([django, flask], criteria=[learning_curve], title="Python frameworks")
    survey = survey_with_figures({django: "12.6"}, year=2025)
    GuidePageFactory(title="Matrix guide", body=[comparison_matrix(matrix)])
    GuidePageFactory(title="Chart guide", body=[adoption_chart(survey)])
    GuidePageFactory(title="Citing guide", body=[paragraph("<p>[cite:so]</p>")], sources=[survey_source("so", survey)])
    GuidePageFactory(title="Unpublished guide", body=[comparison_matrix(matrix)], live=False)
    return {"matrix": matrix, "survey": survey, "learning_curve": learning_curve}


def test_the_frameworks_listing_counts_the_live_guides_that_show_each_through_matrices_and_surveys(
    admin_client, guides
):
    page = listing(admin_client)
    assert {row["Name"]: row["Shown in guides"] for row in rows(page)} == {
        "Django": "3",
        "Express": "0",
        "Flask": "1",
        "Node.js": "0",
    }


@pytest.mark.parametrize(
    "url, counts",
    [
        ("/admin/snippets/frameworks/criterion/", {"Learning curve": "1"}),
        ("/admin/snippets/frameworks/comparisonmatrix/", {"Python frameworks": "1"}),
        ("/admin/snippets/frameworks/adoptionsurvey/", {"Stack Overflow Developer Survey 2025": "2"}),
        ("/admin/snippets/frameworks/language/", {"JavaScript": "0", "Python": "3"}),
    ],
    ids=["criteria", "matrices", "surveys", "languages"],
)
def test_every_listing_counts_the_guides_that_show_its_records(admin_client, guides, url, counts):
    page = listing(admin_client, url)
    title = [heading for heading in rows(page)[0] if heading][0]
    assert {row[title]: row["Shown in guides"] for row in rows(page)} == counts


def some_frameworks(count, language):
    """`count` frameworks each shown by a guide of its own through a matrix and a survey, drafted."""
    frameworks = [FrameworkFactory(name=f"Grown {number:03}", language=language) for number in range(count)]
    survey = survey_with_figures(dict.fromkeys(frameworks, "1.0"))
    GuidePageFactory(body=[comparison_matrix(matrix_of(frameworks)), adoption_chart(survey)])
    for framework in frameworks:
        framework.save_revision()
    return frameworks


# The queries a listing page takes, however many rows it shows: session, user and profile; the
# count and the page of rows (language, runtime, status and last updated with them); the guides
# that show them (three); the filters' choices (languages, runtimes); and the admin menu's own
# (locale, the page explorer's two).
FRAMEWORKS_LISTING_QUERIES = 13


@pytest.mark.parametrize("count", [3, 20])
def test_the_frameworks_listing_takes_the_same_queries_for_3_or_20_rows(
    admin_client, django_assert_num_queries, python, count
):
    some_frameworks(count, python)
    listing(admin_client)

    with django_assert_num_queries(FRAMEWORKS_LISTING_QUERIES):
        page = listing(admin_client)

    assert len(rows(page)) == count
    assert set(column(page, "Shown in guides")) == {"1"}
    assert set(column(page, "Status")) == {"live + draft"}


# Export ---------------------------------------------------------------------------------------

EXPORT_HEADINGS = [
    "Name",
    "Slug",
    "Kind",
    "Language",
    "Runtime",
    "Table label",
    "Website",
    "Status",
    "Last updated",
    "Shown in guides",
]


def test_the_frameworks_listing_exports_as_csv_with_its_filters(admin_client, guides, python):
    response = admin_client.get(FRAMEWORKS, {"export": "csv", "language": python.pk})

    assert response["Content-Disposition"] == 'attachment; filename="frameworks.csv"'
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert table == [
        EXPORT_HEADINGS,
        ["Django", "django", "Framework", "Python", "", "", "", "live", "", "3"],
        ["Flask", "flask", "Framework", "Python", "", "", "", "live", "", "1"],
    ]


def test_a_csv_export_cell_that_looks_like_a_formula_stays_text(admin_client, guides, python):
    FrameworkFactory(name="=HYPERLINK(1)", slug="formula", table_label="+cmd", language=python)

    response = admin_client.get(FRAMEWORKS, {"export": "csv"})

    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [row[:6] for row in table if row[1] == "formula"] == [
        ["'=HYPERLINK(1)", "formula", "Framework", "Python", "", "'+cmd"]
    ]


def test_the_frameworks_listing_exports_as_xlsx(admin_client, guides):
    response = admin_client.get(FRAMEWORKS, {"export": "xlsx", "ordering": "-name"})

    assert response["Content-Disposition"] == 'attachment; filename="frameworks.xlsx"'
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    assert [list(row) for row in sheet.iter_rows(values_only=True)] == [
        EXPORT_HEADINGS,
        ["Node.js", "nodejs", "Runtime", "JavaScript", None, None, None, "live", None, 0],
        ["Flask", "flask", "Framework", "Python", None, None, None, "live", None, 1],
        ["Express", "express", "Framework", "JavaScript", "Node.js", None, None, "live", None, 0],
        ["Django", "django", "Framework", "Python", None, None, None, "live", None, 3],
    ]


def test_the_surveys_listing_exports_its_figure_counts(admin_client, guides):
    response = admin_client.get("/admin/snippets/frameworks/adoptionsurvey/", {"export": "csv"})
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert table == [
        [
            "Publisher",
            "Survey",
            "Year",
            "Slug",
            "Sample size",
            "Section",
            "Source url",
            "Figures",
            "Status",
            "Last updated",
            "Shown in guides",
        ],
        [
            "Stack Overflow",
            "Developer Survey",
            "2025",
            "stack-overflow-2025",
            "1000",
            "Technology",
            "",
            "1",
            "live",
            "",
            "2",
        ],
    ]


# Admin-wide search ----------------------------------------------------------------------------


def test_the_admin_search_offers_frameworks_data_among_other_searches(admin_client):
    page = BeautifulSoup(admin_client.get("/admin/pages/search/", {"q": "django"}).content.decode(), "html.parser")
    links = {link.get_text(" ", strip=True): link["href"] for link in page.select("nav.listing-filter a")}
    assert links["Frameworks data"] == "/admin/frameworks-data/search/?q=django"


def test_the_frameworks_data_search_finds_every_kind_of_record(admin_client, search_index, guides, frameworks):
    BenchmarkFactory(publisher="TechEmpower", name="Framework Benchmarks", edition="Round 23")

    page = listing(admin_client, "/admin/frameworks-data/search/", q="python")
    groups = {
        section.h2.get_text(strip=True): [item.get_text(" ", strip=True) for item in section.select("li")]
        for section in page.select("section")
    }

    # A framework is found by its language too.
    assert groups == {
        "Frameworks (2)": ["Flask live", "Django live"],
        "Comparison matrices (1)": ["Python frameworks live"],
        "Languages (1)": ["Python"],
    }
    assert listing(admin_client, "/admin/frameworks-data/search/", q="flask").select_one("section li a")["href"] == (
        f"/admin/snippets/frameworks/framework/edit/{frameworks['flask'].pk}/"
    )
