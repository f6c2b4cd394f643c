"""/frameworks/: every live framework by every live criterion, sorted and filtered with query parameters."""

from datetime import date
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from frameworks.models import CriterionValue, Framework
from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    FrameworkIndexPageFactory,
    LanguageFactory,
    RuntimeFactory,
    comparison_records,
    measured_records,
    survey_with_figures,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def records():
    comparison_records()
    return FrameworkIndexPageFactory()


@pytest.fixture
def measured():
    measured_records()
    return FrameworkIndexPageFactory()


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


def headings(soup):
    for icon in soup.select(".sort-link__icon"):
        icon.decompose()
    return [th.get_text(strip=True) for th in soup.select("table.comparison__table thead th")]


def rows(soup):
    return [
        [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])]
        for row in soup.select("table.comparison__table tbody tr")
    ]


def names(client, url):
    return [row[0] for row in rows(soup_of(client, url))]


def test_every_live_framework_shows_with_its_kind_language_runtime_and_each_criterion(client, records):
    soup = soup_of(client, "/frameworks/")
    assert headings(soup) == ["Framework", "Kind", "Language", "Runtime", "Learning curve", "Raw performance"]
    assert rows(soup) == [
        ["Django", "Framework", "Python", "– none", "Moderate", "Moderate"],
        ["Express", "Framework", "JS / TS", "Node.js", "Low to moderate", "High for I/O"],
        ["FastAPI", "Framework", "Python", "– none", "Low to moderate", "High"],
        ["Flask", "Framework", "Python", "– none", "Low", "– none"],
        ["Gin", "Framework", "Go", "– none", "Moderate", "Very high"],
        [
            "Node.js",
            "Runtime",
            "JS / TS",
            "– none",
            "Not rated on these criteria: a runtime is compared by the frameworks that run on it. "
            "Node.js's adoption and benchmarks .",
        ],
    ]


def test_each_framework_links_to_its_profile_and_each_cell_names_its_column(client, records):
    soup = soup_of(client, "/frameworks/")
    express = soup.select("table.comparison__table tbody tr")[1]
    assert [(a.get_text(), a["href"]) for a in express.find_all("a")] == [
        ("Express", "/frameworks/express/"),
        ("Node.js", "/frameworks/nodejs/"),
    ]
    assert [td["data-label"] for td in express.find_all("td")] == [
        "Kind",
        "Language",
        "Runtime",
        "Learning curve",
        "Raw performance",
    ]


def test_sorting_by_a_criterion_orders_by_its_values_with_blanks_last_either_way(client, records):
    assert names(client, "/frameworks/?sort=learning-curve") == [
        "Flask",
        "Express",
        "FastAPI",
        "Django",
        "Gin",
        "Node.js",
    ]
    assert names(client, "/frameworks/?sort=learning-curve&order=desc") == [
        "Django",
        "Gin",
        "Express",
        "FastAPI",
        "Flask",
        "Node.js",
    ]


def test_a_criterion_with_scores_sorts_by_the_numbers_not_the_text(client, records):
    throughput = CriterionFactory(slug="throughput", name="Throughput", unit="req/s")
    for name, text, score in [("Django", "900", 900), ("Gin", "12,000", 12000), ("FastAPI", "3,000", 3000)]:
        framework = Framework.objects.get(name=name)
        CriterionValue.objects.create(framework=framework, criterion=throughput, text=text, score=Decimal(score))
    assert names(client, "/frameworks/?sort=throughput")[:3] == ["Django", "FastAPI", "Gin"]
    assert headings(soup_of(client, "/frameworks/?sort=throughput"))[-1] == "Throughput (req/s)"


def test_sorting_by_language_or_runtime_keeps_name_order_within_each(client, records):
    assert names(client, "/frameworks/?sort=language") == ["Gin", "Express", "Node.js", "Django", "FastAPI", "Flask"]
    assert names(client, "/frameworks/?sort=runtime&order=desc") == [
        "Express",
        "Django",
        "FastAPI",
        "Flask",
        "Gin",
        "Node.js",
    ]


