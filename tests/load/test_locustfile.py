"""A few seconds of the load test's locustfile against a live server, so it cannot rot unnoticed.

The full run (`make loadtest`, tests/load/run.py) takes minutes with gunicorn and PostgreSQL; this
runs the same readers, feed readers, API clients and leads for 5 s and expects every request to
succeed and every lead that was thanked to be stored.
"""

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from bookings.models import DiscoveryCallRequest
from tests.bookings.factories import BookingPageFactory
from tests.guides.factories import ContentPageFactory, GuidePageFactory, guide_index

LOCUST = Path(sys.executable).parent / "locust"
LOCUSTFILE = Path(__file__).with_name("locustfile.py")


@pytest.mark.django_db(transaction=True)
def test_a_short_load_run_reads_pages_feeds_and_the_api_and_books_calls_without_a_failure(
    live_server, tmp_path, settings
):
    # Transactional tests start from what earlier tests committed (on PostgreSQL, the demo site).
    GuidePageFactory(title="Load smoke guide", slug="load-smoke-guide", parent=guide_index())
    privacy = ContentPageFactory(title="Smoke privacy notice", slug="smoke-privacy")
    booking_page = BookingPageFactory(slug="book-a-smoke-call", privacy_page=privacy)
    settings.BOOKINGS_FORM_MIN_SECONDS = 0  # the leads' reading time is cut to fit 5 s
    settings.BOOKINGS_RATE_LIMIT = 1000  # every client sends from 127.0.0.1
    failures = tmp_path / "failures.jsonl"
    leads = tmp_path / "leads.jsonl"
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
            # Users finish the task under way when time is up, so a lead stored was also logged as sent.
            "--stop-timeout",
            "20",
            "--host",
            live_server.url,
            "--csv",
            str(tmp_path / "smoke"),
            "--only-summary",
        ],
        env={
            "LOAD_FAILURE_LOG": str(failures),
            "LOAD_LEADS_LOG": str(leads),
            "LOAD_BOOKING_PATH": booking_page.url,
            "LOAD_READING_SECONDS": "0.2",
            "LOAD_LEADS_DOMAIN": "smoke.example.com",
            "PATH": "/usr/bin:/bin",
        },
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
    sent = [json.loads(line) for line in leads.read_text().splitlines()]
    assert sent and all(lead["thanked"] for lead in sent), sent
    stored = DiscoveryCallRequest.objects.filter(email__endswith="@smoke.example.com")
    assert sorted(stored.values_list("email", flat=True)) == sorted(lead["email"] for lead in sent)
