"""Data blocks describe themselves as plain data, the form the API will hand to other channels."""

import pytest

from frameworks.blocks import AdoptionChartBlock, ComparisonMatrixBlock, DecisionGuideBlock, TieredRankingBlock
from frameworks.models import AdoptionSurvey, BenchmarkSource, ComparisonMatrix, DecisionGuide

pytestmark = pytest.mark.django_db


def test_comparison_matrix_block_as_data():
    block = ComparisonMatrixBlock()
    value = block.to_python({"matrix": ComparisonMatrix.objects.get(slug="backend-frameworks-2026").pk})
    data = block.get_api_representation(value)
    assert data["matrix"] == "backend-frameworks-2026"
    assert data["caption"] == "The 2026 backend framework landscape, compared"
    assert data["headings"][0] == "Framework"
    assert data["rows"][0] == {
        "heading": "Express (Node.js)",
        "cells": [
            "JS / TS",
            "High for I/O, single-thread CPU limit",
            "Huge (npm), full-stack JS",
            "Low to moderate",
            "REST/GraphQL APIs, real-time, I/O-heavy services",
        ],
    }
    assert len(data["rows"]) == 11


def test_decision_guide_block_as_data():
    block = DecisionGuideBlock()
    value = block.to_python({"guide": DecisionGuide.objects.get(slug="match-framework-to-project").pk})
    data = block.get_api_representation(value)
    assert data["headings"] == ["If your project is", "Lean toward", "Why", "Alternative"]
    assert data["rows"][2] == {
        "heading": "Data / ML / AI workloads",
        "cells": ["FastAPI", "Async ASGI plus the Python-native ML ecosystem", "Flask, Django"],
    }


def test_adoption_chart_block_as_data():
    block = AdoptionChartBlock()
    value = block.to_python(
        {
            "title": "Most-used backend and web frameworks, 2025",
            "survey": AdoptionSurvey.objects.get(slug="stack-overflow-2025").pk,
            "comparison_survey": AdoptionSurvey.objects.get(slug="stack-overflow-2024").pk,
            "max_bars": 10,
        }
    )
    data = block.get_api_representation(value)
    assert data["axis_max"] == 50
    assert data["survey"] == {"year": 2025, "sample_size": 23678, "name": "Stack Overflow Developer Survey 2025"}
    assert data["bars"][3] == {"framework": "FastAPI", "share": 14.8, "previous_share": 9.9}


def test_tiered_ranking_block_as_data():
    block = TieredRankingBlock()
    value = block.to_python(
        {
            "benchmark": BenchmarkSource.objects.get(slug="techempower-r23").pk,
            "tiers": [{"tier": "top", "label": "Top tier (compiled / JVM)", "description": ""}],
        }
    )
    data = block.get_api_representation(value)
    assert data["benchmark"] == "TechEmpower Framework Benchmarks Round 23"
    assert data["tiers"][0]["frameworks"] == ["ASP.NET Core", "Go (Gin / Echo)", "Spring Boot"]