def test_the_sorted_column_announces_its_order_and_its_link_reverses_it(client, records):
    soup = soup_of(client, "/frameworks/?sort=learning-curve")
    header = {th.a.contents[0]: (th.get("aria-sort"), th.a["href"]) for th in soup.select("thead th")}
    assert header == {
        "Framework": (None, "?"),
        "Kind": (None, "?sort=kind"),
        "Language": (None, "?sort=language"),
        "Runtime": (None, "?sort=runtime"),
        "Learning curve": ("ascending", "?sort=learning-curve&order=desc"),
        "Raw performance": (None, "?sort=raw-performance"),
    }
    assert soup.select_one("table.comparison__table caption").get_text(" ", strip=True) == (
        "Frameworks compared, sorted by Learning curve (ascending). Sort by a column heading, or by “Sort by” above."
    )
    descending = soup_of(client, "/frameworks/?sort=learning-curve&order=desc")
    assert [th.get("aria-sort") for th in descending.select("thead th")] == [None, None, None, None, "descending", None]


def test_the_unsorted_page_is_sorted_by_name_and_says_so(client, records):
    soup = soup_of(client, "/frameworks/")
    assert [th.get("aria-sort") for th in soup.select("thead th")] == ["ascending", None, None, None, None, None]
    assert soup.select_one("thead th a")["href"] == "?order=desc"


def test_filtering_by_language_shows_only_its_frameworks(client, records):
    assert names(client, "/frameworks/?language=python") == ["Django", "FastAPI", "Flask"]
    assert names(client, "/frameworks/?language=javascript-typescript") == ["Express", "Node.js"]


def test_filtering_by_use_case_shows_the_frameworks_a_row_leans_toward_or_offers_as_the_alternative(client, records):
    assert names(client, "/frameworks/?use-case=api-heavy-microservices") == ["Express", "FastAPI", "Gin"]
    assert names(client, "/frameworks/?use-case=content-crud") == ["Django"]


def test_filters_and_sort_combine(client, records):
    url = "/frameworks/?use-case=api-heavy-microservices&sort=raw-performance&order=desc"
    assert names(client, url) == ["Gin", "Express", "FastAPI"]
    assert names(client, "/frameworks/?use-case=api-heavy-microservices&language=python") == ["FastAPI"]


def test_the_form_offers_each_language_and_use_case_and_keeps_the_readers_choices(client, records):
    soup = soup_of(client, "/frameworks/?language=go&use-case=content-crud&sort=raw-performance&order=desc")

    def options(name):
        return [(o["value"], o.get_text(), o.has_attr("selected")) for o in soup.select(f"select[name={name}] option")]

    assert options("language") == [
        ("", "Any language", False),
        ("go", "Go", True),
        ("javascript-typescript", "JavaScript / TypeScript", False),
        ("python", "Python", False),
    ]
    assert options("use-case") == [
        ("", "Any use case", False),
        ("api-heavy-microservices", "API-heavy / microservices", False),
        ("content-crud", "Content / CRUD", True),
    ]
    assert [value for value, _, selected in options("sort") if selected] == ["raw-performance"]
    assert [value for value, _, selected in options("order") if selected] == ["desc"]
    assert soup.select_one("form.comparison-controls")["method"] == "get"
    assert soup.select_one("p.comparison__summary").get_text(" ", strip=True) == (
        "0 frameworks and runtimes in Go for Content / CRUD."
    )
    assert "No framework matches these filters." in soup.get_text()


def test_an_unknown_language_or_use_case_is_not_found(client, records):
    assert client.get("/frameworks/?language=cobol").status_code == 404
    assert client.get("/frameworks/?use-case=games").status_code == 404


def test_an_unknown_sort_or_order_falls_back_to_names_a_to_z(client, records):
    assert names(client, "/frameworks/?sort=popularity&order=sideways") == [
        "Django",
        "Express",
        "FastAPI",
        "Flask",
        "Gin",
        "Node.js",
    ]


def test_a_reader_may_choose_the_criteria_shown_and_the_sorted_one_always_shows(client, records):
    soup = soup_of(client, "/frameworks/?criteria=raw-performance")
    assert headings(soup) == ["Framework", "Kind", "Language", "Runtime", "Raw performance"]
    assert [box.has_attr("checked") for box in soup.select("input[name=criteria]")] == [False, True]
    sorted_by_other = soup_of(client, "/frameworks/?criteria=raw-performance&sort=learning-curve")
    assert headings(sorted_by_other) == [
        "Framework",
        "Kind",
        "Language",
        "Runtime",
        "Learning curve",
        "Raw performance",
    ]


