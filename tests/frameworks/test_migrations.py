"""The data migrations carry the old shape of the frameworks data over unchanged: the fixed matrix
columns become criteria, tiers become a benchmark's results, publication text becomes a date and
decision-guide cells become choices of framework records, and the tables read exactly as before.

SQLite test runs build tables from the models without migrations, so this runs where migrations
do: on PostgreSQL, as in CI.
"""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from frameworks.models import Benchmark, ComparisonMatrix, Criterion, DecisionGuide, Framework, Language
from frameworks.tables import comparison_matrix_table, decision_guide_table, frameworks_by_tier

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.postgresql_only,
    pytest.mark.skipif(
        connection.vendor == "sqlite", reason="SQLite test runs skip migrations; CI's PostgreSQL run runs this"
    ),
]

BEFORE = [("frameworks", "0001_initial")]


def migrate(targets=None):
    executor = MigrationExecutor(connection)
    targets = targets or executor.loader.graph.leaf_nodes()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def old_content(apps):
    """Records as the first schema held them."""
    Language, Framework = apps.get_model("frameworks", "Language"), apps.get_model("frameworks", "Framework")
    javascript = Language.objects.create(name="JavaScript / TypeScript", short_name="JS / TS")
    go = Language.objects.create(name="Go")
    express = Framework.objects.create(
        name="Express",
        slug="express",
        table_label="Express (Node.js)",
        language=javascript,
        raw_performance="High for I/O, single-thread CPU limit",
        learning_curve="Low to moderate",
        best_fit="REST/GraphQL APIs, real-time, I/O-heavy services",
        performance_tier="lower",
        tier_rank=1,
    )
    gin = Framework.objects.create(
        name="Go (Gin / Echo)",
        slug="go-gin-echo",
        language=go,
        raw_performance="Very high (compiled, low memory)",
        learning_curve="Moderate",
        performance_tier="top",
        tier_rank=2,
    )
    Framework.objects.create(name="NestJS", slug="nestjs", language=javascript, learning_curve="Moderate")
    apps.get_model("frameworks", "BenchmarkSource").objects.create(
        publisher="TechEmpower", name="Framework Benchmarks", edition="Round 23", slug="r23", published="March 2025"
    )
    matrix = apps.get_model("frameworks", "ComparisonMatrix").objects.create(
        title="Backend frameworks", slug="backend", caption="Compared"
    )
    for position, field in enumerate(["language", "raw_performance", "learning_curve"]):
        apps.get_model("frameworks", "ComparisonMatrixColumn").objects.create(
            matrix=matrix, field=field, sort_order=position
        )
    for position, framework in enumerate([gin, express]):
        apps.get_model("frameworks", "ComparisonMatrixRow").objects.create(
            matrix=matrix, framework=framework, sort_order=position
        )
    guide = apps.get_model("frameworks", "DecisionGuide").objects.create(
        title="Choose", slug="choose", caption="By type"
    )
    Row = apps.get_model("frameworks", "DecisionGuideRow")
    Row.objects.create(
        guide=guide,
        project_type="API-heavy / microservices",
        lean_toward="Go (Gin/Echo), Express",
        why="Throughput",
        alternative="NestJS with gateways",
        sort_order=0,
    )
    Row.objects.create(
        guide=guide,
        project_type="Rapid MVP / startup",
        lean_toward="Express",
        why="Ship fast",
        alternative="Express or NestJS if JS-native, Next.js API routes for small apps",
        sort_order=1,
    )


@pytest.fixture(scope="module")
def migrated_from_the_first_schema(django_db_setup, django_db_blocker):
    """Once for the module (migrating back and forth takes seconds): the old records, committed,
    then removed again so that no other test sees them."""
    with django_db_blocker.unblock():
        old_content(migrate(BEFORE))
        migrate()
        yield
        for model in (DecisionGuide, ComparisonMatrix, Benchmark):
            model.objects.all().delete()
        Framework.objects.all().delete()
        Language.objects.all().delete()
        Criterion.objects.all().delete()


def test_matrix_columns_become_criteria_and_the_table_reads_as_before(migrated_from_the_first_schema):
    table = comparison_matrix_table(ComparisonMatrix.objects.get(slug="backend"))
    assert table.headings == ["Framework", "Language", "Raw performance", "Learning curve"]
    assert table.rows == [
        ("Go (Gin / Echo)", ["Go", "Very high (compiled, low memory)", "Moderate"]),
        ("Express (Node.js)", ["JS / TS", "High for I/O, single-thread CPU limit", "Low to moderate"]),
    ]


def test_tiers_become_the_benchmarks_results_and_its_date_a_date(migrated_from_the_first_schema):
    benchmark = Benchmark.objects.get(slug="r23")
    assert benchmark.published_on == date(2025, 3, 1)
    tiers = frameworks_by_tier(benchmark, ["top", "middle", "lower"])
    assert {tier: [framework.name for framework in names] for tier, names in tiers.items()} == {
        "top": ["Go (Gin / Echo)"],
        "middle": [],
        "lower": ["Express"],
    }


def test_decision_cells_become_choices_of_framework_records_and_read_as_before(migrated_from_the_first_schema):
    guide = DecisionGuide.objects.get(slug="choose")
    assert decision_guide_table(guide).rows == [
        ("API-heavy / microservices", ["Go (Gin/Echo), Express", "Throughput", "NestJS with gateways"]),
        (
            "Rapid MVP / startup",
            ["Express", "Ship fast", "Express or NestJS if JS-native, Next.js API routes for small apps"],
        ),
    ]
    first, second = guide.rows.all()
    assert [(c.framework.slug, c.label, c.note) for c in first.lean_toward.all()] == [
        ("go-gin-echo", "Go (Gin/Echo)", ""),
        ("express", "", ""),
    ]
    assert [(c.framework and c.framework.slug, c.label, c.note, c.connector) for c in second.alternatives.all()] == [
        ("express", "", "", ","),
        ("nestjs", "", "if JS-native", "or"),
        (None, "Next.js API routes for small apps", "", ","),
    ]
