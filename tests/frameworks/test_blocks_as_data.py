"""Data blocks describe themselves as plain data: the one shape the API serves for them in a guide's
body (tests/api/test_guides_api.py reads the same through the API)."""

import pytest
from django.test import RequestFactory

from frameworks.blocks import AdoptionChartBlock, ComparisonMatrixBlock, DecisionGuideBlock, TieredRankingBlock
from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    RuntimeFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import adoption_chart, comparison_matrix, decision_guide, tiered_ranking

pytestmark = pytest.mark.django_db


def as_data(block, stream_block):
    """What the block hands the API for a StreamField block as a page stores it."""
    request = RequestFactory().get("/api/v1/guides/1/")
    return block.get_api_representation(block.to_python(stream_block["value"]), {"request": request})


def reference(record, path):
    return {"id": record.pk, "slug": record.slug, "name": record.name, "url": f"http://testserver/api/v1/{path}/"}


def test_comparison_matrix_block_as_data():
    javascript = LanguageFactory(name="JavaScript / TypeScript", short_name="JS / TS")
    node = RuntimeFactory(name="Node.js", language=javascript)
    express = FrameworkFactory(
        name="Express",
        table_label="Express (Node.js)",
        runtime=node,
        language=javascript,
        values={"raw-performance": "High for I/O", "learning-curve": "Low"},
    )
    django = FrameworkFactory(
        name="Django", language=LanguageFactory(name="Python"), values={"raw-performance": "Moderate"}
    )
    matrix = matrix_of(
        [express, django],
        criteria=(CriterionFactory(slug="raw-performance", name="Raw performance"), "learning-curve"),
        title="Backend frameworks",
        description="Two ways to serve an API.",
        footnote="Performance is relative.",
    )

    assert as_data(ComparisonMatrixBlock(), comparison_matrix(matrix)) == {
        "matrix": {
            "id": matrix.pk,
            "slug": "backend-frameworks",
            "name": "Backend frameworks",
            "url": "http://testserver/api/v1/comparison-matrices/backend-frameworks/",
        },
        "caption": "Backend frameworks, compared",
        "row_heading": "Framework",
        "footnote": "Performance is relative.",
        "columns": [
            {"criterion": "raw-performance", "heading": "Raw performance"},
            {"criterion": "learning-curve", "heading": "Learning curve"},
        ],
        "rows": [
            {
                "framework": reference(express, "frameworks/express"),
                "label": "Express (Node.js)",
                "language": "JS / TS",
                "values": {"raw-performance": "High for I/O", "learning-curve": "Low"},
            },
            {
                "framework": reference(django, "frameworks/django"),
                "label": "Django",
                "language": "Python",
                "values": {"raw-performance": "Moderate", "learning-curve": ""},
            },
        ],
    }


def test_a_block_whose_record_is_a_draft_is_not_data():
    matrix = matrix_of([FrameworkFactory(name="Django")], criteria=("learning-curve",), live=False)

    assert as_data(ComparisonMatrixBlock(), comparison_matrix(matrix)) is None


def test_decision_guide_block_as_data():
    guide = DecisionGuideFactory(
        title="Match a framework to your project", description="Start from the project.", footnote="Rules of thumb."
    )
    fastapi, flask, django = (FrameworkFactory(name=name) for name in ("FastAPI", "Flask", "Django"))
    DecisionGuideRowFactory(
        guide=guide,
        project_type="Data / ML / AI workloads",
        lean_toward=[fastapi],
        why="Async ASGI plus the Python ML ecosystem",
        alternatives=[flask, {"framework": django, "note": "for larger teams", "connector": "or"}],
        sort_order=1,
    )
    DecisionGuideRowFactory(
        guide=guide,
        project_type="Content-heavy sites",
        lean_toward=[{"framework": django, "label": "Django (with Wagtail)"}],
        why="Admin and ORM included",
        alternatives=["Next.js API routes"],
        sort_order=0,
    )

    assert as_data(DecisionGuideBlock(), decision_guide(guide)) == {
        "guide": {
            "id": guide.pk,
            "slug": "match-a-framework-to-your-project",
            "name": "Match a framework to your project",
            "url": "http://testserver/api/v1/decision-guides/match-a-framework-to-your-project/",
        },
        "caption": "Match a framework to your project by project type",
        "headings": {
            "project_type": "If your project is",
            "lean_toward": "Lean toward",
            "why": "Why",
            "alternatives": "Alternative",
        },
        "rows": [
            {
                "project_type": "Content-heavy sites",
                "lean_toward": [
                    {
                        "framework": reference(django, "frameworks/django"),
                        "label": "Django (with Wagtail)",
                        "note": "",
                        "connector": ",",
                        "text": "Django (with Wagtail)",
                    }
                ],
                "why": "Admin and ORM included",
                "alternatives": [
                    {
                        "framework": None,
                        "label": "Next.js API routes",
                        "note": "",
                        "connector": ",",
                        "text": "Next.js API routes",
                    }
                ],
            },
            {
                "project_type": "Data / ML / AI workloads",
                "lean_toward": [
                    {
                        "framework": reference(fastapi, "frameworks/fastapi"),
                        "label": "",
                        "note": "",
                        "connector": ",",
                        "text": "FastAPI",
                    }
                ],
                "why": "Async ASGI plus the Python ML ecosystem",
                "alternatives": [
                    {
                        "framework": reference(flask, "frameworks/flask"),
                        "label": "",
                        "note": "",
                        "connector": ",",
                        "text": "Flask",
                    },
                    {
                        "framework": reference(django, "frameworks/django"),
                        "label": "",
                        "note": "for larger teams",
                        "connector": "or",
                        "text": "Django for larger teams",
                    },
                ],
            },
        ],
        "footnote": "Rules of thumb.",
    }


