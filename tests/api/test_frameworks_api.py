"""The frameworks resources as JSON: literal fields, live records only, references with API URLs."""

import pytest

from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    RuntimeFactory,
    matrix_of,
    survey_with_figures,
)

pytestmark = pytest.mark.django_db
API = "http://testserver/api/v1"


def ref(framework):
    return {
        "id": framework.pk,
        "slug": framework.slug,
        "name": framework.name,
        "url": f"{API}/frameworks/{framework.slug}/",
    }


def get_json(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def python():
    return LanguageFactory(name="Python")


def test_a_framework_is_served_with_its_language_and_its_values_by_criterion_slug(client, python):
    CriterionFactory(slug="learning-curve", name="Learning curve")
    django = FrameworkFactory(
        name="Django", language=python, website="https://www.djangoproject.com/", values={"learning-curve": "Moderate"}
    )

    assert get_json(client, "/api/v1/frameworks/django/") == {
        "id": django.pk,
        "slug": "django",
        "name": "Django",
        "kind": "framework",
        "label": "Django",
        "language": {"id": python.pk, "name": "Python", "short_name": "", "label": "Python"},
        "runtime": None,
        "website": "https://www.djangoproject.com/",
        "values": {"learning-curve": {"text": "Moderate", "score": None}},
        "url": f"{API}/frameworks/django/",
    }


def test_a_draft_framework_and_values_of_a_draft_criterion_are_not_served(client, python):
    CriterionFactory(slug="hidden", live=False)
    FrameworkFactory(name="Flask", language=python, values={"hidden": "Secret"})
    FrameworkFactory(name="Litestar", language=python, live=False)

    listing = get_json(client, "/api/v1/frameworks/")

    assert [framework["slug"] for framework in listing["results"]] == ["flask"]
    assert listing["results"][0]["values"] == {}
    assert client.get("/api/v1/frameworks/litestar/").status_code == 404


def test_frameworks_filter_by_language_runtime_kind_and_benchmark_tier(client, python):
    javascript = LanguageFactory(name="JavaScript")
    node = RuntimeFactory(name="Node.js", slug="nodejs", language=javascript)
    express = FrameworkFactory(name="Express", language=javascript, runtime=node)
    django = FrameworkFactory(name="Django", language=python)
    BenchmarkFactory(results=[(express, "lower", 1), (django, "top", 1)])
    BenchmarkFactory(live=False, results=[(express, "top", 1)])

    def slugs(query):
        return [framework["slug"] for framework in get_json(client, f"/api/v1/frameworks/?{query}")["results"]]

    assert slugs(f"language={python.pk}") == ["django"]
    assert slugs("runtime=nodejs") == ["express"]
    assert slugs("kind=runtime") == ["nodejs"]
    assert slugs("tier=top") == ["django"]
    assert slugs("ordering=-name") == ["nodejs", "express", "django"]


def test_a_framework_names_its_runtime_as_a_reference_unless_the_runtime_is_a_draft(client):
    node = RuntimeFactory(name="Node.js", slug="nodejs")
    bun = RuntimeFactory(name="Bun", slug="bun", live=False)
    FrameworkFactory(name="Express", runtime=node)
    FrameworkFactory(name="Elysia", runtime=bun)

    assert get_json(client, "/api/v1/frameworks/express/")["runtime"] == ref(node)
    assert get_json(client, "/api/v1/frameworks/elysia/")["runtime"] is None


def test_fields_returns_only_the_fields_asked_for(client):
    FrameworkFactory(name="Django")

    assert get_json(client, "/api/v1/frameworks/?fields=slug,name")["results"] == [{"slug": "django", "name": "Django"}]


def test_languages_and_criteria_are_listed(client, python):
    CriterionFactory(slug="learning-curve", name="Learning curve", description="Time to first feature.")
    CriterionFactory(slug="draft-criterion", live=False)

    assert get_json(client, "/api/v1/languages/")["results"] == [
        {"id": python.pk, "name": "Python", "short_name": "", "label": "Python"}
    ]
    assert [criterion["slug"] for criterion in get_json(client, "/api/v1/criteria/")["results"]] == ["learning-curve"]
    assert get_json(client, "/api/v1/criteria/learning-curve/")["description"] == "Time to first feature."


def test_a_matrix_has_columns_and_rows_keyed_by_criterion_slug_without_draft_rows_or_columns(client, python):
    CriterionFactory(slug="learning-curve", name="Learning curve")
    CriterionFactory(slug="secret", live=False)
    django = FrameworkFactory(name="Django", language=python, values={"learning-curve": "Moderate", "secret": "x"})
    typescript = LanguageFactory(name="JavaScript / TypeScript", short_name="JS / TS")
    express = FrameworkFactory(name="Express", language=typescript)
    draft = FrameworkFactory(name="Litestar", language=python, live=False)
    matrix = matrix_of(
        [django, express, draft], criteria=["learning-curve", "secret"], slug="python-web", title="Python web"
    )

    assert get_json(client, "/api/v1/comparison-matrices/python-web/") == {
        "id": matrix.pk,
        "slug": "python-web",
        "title": "Python web",
        "description": "",
        "caption": "Python web, compared",
        "row_heading": "Framework",
        "show_language": True,
        "footnote": "",
        "columns": [{"criterion": "learning-curve", "heading": "Learning curve"}],
        "rows": [
            {
                "framework": ref(django),
                "label": "Django",
                "language": "Python",
                "values": {"learning-curve": "Moderate"},
            },
            {"framework": ref(express), "label": "Express", "language": "JS / TS", "values": {"learning-curve": ""}},
        ],
        "url": f"{API}/comparison-matrices/python-web/",
    }


def test_a_draft_matrix_is_not_listed_nor_served(client):
    matrix_of([], slug="published-matrix", title="Published")
    matrix_of([], slug="draft-matrix", title="Draft", live=False)

    listing = get_json(client, "/api/v1/comparison-matrices/")

    assert [matrix["slug"] for matrix in listing["results"]] == ["published-matrix"]
    assert client.get("/api/v1/comparison-matrices/draft-matrix/").status_code == 404


def test_a_survey_has_its_figures_in_order_without_draft_frameworks(client):
    node = FrameworkFactory(name="Node.js")
    draft = FrameworkFactory(name="Bun", live=False)
    django = FrameworkFactory(name="Django")
    survey = survey_with_figures({node: "48.7", draft: "3.0", django: "12.6"}, year=2025)

    assert get_json(client, "/api/v1/adoption-surveys/stack-overflow-2025/") == {
        "id": survey.pk,
        "slug": "stack-overflow-2025",
        "publisher": "Stack Overflow",
        "name": "Developer Survey",
        "year": 2025,
        "sample_size": 1000,
        "section": "Technology",
        "source_url": "",
        "figures": [{"framework": ref(node), "share": 48.7}, {"framework": ref(django), "share": 12.6}],
        "url": f"{API}/adoption-surveys/stack-overflow-2025/",
    }


def test_a_benchmark_has_its_results_top_tier_first_and_by_rank(client):
    django = FrameworkFactory(name="Django")
    gin = FrameworkFactory(name="Gin")
    aspnet = FrameworkFactory(name="ASP.NET Core")
    benchmark = BenchmarkFactory(
        edition="Round 23", results=[(django, "lower", 1), (gin, "top", 2), (aspnet, "top", 1)]
    )

    data = get_json(client, f"/api/v1/benchmarks/{benchmark.slug}/")

    assert data["slug"] == "techempower-round-23"
    assert data["published_on"] == "2025-03-01"
    assert data["results"] == [
        {"framework": ref(aspnet), "tier": "top", "rank": 1, "figure": None},
        {"framework": ref(gin), "tier": "top", "rank": 2, "figure": None},
        {"framework": ref(django), "tier": "lower", "rank": 1, "figure": None},
    ]


def test_a_decision_guide_has_its_rows_with_framework_and_label_choices(client):
    django = FrameworkFactory(name="Django")
    nest = FrameworkFactory(name="NestJS")
    draft = FrameworkFactory(name="Secret", live=False)
    row = DecisionGuideRowFactory(
        project_type="Rapid MVP",
        why="Ship fast",
        lean_toward=[django, draft],
        alternatives=["Next.js API routes", {"framework": nest, "note": "if JS-native", "connector": "or"}],
        guide__title="Match the framework",
        guide__slug="match",
    )

    data = get_json(client, "/api/v1/decision-guides/match/")

    assert data["id"] == row.guide.pk
    assert data["headings"] == {
        "project_type": "If your project is",
        "lean_toward": "Lean toward",
        "why": "Why",
        "alternatives": "Alternative",
    }
    assert data["rows"] == [
        {
            "project_type": "Rapid MVP",
            "lean_toward": [{"framework": ref(django), "label": "", "note": "", "connector": ",", "text": "Django"}],
            "why": "Ship fast",
            "alternatives": [
                {
                    "framework": None,
                    "label": "Next.js API routes",
                    "note": "",
                    "connector": ",",
                    "text": "Next.js API routes",
                },
                {
                    "framework": ref(nest),
                    "label": "",
                    "note": "if JS-native",
                    "connector": "or",
                    "text": "NestJS if JS-native",
                },
            ],
        }
    ]
