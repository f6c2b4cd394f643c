"""manage.py benchmark_frameworks: makes a volume of frameworks data once, then reports the queries
and times of /frameworks/, a sorted view and a profile (a tiny volume here; `make bench` runs 500)."""

from io import StringIO

import pytest
from django.core.management import call_command

from frameworks.models import (
    AdoptionFigure,
    BenchmarkResult,
    ComparisonMatrix,
    CriterionValue,
    DecisionGuideRow,
    Framework,
)
from tests.devtools.measured import real_queries, reported
from tests.frameworks.factories import FrameworkIndexPageFactory

pytestmark = pytest.mark.django_db

VOLUME = "volume-4x2x2"


def benchmark_frameworks():
    out = StringIO()
    call_command("benchmark_frameworks", frameworks=4, criteria=2, surveys=2, renders=1, stdout=out)
    return out.getvalue()


def test_the_frameworks_benchmark_makes_its_volume_of_data_once():
    FrameworkIndexPageFactory()

    benchmark_frameworks()
    benchmark_frameworks()

    assert Framework.objects.count() == 4
    assert CriterionValue.objects.count() == 4 * 2
    assert AdoptionFigure.objects.count() == 4 * 2
    assert BenchmarkResult.objects.count() == 4
    matrix = ComparisonMatrix.objects.get(slug=VOLUME)
    assert (matrix.rows.count(), matrix.columns.count()) == (4, 2)
    assert DecisionGuideRow.objects.count() == 10


def test_the_frameworks_benchmark_reports_the_real_queries_of_each_page():
    FrameworkIndexPageFactory()

    rows = reported(benchmark_frameworks())

    urls = ["/frameworks/", f"/frameworks/?sort={VOLUME}-criterion-0", f"/frameworks/{VOLUME}-framework-0/"]
    assert [url for url, _, _ in rows] == urls
    assert [(status, queries) for _, status, queries in rows] == [real_queries(url) for url in urls]
    assert all(queries > 0 for _, _, queries in rows)
