"""manage.py benchmark_site: gunicorn with production settings serves each main page to a few
keep-alive clients, and the command reports their requests, rate and times, each against /healthz
(a short run here: 3 requests per address, one worker)."""

import os
import runpy
from io import StringIO

import pytest
import redis
from django.core.cache import caches
from django.core.management import call_command

from devtools.management.commands.benchmark_site import cold_maker
from guides.demo.load import load_demo
from page_cache import store
from tests.config.server_database import database_url_for_servers

TEST_REDIS = "redis://127.0.0.1:6379/14"
ADDRESSES = [
    "/healthz",
    "/guides/backend-frameworks-compared/",  # warm
    "/guides/backend-frameworks-compared/",  # cold
    "/guides/",
    "/authors/kanika-mathur/",
    "/sitemap.xml",
    "/api/v1/guides/",
]


def measured(output):
    """[(path, requests, req/s, p50 ms, p99 ms, req/s vs healthz, p50 vs healthz)] of the table's rows."""
    rows = []
    for line in output.splitlines():
        cells = line.split()
        paths = [n for n, cell in enumerate(cells) if cell.startswith("/")]
        if paths and len(cells) == paths[0] + 7:
            at = paths[0]
            rows.append((cells[at], int(cells[at + 1]), *map(float, cells[at + 2 :])))
    return rows


@pytest.mark.django_db(transaction=True)
def test_the_site_benchmark_has_gunicorn_serve_every_main_page_the_requests_asked(tmp_path):
    load_demo(log=lambda line: None)  # transactional tests start from an empty database
    redis.Redis.from_url(TEST_REDIS).flushdb()
    output = StringIO()

    call_command(
        "benchmark_site",
        requests=3,
        workers=1,
        clients=2,
        cache=TEST_REDIS,
        database_url=database_url_for_servers(tmp_path),
        stdout=output,
    )

    rows = measured(output.getvalue())
    assert [row[0] for row in rows] == ADDRESSES
    # Every request answered 200 (any other answer fails the command), timed, at a rate above zero.
    assert [row[1] for row in rows] == [3] * len(ADDRESSES)
    assert all(per_second > 0 and 0 < p50 <= p99 for _, _, per_second, p50, p99, _, _ in rows)
    assert rows[0][-2:] == (1.0, 1.0)  # /healthz against itself


def test_a_cold_request_first_purges_its_path_from_the_servers_page_cache(monkeypatch, settings):
    """The server's page cache: the one production settings make from the same Redis address."""
    redis.Redis.from_url(TEST_REDIS).flushdb()
    monkeypatch.setitem(os.environ, "CACHE_LOCATION", TEST_REDIS)
    monkeypatch.delitem(os.environ, "CACHE_BACKEND", raising=False)
    settings.CACHES = runpy.run_module("config.settings.base")["CACHES"]
    servers_pages = caches["pages"]
    servers_pages.set(store.path_key("/guides/queues/"), "token of the kept copy", timeout=None)

    address = cold_maker(TEST_REDIS)("/guides/queues/")

    assert address == "/guides/queues/"
    assert servers_pages.get(store.path_key("/guides/queues/")) not in (None, "token of the kept copy")
