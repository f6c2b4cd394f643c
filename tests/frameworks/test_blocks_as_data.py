"""Data blocks describe themselves as plain data, the form the API will hand to other channels."""

import pytest

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
    return block.get_api_representation(block.to_python(stream_block["value"]))


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
        "matrix": "backend-frameworks",
        "title": "Backend frameworks",
        "description": "Two ways to serve an API.",
        "caption": "Backend frameworks, compared",
        "headings": ["Framework", "Language", "Raw performance", "Learning curve"],
        "rows": [
            {"heading": "Express (Node.js)", "cells": ["JS / TS", "High for I/O", "Low"]},
            {"heading": "Django", "cells": ["Python", "Moderate", ""]},
        ],
        "footnote": "Performance is relative.",
    }


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
        "guide": "match-a-framework-to-your-project",
        "title": "Match a framework to your project",
        "description": "Start from the project.",
        "caption": "Match a framework to your project by project type",
        "headings": ["If your project is", "Lean toward", "Why", "Alternative"],
        "rows": [
            {
                "heading": "Content-heavy sites",
                "cells": ["Django (with Wagtail)", "Admin and ORM included", "Next.js API routes"],
            },
            {
                "heading": "Data / ML / AI workloads",
                "cells": ["FastAPI", "Async ASGI plus the Python ML ecosystem", "Flask or Django for larger teams"],
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
        "survey": {"year": 2025, "sample_size": 23678, "name": "Stack Overflow Developer Survey 2025"},
        "comparison_survey": {"year": 2024, "sample_size": 48503, "name": "Stack Overflow Developer Survey 2024"},
        "axis_max": 50,
        "bars": [
            {"framework": "Node.js", "share": 48.7, "previous_share": 40.8},
            {"framework": "Express", "share": 19.9, "previous_share": 17.8},
            {"framework": "FastAPI", "share": 14.8, "previous_share": None},
        ],
        "summary": (
            "Per the Stack Overflow Developer Survey 2025, Node.js is used by 48.7 percent of developers, "
            "Express 19.9 percent, and FastAPI 14.8 percent."
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
        "benchmark": "TechEmpower Framework Benchmarks Round 23",
        "intro": "<p>Ranked on <b>Fortunes</b>.</p>",
        "tiers": [
            {
                "label": "Top tier (compiled / JVM)",
                "description": "",
                "frameworks": ["Spring Boot", "ASP.NET Core", "Gin"],
            },
            {"label": "Middle", "description": "", "frameworks": ["Django"]},
        ],
        "caveat": "Hardware changed.",
    }