def test_adoption_chart_block_as_data():
    node = RuntimeFactory(name="Node.js")
    express = FrameworkFactory(name="Express")
    fastapi = FrameworkFactory(name="FastAPI")
    newer = survey_with_figures({express: "19.9", node: "48.7", fastapi: "14.8"}, year=2025, sample_size=23678)
    older = survey_with_figures({node: "40.8", express: "17.8"}, year=2024, sample_size=48503)

    block = adoption_chart(newer, comparison_survey=older, title="Most-used backend frameworks, 2025", max_bars=10)
    assert as_data(AdoptionChartBlock(), block) == {
        "title": "Most-used backend frameworks, 2025",
        "description": "",
        "survey": {
            "id": newer.pk,
            "slug": "stack-overflow-2025",
            "name": "Developer Survey",
            "url": "http://testserver/api/v1/adoption-surveys/stack-overflow-2025/",
        },
        "comparison_survey": {
            "id": older.pk,
            "slug": "stack-overflow-2024",
            "name": "Developer Survey",
            "url": "http://testserver/api/v1/adoption-surveys/stack-overflow-2024/",
        },
        "bars": [
            {"framework": reference(node, "frameworks/nodejs"), "share": 48.7, "previous_share": 40.8},
            {"framework": reference(express, "frameworks/express"), "share": 19.9, "previous_share": 17.8},
            {"framework": reference(fastapi, "frameworks/fastapi"), "share": 14.8, "previous_share": None},
        ],
        "summary": (
            "Per the Stack Overflow Developer Survey 2025, Node.js is used by 48.7 percent of developers, "
            "Express 19.9 percent, and FastAPI 14.8 percent. In 2024: Node.js 40.8 percent, Express 17.8 percent."
        ),
        "source": "Source: Stack Overflow Developer Survey 2025 (n=23,678) and 2024 (n=48,503), Technology section.",
    }


def test_tiered_ranking_block_as_data():
    gin, aspnet, spring, django, rails = (
        FrameworkFactory(name=name) for name in ("Gin", "ASP.NET Core", "Spring Boot", "Django", "Rails")
    )
    FrameworkFactory(name="Flask")  # in no tier
    benchmark = BenchmarkFactory(
        edition="Round 23",
        results=[(gin, "top", 2), (aspnet, "top", 2), (spring, "top", 1), (django, "middle", 1), (rails, "lower", 1)],
    )
    BenchmarkFactory(edition="Round 22", results=[(django, "top", 1)])  # another benchmark's results stay out

    block = tiered_ranking(benchmark, tiers=(("top", "Top tier (compiled / JVM)"), ("middle", "Middle")))
    block["value"].update(
        heading="Throughput tiers", intro="<p>Ranked on <b>Fortunes</b>.</p>", caveat="Hardware changed."
    )
    assert as_data(TieredRankingBlock(), block) == {
        "heading": "Throughput tiers",
        "benchmark": {
            "id": benchmark.pk,
            "slug": "techempower-round-23",
            "name": "Framework Benchmarks",
            "url": "http://testserver/api/v1/benchmarks/techempower-round-23/",
        },
        "intro_html": "<p>Ranked on <b>Fortunes</b>.</p>",
        "tiers": [
            {
                "label": "Top tier (compiled / JVM)",
                "description": "",
                "frameworks": [
                    reference(spring, "frameworks/spring-boot"),
                    reference(aspnet, "frameworks/aspnet-core"),
                    reference(gin, "frameworks/gin"),
                ],
            },
            {"label": "Middle", "description": "", "frameworks": [reference(django, "frameworks/django")]},
        ],
        "caveat": "Hardware changed.",
    }
