"""The demo guide through the API, as a sales person pulls it: literal values from the demo content."""

import re

import pytest

pytestmark = pytest.mark.django_db

PAGE = "http://127.0.0.1:8000/guides/backend-frameworks-compared/"


@pytest.fixture
def detail(client, demo_guide):
    response = client.get(f"/api/v1/guides/{demo_guide.pk}/")
    assert response.status_code == 200, response.content
    return response.json()


def blocks(detail, block_type):
    return [block["value"] for block in detail["body"] if block["type"] == block_type]


def test_the_demo_guides_matrix_block_has_its_rows_keyed_by_criterion_slug(detail):
    (matrix,) = blocks(detail, "comparison_matrix")

    assert matrix["matrix"]["slug"] == "backend-frameworks-2026"
    assert matrix["matrix"]["url"] == "http://testserver/api/v1/comparison-matrices/backend-frameworks-2026/"
    assert [column["criterion"] for column in matrix["columns"]] == [
        "raw-performance",
        "ecosystem",
        "learning-curve",
        "best-fit",
    ]
    django = next(row for row in matrix["rows"] if row["framework"]["slug"] == "django")
    assert django["language"] == "Python"
    assert django["values"] == {
        "raw-performance": "Moderate (sync WSGI), async maturing",
        "ecosystem": "Very high (ORM, admin, auth built in)",
        "learning-curve": "Moderate",
        "best-fit": "Content and CRUD apps, dashboards, data-backed web apps",
    }
    assert len(matrix["rows"]) == 11


def test_the_demo_guides_chart_block_carries_the_20_adoption_figures(detail):
    (chart,) = blocks(detail, "adoption_chart")

    assert (chart["survey"]["slug"], chart["comparison_survey"]["slug"]) == (
        "stack-overflow-2025",
        "stack-overflow-2024",
    )
    assert [(bar["framework"]["slug"], bar["share"], bar["previous_share"]) for bar in chart["bars"]] == [
        ("nodejs", 48.7, 40.8),
        ("express", 19.9, 17.8),
        ("aspnet-core", 19.7, 16.9),
        ("fastapi", 14.8, 9.9),
        ("spring-boot", 14.7, 12.7),
        ("flask", 14.4, 12.9),
        ("django", 12.6, 12.0),
        ("laravel", 8.9, 7.9),
        ("nestjs", 6.7, 5.8),
        ("ruby-on-rails", 5.9, 4.7),
    ]


def test_the_demo_guides_decision_block_has_its_7_rows(detail):
    (guide,) = blocks(detail, "decision_guide")

    assert guide["guide"]["slug"] == "match-framework-to-project"
    assert [
        (
            row["project_type"],
            [choice["text"] for choice in row["lean_toward"]],
            [choice["text"] for choice in row["alternatives"]],
        )
        for row in guide["rows"]
    ] == [
        ("API-heavy / microservices", ["Go (Gin/Echo)", "FastAPI"], ["NestJS", "ASP.NET Core"]),
        ("Real-time (chat, presence, IoT)", ["Phoenix", "Node.js"], ["NestJS with gateways"]),
        ("Data / ML / AI workloads", ["FastAPI"], ["Flask", "Django"]),
        ("Enterprise / regulated / large teams", ["Spring Boot", "ASP.NET Core"], ["Django for Python shops"]),
        ("Rapid MVP / startup", ["Ruby on Rails", "Laravel", "Django"], ["Express", "NestJS if JS-native"]),
        ("Single-language full stack", ["Node.js", "NestJS"], ["Next.js API routes for small apps"]),
        ("Content / CRUD / dashboards", ["Django", "Laravel"], ["Ruby on Rails"]),
    ]