def test_pages_of_frameworks_keep_the_filters_and_the_sort(client, records):
    records.per_page = 2
    records.save_revision().publish()
    first = soup_of(client, "/frameworks/?language=python&sort=learning-curve")
    assert [row[0] for row in rows(first)] == ["Flask", "FastAPI"]
    assert first.select_one("p.comparison__summary").get_text(" ", strip=True) == (
        "3 frameworks and runtimes in Python; showing 1 to 2."
    )
    assert [(a.get_text(), a["href"]) for a in first.select("nav.pagination a")] == [
        ("Next page", "?language=python&sort=learning-curve&page=2")
    ]
    second = soup_of(client, "/frameworks/?language=python&sort=learning-curve&page=2")
    assert [row[0] for row in rows(second)] == ["Django"]
    assert [(a.get_text(), a["href"]) for a in second.select("nav.pagination a")] == [
        ("Previous page", "?language=python&sort=learning-curve")
    ]


def test_draft_frameworks_criteria_runtimes_and_decision_guides_never_appear(client, records):
    python = LanguageFactory(name="Python")
    FrameworkFactory(name="Litestar", language=python, live=False, values={"learning-curve": "Low"})
    CriterionFactory(slug="async-support", name="Async support", live=False)
    CriterionValue.objects.create(
        framework=Framework.objects.get(name="Django"),
        criterion=CriterionFactory(slug="async-support"),
        text="Maturing",
    )
    Framework.objects.filter(name="Node.js").update(live=False)
    DecisionGuideRowFactory(guide__live=False, project_type="Draft use case")

    html = client.get("/frameworks/").content.decode()
    soup = BeautifulSoup(html, "html.parser")
    assert rows(soup) == [
        ["Django", "Framework", "Python", "– none", "Moderate", "Moderate"],
        ["Express", "Framework", "JS / TS", "– none", "Low to moderate", "High for I/O"],
        ["FastAPI", "Framework", "Python", "– none", "Low to moderate", "High"],
        ["Flask", "Framework", "Python", "– none", "Low", "– none"],
        ["Gin", "Framework", "Go", "– none", "Moderate", "Very high"],
    ]
    for hidden in ("Litestar", "Async support", "async-support", "Maturing", "Node.js", "Draft use case"):
        assert hidden not in html
    assert client.get("/frameworks/?sort=async-support").status_code == 200
    assert client.get("/frameworks/?use-case=draft-use-case").status_code == 404


def test_the_comparison_explains_its_criteria_and_offers_its_data_as_csv(client, records):
    soup = soup_of(client, "/frameworks/?language=python&sort=learning-curve&page=1")
    notes = soup.select_one("section.criteria-notes dl")
    assert [(dt.get_text(), dt.find_next_sibling("dd").get_text()) for dt in notes.find_all("dt")] == [
        ("Learning curve", "How soon a newcomer ships."),
        ("Raw performance", "No description yet."),
    ]
    link = soup.find("a", string="Download the data (CSV)")
    assert link["href"] == "/frameworks/data/comparison.csv?language=python&sort=learning-curve"


def test_filtered_and_sorted_views_share_the_pages_canonical_address(client, records):
    soup = soup_of(client, "/frameworks/?language=python&sort=learning-curve")
    assert soup.find("link", rel="canonical")["href"] == "http://localhost/frameworks/"


# Share and tier ---------------------------------------------------------------------------------------
def test_the_latest_live_surveys_share_and_benchmarks_tier_are_columns_named_after_them(client, measured):
    soup = soup_of(client, "/frameworks/")
    assert headings(soup) == [
        "Framework",
        "Kind",
        "Language",
        "Runtime",
        "Share, Stack Overflow 2025",
        "Tier, TechEmpower Round 23",
        "Learning curve",
        "Raw performance",
    ]
    assert rows(soup)[:3] == [
        ["Django", "Framework", "Python", "– none", "12.6%", "Lower tier", "Moderate", "Moderate"],
        ["Express", "Framework", "JS / TS", "Node.js", "19.9%", "Lower tier", "Low to moderate", "High for I/O"],
        ["FastAPI", "Framework", "Python", "– none", "14.8%", "Middle tier", "Low to moderate", "High"],
    ]
    assert [th["scope"] for th in soup.select("table.comparison__table th")] == ["col"] * 8 + ["row"] * 6


def test_sorting_by_share_orders_by_the_number_with_frameworks_without_a_figure_last_either_way(client, measured):
    assert names(client, "/frameworks/?sort=share") == ["Django", "Flask", "FastAPI", "Express", "Node.js", "Gin"]
    assert names(client, "/frameworks/?sort=share&order=desc") == [
        "Node.js",
        "Express",
        "FastAPI",
        "Flask",
        "Django",
        "Gin",
    ]


