"""devtools/measuring.py: a page measured as a reader gets it, through the full request cycle, every
request a render (the page cache left out)."""

import pytest

from devtools.measuring import measure
from tests.devtools.measured import real_queries
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page():
    GuidePageFactory(title="Queues", slug="queues")
    return "/guides/queues/"


def test_a_measurement_counts_the_queries_of_one_render(page):
    measurement = measure(page, renders=2)

    assert (measurement.status, measurement.queries) == real_queries(page)


def test_every_measured_request_renders_even_with_the_page_cache_on(client, settings, page):
    settings.PAGE_CACHE_SECONDS = 300
    rendered = real_queries(page)  # a render: its parts kept, the whole page never

    measurement = measure(page, renders=2)

    assert (measurement.status, measurement.queries) == rendered
    assert client.get(page)["X-Page-Cache"] == "miss"  # nothing the benchmark rendered was kept


def test_a_measurement_gives_the_answers_status_and_size(client, page):
    measurement = measure(page, renders=1)

    assert (measurement.status, measurement.size) == (200, len(client.get(page).content))
    assert measure("/no-such-page/", renders=1).status == 404


def test_the_median_and_p90_come_from_the_timed_renders(page):
    measurement = measure(page, renders=2)

    assert 0 < measurement.median_ms <= measurement.p90_ms
