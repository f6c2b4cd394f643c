"""The API benchmark runs (a tiny volume here; `make bench-api` runs 10,000 guides), so it cannot rot."""

from io import StringIO

import pytest
from django.core.management import call_command

from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def test_the_api_benchmark_makes_its_guides_and_measures_the_list_and_a_detail():
    guide = GuidePageFactory(slug="queues")
    out = StringIO()

    call_command("benchmark_api", guides=3, requests=2, slug="queues", stdout=out)

    lines = out.getvalue().splitlines()
    assert lines[0].split("; ", 1)[1] == "4 live guides (3 made now); 2 requests each"
    # operation, status and queries (no hero image, so no renditions to fetch)
    assert [(line[:36].strip(), *line[36:].split()[:2]) for line in lines[2:]] == [
        ("GET /api/v1/guides/ built", "200", "4"),
        ("GET /api/v1/guides/ kept", "200", "1"),
        ("GET /api/v1/guides/ (304)", "304", "1"),
        (f"GET /api/v1/guides/{guide.pk}/ built", "200", "5"),
        (f"GET /api/v1/guides/{guide.pk}/ kept", "200", "1"),
    ]