def test_the_demo_guide_lists_its_6_numbered_sources_with_their_records(detail):
    assert [
        (source["number"], source["key"], source["publisher"], source["title"]) for source in detail["sources"]
    ] == [
        (1, "so-2025", "Stack Overflow", "Developer Survey 2025"),
        (2, "so-2024", "Stack Overflow", "Developer Survey 2024"),
        (3, "techempower-r23", "TechEmpower", "Framework Benchmarks Round 23 (March 2025)"),
        (4, "fastapi-async", "FastAPI", "Concurrency and async / await (official documentation)"),
        (
            5,
            "official-sites-server",
            "Django",
            "official site; Spring, Spring Boot; Laravel, official site; ASP.NET Core, Microsoft Learn",
        ),
        (
            6,
            "official-sites-node",
            "Express",
            "official site; NestJS, official site; Node.js, official site; Gin, official site; Phoenix, official site",
        ),
    ]
    assert detail["sources"][0]["detail"] == "Technology (n=23,678)"
    assert [source["record"] and source["record"]["slug"] for source in detail["sources"]] == [
        "stack-overflow-2025",
        "stack-overflow-2024",
        "techempower-r23",
        None,
        None,
        None,
    ]


def test_citations_in_the_demo_guide_are_the_pages_numbered_links(detail, guide_html):
    paragraph = next(
        value["html"] for value in blocks(detail, "paragraph") if "climbed from 9.9% to 14.8%" in value["html"]
    )

    assert (
        'in one year, the biggest gain recorded by any backend framework<sup class="citation">'
        f'<a href="{PAGE}#source-so-2025" aria-label="Source 1">[1]</a>'
        f'<a href="{PAGE}#source-so-2024" aria-label="Source 2">[2]</a></sup>.'
    ) in paragraph
    # The same superscript the page shows, with the page's address in front of the anchors.
    assert (
        '<sup class="citation"><a href="#source-so-2025" aria-label="Source 1">[1]</a>'
        '<a href="#source-so-2024" aria-label="Source 2">[2]</a></sup>'
    ) in guide_html
    assert re.findall(r"\[cite:[^\]]*\]", str(detail)) == []


def test_the_demo_guide_has_its_headings_with_anchors_and_its_call_to_action(detail):
    first_heading = blocks(detail, "heading")[0]

    assert first_heading == {
        "text": "The major backend frameworks in 2026",
        "level": "h2",
        "anchor": "the-major-backend-frameworks-in-2026",
        "url": f"{PAGE}#the-major-backend-frameworks-in-2026",
    }
    assert detail["call_to_action"] == {
        "id": detail["call_to_action"]["id"],
        "eyebrow": "Talk through the framework call",
        "heading": "Not sure which backend framework fits?",
        "body": "Spend 30 minutes with our delivery team talking through your workload, your team and the backend "
        "that will suit them both.",
        "button_label": "Book a 30-minute discovery call",
        "url": "http://127.0.0.1:8000/book-a-discovery-call/",
    }


def test_every_block_of_the_demo_guide_has_its_type_and_stable_id(detail, demo_guide):
    assert [(block["type"], block["id"]) for block in detail["body"]] == [
        (child.block_type, child.id) for child in demo_guide.body
    ]


def test_the_demo_matrix_and_both_surveys_download_as_csv_and_xlsx(client, demo_content):
    matrix = client.get("/api/v1/comparison-matrices/backend-frameworks-2026/?format=csv")
    survey = client.get("/api/v1/adoption-surveys/stack-overflow-2024/", HTTP_ACCEPT="text/csv")

    assert matrix["Content-Type"] == "text/csv; charset=utf-8"
    lines = matrix.content.decode("utf-8-sig").splitlines()
    assert lines[0] == (
        "framework.id,framework.slug,framework.name,framework.url,label,language,"
        "values.raw-performance,values.ecosystem,values.learning-curve,values.best-fit"
    )
    assert any(
        line.endswith(
            ",django,Django,http://testserver/api/v1/frameworks/django/,Django,Python,"
            '"Moderate (sync WSGI), async maturing",'
            '"Very high (ORM, admin, auth built in)",Moderate,"Content and CRUD apps, dashboards, data-backed web apps"'
        )
        for line in lines
    )
    survey_lines = survey.content.decode("utf-8-sig").splitlines()
    assert survey_lines[0] == "framework.id,framework.slug,framework.name,framework.url,share"
    assert [line.split(",")[1:2] + line.split(",")[-1:] for line in survey_lines[1:4]] == [
        ["nodejs", "40.8"],
        ["express", "17.8"],
        ["aspnet-core", "16.9"],
    ]
