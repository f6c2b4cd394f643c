"""A short run of `manage.py benchmark_site` (gunicorn with production settings, 1 worker, ~2 s per
address), so the site benchmark cannot rot unnoticed."""

from io import StringIO

import pytest
import redis
from django.core.management import call_command

from guides.demo.load import load_demo
from tests.config.server_database import database_url_for_servers

TEST_REDIS = "redis://127.0.0.1:6379/14"


@pytest.mark.django_db(transaction=True)
def test_the_site_benchmark_serves_each_page_from_gunicorn_and_prints_one_table(tmp_path):
    load_demo(log=lambda line: None)  # transactional tests start from an empty database
    redis.Redis.from_url(TEST_REDIS).flushdb()
    output = StringIO()

    call_command(
        "benchmark_site",
        seconds=2,
        workers=1,
        clients=2,
        cache=TEST_REDIS,
        database_url=database_url_for_servers(tmp_path),
        stdout=output,
    )

    command, settings_line, header, *rows = output.getvalue().splitlines()
    assert command.startswith("gunicorn: SECRET_KEY=… DJANGO_SETTINGS_MODULE=config.settings.production ")
    assert f" CACHE_LOCATION={TEST_REDIS} " in command
    assert " -c config/gunicorn.conf.py --bind 127.0.0.1:" in command
    assert command.endswith(" --workers 1 --threads 1 config.wsgi")
    assert settings_line.endswith(f"cache: {TEST_REDIS}; 1 worker(s) x 1 thread(s); 2 clients; 2 s per address")
    assert " ".join(header.split()) == "address path requests req/s p50 ms p99 ms req/s vs healthz p50 vs healthz"
    assert [row.split()[:-6] for row in rows] == [
        ["healthz", "/healthz"],
        ["guide", "warm", "/guides/backend-frameworks-compared/"],
        ["guide", "cold", "/guides/backend-frameworks-compared/"],
        ["guide", "index", "/guides/"],
        ["author", "page", "/authors/kanika-mathur/"],
        ["sitemap", "/sitemap.xml"],
        ["API", "guide", "list", "/api/v1/guides/"],
    ]
    assert rows[0].split()[-2:] == ["1.00", "1.00"]  # /healthz against itself
    assert all(int(row.split()[-6]) > 0 for row in rows)  # every address answered (all 200s, or it raises)
