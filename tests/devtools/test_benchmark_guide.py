"""manage.py benchmark_guide: the queries and times of one guide's render with its parts kept and with
nothing kept, and, with --callgrind, the CPU instructions of one render."""

import re
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.signals import request_started

from tests.devtools.measured import real_queries
from tests.frameworks.factories import FrameworkFactory, matrix_of
from tests.guides.factories import GuidePageFactory, comparison_matrix

pytestmark = pytest.mark.django_db

GUIDE_URL = "/guides/queues/"


def modes(output):
    """{mode: (status, queries)} of the rows the guide benchmark prints: mode, URL, code, queries, ..."""
    rows = {}
    for line in output.splitlines():
        mode, _, measured = line.partition(GUIDE_URL)
        if measured:
            status, queries = measured.split()[:2]
            rows[mode.strip()] = (int(status), int(queries))
    return rows


def test_the_guide_benchmark_reports_the_real_queries_with_parts_kept_and_with_nothing_kept(settings):
    # A data block: its records are read on every render unless its rendered part is kept.
    matrix = matrix_of([FrameworkFactory(name="Django"), FrameworkFactory(name="Rails")])
    GuidePageFactory(title="Queues", slug="queues", body=[comparison_matrix(matrix)])
    out = StringIO()

    call_command("benchmark_guide", slug="queues", renders=1, stdout=out)

    rows = modes(out.getvalue())
    nothing_kept = real_queries(GUIDE_URL)
    settings.PAGE_CACHE_SECONDS = 300  # the page's costly parts are kept between renders
    parts_kept = real_queries(GUIDE_URL)
    assert rows == {"parts kept": parts_kept, "nothing kept": nothing_kept}
    assert rows["parts kept"][1] < rows["nothing kept"][1]


def test_the_guide_benchmark_with_nothing_kept_renders_only_that_way():
    GuidePageFactory(title="Queues", slug="queues")
    out = StringIO()

    call_command("benchmark_guide", slug="queues", renders=1, nothing_kept=True, stdout=out)

    assert list(modes(out.getvalue())) == ["nothing kept"]


def test_the_guide_benchmark_under_callgrind_reports_the_instructions_of_one_render(fake_valgrind):
    GuidePageFactory(title="Queues", slug="queues")
    out = StringIO()

    call_command("benchmark_guide", slug="queues", callgrind=True, stdout=out)

    per_render = re.search(r"per render:\s+([\d,]+)", out.getvalue())[1]
    assert int(per_render.replace(",", "")) == fake_valgrind.per_render
    # What ran under callgrind: this benchmark, rendering the guide 1 and then 11 times.
    runs = fake_valgrind.calls
    assert [Path(run[-6]).name for run in runs] == ["manage.py", "manage.py"]
    assert [run[-5:] for run in runs] == [
        ["benchmark_guide", "--slug", "queues", "--callgrind-renders", renders] for renders in ("1", "11")
    ]


def test_a_run_under_callgrind_renders_the_guide_twice_to_warm_up_then_as_many_times_as_asked():
    GuidePageFactory(title="Queues", slug="queues")
    requested = []

    def record(environ, **kwargs):
        requested.append(environ["PATH_INFO"])

    request_started.connect(record)
    try:
        call_command("benchmark_guide", slug="queues", callgrind_renders=3)
    finally:
        request_started.disconnect(record)

    assert requested == [GUIDE_URL] * 5
