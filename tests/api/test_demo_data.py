"""A sales person's pull of the demo data: the matrix, both surveys and the decision guide as JSON."""

import pytest

pytestmark = pytest.mark.django_db


def test_the_demo_matrix_surveys_and_decision_guide_come_through_the_api(client, demo_content):
    matrix = client.get("/api/v1/comparison-matrices/backend-frameworks-2026/").json()
    surveys = client.get("/api/v1/adoption-surveys/").json()["results"]
    guide = client.get("/api/v1/decision-guides/match-framework-to-project/").json()

    assert [column["criterion"] for column in matrix["columns"]] == [
        "raw-performance",
        "ecosystem",
        "learning-curve",
        "best-fit",
    ]
    django_row = next(row for row in matrix["rows"] if row["framework"]["slug"] == "django")
    assert django_row["language"] == "Python"
    assert django_row["values"] == {
        "raw-performance": "Moderate (sync WSGI), async maturing",
        "ecosystem": "Very high (ORM, admin, auth built in)",
        "learning-curve": "Moderate",
        "best-fit": "Content and CRUD apps, dashboards, data-backed web apps",
    }
    assert {
        survey["slug"]: [(figure["framework"]["slug"], figure["share"]) for figure in survey["figures"]]
        for survey in surveys
    } == {
        "stack-overflow-2025": [
            ("nodejs", 48.7),
            ("express", 19.9),
            ("aspnet-core", 19.7),
            ("fastapi", 14.8),
            ("spring-boot", 14.7),
            ("flask", 14.4),
            ("django", 12.6),
            ("laravel", 8.9),
            ("nestjs", 6.7),
            ("ruby-on-rails", 5.9),
        ],
        "stack-overflow-2024": [
            ("nodejs", 40.8),
            ("express", 17.8),
            ("aspnet-core", 16.9),
            ("fastapi", 9.9),
            ("spring-boot", 12.7),
            ("flask", 12.9),
            ("django", 12.0),
            ("laravel", 7.9),
            ("nestjs", 5.8),
            ("ruby-on-rails", 4.7),
        ],
    }
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
