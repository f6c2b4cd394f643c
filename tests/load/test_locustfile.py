"""A few seconds of the load test's locustfile against a live server, so it cannot rot unnoticed.

The full run (`make loadtest`, tests/load/run.py) takes minutes with gunicorn and PostgreSQL; this
runs the same readers, feed readers and API clients for 5 s and expects every request to succeed.
"""

import csv
import subprocess
import sys
from pathlib import Path

import pytest

from tests.guides.factories import GuidePageFactory, guide_index

LOCUST = Path(sys.executable).parent / "locust"
LOCUSTFILE = Path(__file__).with_name("locustfile.py")


@pytest.mark.django_db(transaction=True)
def test_a_short_load_run_reads_pages_feeds_and_the_api_without_a_failure(live_server, tmp_path):
    # Transactional tests start from what earlier tests committed (on PostgreSQL, the demo site).
    GuidePageFactory(title="Load smoke guide", slug="load-smoke-guide", parent=guide_index())
    failures = tmp_path / "failures.jsonl"
    result = subprocess.run(
        [
            str(LOCUST),
            "-f",
            str(LOCUSTFILE),
            "--headless",
            "--users",
            "5",
            "--spawn-rate",
            "5",
            "--run-time",
            "5s",
            "--host",
            live_server.url,
            "--csv",
            str(tmp_path / "smoke"),
            "--only-summary",
        ],
        env={"LOAD_FAILURE_LOG": str(failures), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        timeout=120,
    )
    with open(tmp_path / "smoke_stats.csv") as file:
        rows = {row["Name"]: row for row in csv.DictReader(file)}
    assert int(rows["Aggregated"]["Request Count"]) >= 5, result.stderr
    assert int(rows["Aggregated"]["Failure Count"]) == 0, failures.read_text() if failures.exists() else result.stderr
    # About 25 requests: pages (from the sitemap) and API reads are each all but certain to be among them.
    pages_read = [name for name in rows if name != "Aggregated" and not name.startswith(("/api/", "/feeds/"))]
    assert set(pages_read) - {"/sitemap.xml", "/robots.txt"}
    assert any(name.startswith("/api/v1/") for name in rows)
