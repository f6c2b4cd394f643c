"""The benchmark commands run (a tiny volume here; `make bench` runs the real one), so they cannot rot."""

from io import StringIO

import pytest
from django.core.management import call_command

from tests.frameworks.factories import FrameworkIndexPageFactory
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def table(output):
    """{url: (status, queries)} from the table a benchmark command prints."""
    rows = {}
    for line in output.splitlines():
        cells = line.split()
        if cells and cells[0].startswith("/"):
            rows[cells[0]] = (int(cells[1]), int(cells[2]))
    return rows


def test_the_frameworks_benchmark_makes_its_volume_and_measures_the_pages():
    FrameworkIndexPageFactory()
    out = StringIO()
    call_command("benchmark_frameworks", frameworks=4, criteria=2, surveys=2, renders=1, stdout=out)
    summary = out.getvalue().splitlines()[0].split("; ", 1)[1]  # after "database: sqlite" or "postgresql"
    assert summary == "4 frameworks in all, volume 4 frameworks x 2 criteria x 2 surveys; 1 renders each"
    assert table(out.getvalue()) == {
        "/frameworks/": (200, 14),
        "/frameworks/?sort=volume-4x2x2-criterion-0": (200, 15),
        "/frameworks/volume-4x2x2-framework-0/": (200, 18),
    }


def test_the_guide_benchmark_renders_a_guide_with_its_parts_kept_and_with_nothing_kept():
    GuidePageFactory(title="Queues", slug="queues")
    out = StringIO()
    call_command("benchmark_guide", slug="queues", renders=1, stdout=out)
    rows = {}
    for line in out.getvalue().splitlines():
        label, _, measured = line.partition("/guides/queues/")
        if measured:
            rows[label.strip()] = measured.split()[:2]
    # 11 queries: a guide without a hero reads its stored social card with its other relations
    # (tests/guides/test_social_card.py). With its parts kept, a one-paragraph guide saves no query:
    # the relations its header would read in one go are read one by one for its social image.
    assert rows == {"parts kept": ["200", "11"], "nothing kept": ["200", "11"]}
