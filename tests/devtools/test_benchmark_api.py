"""manage.py benchmark_api: makes guides beside the measured one, then reports the status and queries
of the guide list and a guide's detail, built and kept, and the list's 304 (a tiny volume here;
`make bench-api` runs 10,000 guides)."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client

from guides.models import GuidePage
from tests.devtools.measured import real_queries
from tests.guides.factories import GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db

LIST = "/api/v1/guides/"
# operation, then its status code and query count
ROW = re.compile(r"^(GET \S+ (?:built|kept|\(304\)))\s+(\d+)\s+(\d+)\s", re.MULTILINE)


def benchmark_api(guides=3):
    out = StringIO()
    call_command("benchmark_api", guides=guides, requests=2, slug="queues", stdout=out)
    return {operation: (int(status), int(queries)) for operation, status, queries in ROW.findall(out.getvalue())}


def test_the_api_benchmark_makes_its_guides_live_beside_the_measured_one_and_keeps_them():
    GuideIndexPageFactory(title="Archive", slug="archive")  # the site's first guide index
    engineering = GuideIndexPageFactory(title="Engineering", slug="engineering")
    GuidePageFactory(slug="queues", parent=engineering)

    benchmark_api(guides=3)
    benchmark_api(guides=3)

    assert GuidePage.objects.live().count() == 4
    assert GuidePage.objects.child_of(engineering).live().count() == 4


def test_the_api_benchmark_reports_the_real_status_and_queries_of_each_operation(settings):
    guide = GuidePageFactory(slug="queues")
    detail = f"/api/v1/guides/{guide.pk}/"

    rows = benchmark_api()

    settings.API_RESPONSE_CACHE_SECONDS = 0
    built = {f"GET {url} built": real_queries(url) for url in (LIST, detail)}
    etag = Client().get(LIST)["ETag"]
    not_modified = {f"GET {LIST} (304)": real_queries(LIST, HTTP_IF_NONE_MATCH=etag)}
    settings.API_RESPONSE_CACHE_SECONDS = 300
    kept = {f"GET {url} kept": real_queries(url) for url in (LIST, detail)}
    assert rows == {**built, **kept, **not_modified}
    assert [status for status, _ in rows.values()] == [200, 200, 304, 200, 200]