def test_sorting_by_tier_puts_the_top_tier_first_by_rank_and_untiered_frameworks_last_either_way(client, measured):
    assert names(client, "/frameworks/?sort=tier") == ["Gin", "FastAPI", "Django", "Express", "Flask", "Node.js"]
    assert names(client, "/frameworks/?sort=tier&order=desc") == [
        "Express",
        "Django",
        "FastAPI",
        "Gin",
        "Flask",
        "Node.js",
    ]


def test_the_share_column_sorted_descending_announces_it_and_its_link_reverses_it(client, measured):
    soup = soup_of(client, "/frameworks/?sort=share&order=desc")
    assert [th.get("aria-sort") for th in soup.select("thead th")] == [
        None,
        None,
        None,
        None,
        "descending",
        None,
        None,
        None,
    ]
    sorted_header = soup.select_one("thead th[aria-sort]")
    assert sorted_header.a["href"] == "?sort=share"
    assert soup.select_one("thead th:nth-of-type(6) a")["href"] == "?sort=tier"
    assert soup.select_one("table.comparison__table caption").get_text(" ", strip=True) == (
        "Frameworks compared, sorted by Share, Stack Overflow 2025 (descending). "
        "Sort by a column heading, or by “Sort by” above."
    )
    assert [(option["value"], option.get_text()) for option in soup.select("#comparison-sort option")][4:6] == [
        ("share", "Share, Stack Overflow 2025"),
        ("tier", "Tier, TechEmpower Round 23"),
    ]
    assert soup.select_one("#comparison-sort option[selected]")["value"] == "share"


def test_without_a_live_survey_or_benchmark_neither_column_shows_and_sorting_by_it_falls_back_to_names(client, records):
    BenchmarkFactory(live=False, results=[(Framework.objects.get(name="Gin"), "top", 1)])
    soup = soup_of(client, "/frameworks/?sort=tier")
    assert headings(soup) == ["Framework", "Kind", "Language", "Runtime", "Learning curve", "Raw performance"]
    assert [row[0] for row in rows(soup)] == ["Django", "Express", "FastAPI", "Flask", "Gin", "Node.js"]


def test_a_framework_with_no_value_anywhere_keeps_its_row_and_says_why_across_the_criteria(client, measured):
    FrameworkFactory(name="Litestar", language=Framework.objects.get(name="Django").language)
    soup = soup_of(client, "/frameworks/?language=python&sort=share&order=desc")
    assert rows(soup) == [
        ["FastAPI", "Framework", "Python", "– none", "14.8%", "Middle tier", "Low to moderate", "High"],
        ["Flask", "Framework", "Python", "– none", "14.4%", "– none", "Low", "– none"],
        ["Django", "Framework", "Python", "– none", "12.6%", "Lower tier", "Moderate", "Moderate"],
        [
            "Litestar",
            "Framework",
            "Python",
            "– none",
            "– none",
            "– none",
            "Not rated on these criteria yet. Litestar's adoption and benchmarks .",
        ],
    ]
    note = soup.select_one("td.comparison__unrated")
    assert (note["colspan"], note.a["href"]) == ("2", "/frameworks/litestar/")
    assert soup.select_one("p.comparison__summary").get_text(" ", strip=True) == (
        "4 frameworks and runtimes in Python."
    )


# Query counts -------------------------------------------------------------------------------------------
# Each with 1 for the page's stored social card (guides_tags.page_social_image), and 1 each for the
# latest survey's shares and the latest benchmark's tiers (the table's share and tier columns).
COMPARISON_QUERIES = 16
COMPARISON_SORTED_AND_FILTERED_QUERIES = 17


def records_of_size(size):
    """`size` frameworks (one a runtime) in `size` languages, `size` criteria with every value, `size`
    surveys with every figure, `size` benchmarks with every framework tiered and a decision guide of
    `size` rows."""
    criteria = [CriterionFactory(slug=f"criterion-{number}") for number in range(size)]
    runtime = RuntimeFactory(name="Runtime 0", language=LanguageFactory(name="Language 0"))
    frameworks = [runtime] + [
        FrameworkFactory(
            name=f"Framework {number}",
            language=LanguageFactory(name=f"Language {number}"),
            runtime=runtime,
            values=dict.fromkeys(criteria, f"Value {number}"),
        )
        for number in range(1, size)
    ]
    for year in range(size):
        survey_with_figures(dict.fromkeys(frameworks, "10.0"), year=2000 + year)
        BenchmarkFactory(
            published_on=date(2000 + year, 1, 1),
            results=[(framework, "top", rank) for rank, framework in enumerate(frameworks, start=1)],
        )
    guide = DecisionGuideFactory(title="Guide")
    for number in range(size):
        DecisionGuideRowFactory(
            guide=guide, project_type=f"Use {number}", lean_toward=frameworks[:2], alternatives=frameworks[2:3]
        )


@pytest.mark.parametrize("size", [3, 9])
def test_the_comparison_takes_the_same_queries_however_many_records(client, django_assert_num_queries, size):
    FrameworkIndexPageFactory()
    records_of_size(size)
    client.get("/frameworks/")  # fills Wagtail's and Django's caches
    with django_assert_num_queries(COMPARISON_QUERIES):
        response = client.get("/frameworks/")
    assert len(rows(BeautifulSoup(response.content, "html.parser"))) == size
    with django_assert_num_queries(COMPARISON_QUERIES):  # share and tier come with the columns: no query more
        response = client.get("/frameworks/?sort=share&order=desc")
    assert len(rows(BeautifulSoup(response.content, "html.parser"))) == size
    with django_assert_num_queries(COMPARISON_QUERIES):
        client.get("/frameworks/?sort=tier")
    url = "/frameworks/?sort=criterion-1&order=desc&use-case=use-0&language=language-1"
    with django_assert_num_queries(COMPARISON_SORTED_AND_FILTERED_QUERIES):
        response = client.get(url)
    assert len(rows(BeautifulSoup(response.content, "html.parser"))) == 1


# The demo ---------------------------------------------------------------------------------------------
def test_the_demo_comparison_lists_the_twelve_demo_frameworks(client, demo_content):
    soup = soup_of(client, "/frameworks/")
    assert [row[0] for row in rows(soup)] == [
        "ASP.NET Core",
        "Django",
        "Express",
        "FastAPI",
        "Flask",
        "Go (Gin / Echo)",
        "Laravel",
        "NestJS",
        "Node.js",
        "Phoenix",
        "Ruby on Rails",
        "Spring Boot",
    ]
    assert [a.get_text() for a in soup.select("nav.site-nav a")][:2] == ["Guides", "Frameworks"]


def test_a_framework_rated_on_no_shown_criterion_says_so_once_instead_of_a_row_of_dashes(client, demo_content):
    soup = BeautifulSoup(client.get("/frameworks/").content, "html.parser")
    node = next(row for row in soup.select(".comparison__table tbody tr") if row.th.get_text(strip=True) == "Node.js")
    note = node.select_one("td.comparison__unrated")
    assert " ".join(note.get_text().split()) == (
        "Not rated on these criteria: a runtime is compared by the frameworks that run on it. "
        "Node.js's adoption and benchmarks."
    )
    assert note.a["href"] == "/frameworks/nodejs/"
    # kind, language, runtime, its share and tier, then one note for every criterion
    assert [" ".join(td.get_text(" ", strip=True).split()) for td in node.select("td")][:5] == [
        "Runtime",
        "JS / TS",
        "– none",
        "48.7%",
        "– none",
    ]
    assert len(node.select("td")) == 6
    express = next(
        row for row in soup.select(".comparison__table tbody tr") if row.th.get_text(strip=True) == "Express"
    )
    assert express.select_one("td.comparison__unrated") is None


def test_the_demo_comparison_sorted_by_share_leads_with_node_and_ends_with_the_unsurveyed(client, demo_content):
    soup = soup_of(client, "/frameworks/?sort=share&order=desc")
    assert headings(soup)[4:6] == ["Share, Stack Overflow 2025", "Tier, TechEmpower Round 23"]
    assert [(row[0], row[4]) for row in rows(soup)] == [
        ("Node.js", "48.7%"),
        ("Express", "19.9%"),
        ("ASP.NET Core", "19.7%"),
        ("FastAPI", "14.8%"),
        ("Spring Boot", "14.7%"),
        ("Flask", "14.4%"),
        ("Django", "12.6%"),
        ("Laravel", "8.9%"),
        ("NestJS", "6.7%"),
        ("Ruby on Rails", "5.9%"),
        ("Go (Gin / Echo)", "– none"),
        ("Phoenix", "– none"),
    ]
