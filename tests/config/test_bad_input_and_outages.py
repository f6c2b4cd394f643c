"""Every public address survives bad input and a missing cache.

These tests read the demo site, because it has every kind of public page (home, guide index and
guides, authors, frameworks index and profiles, content pages) and the data downloads and API
records that pages link to: "every public URL" is what the sitemap lists plus the feed, robots.txt,
the sitemap itself, each CSV linked from a page and each API list and its first record.
"""

import json
import logging
import re
from urllib.parse import urlsplit
from xml.etree import ElementTree

import pytest
from django.core.cache import cache

from config.logging import OneLineOutageFormatter

FIXED = ["/feeds/guides/", "/robots.txt", "/sitemap.xml", "/api/v1/"]
QUERIES = [
    "category=%00",
    "page=%00",
    "page=99999999999999999999999999",
    "page=-1",
    "page=1e400",
    "page_size=100000000000000000000",
    "sort=%F0%9F%98%80",
    "order=%E2%80%AE%D8%B9%D8%B1%D8%A8%D9%8A",
    "language=%C3%A9t%C3%A9",
    "q=%FF%FE",
    "fields=%00",
    "ordering=-%00",
]
pytestmark = pytest.mark.django_db

PATH_SUFFIXES = ["%00/", "%F0%9F%98%80/", "%E2%80%AE/", "99999999999999999999999999/"]


@pytest.fixture
def public_urls(client, demo_content):
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    pages = [urlsplit(loc.text).path for loc in sitemap.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")]
    downloads = set()
    for page in pages:
        downloads.update(re.findall(r'href="(/frameworks/data/[^"]+)"', client.get(page).content.decode()))
    api = []
    for list_url in json.loads(client.get("/api/v1/").content).values():
        path = urlsplit(list_url).path
        response = client.get(path)
        if response.status_code == 401:
            continue  # booking requests answer API keys only: not a public address
        records = json.loads(response.content)["results"]
        api += [path, urlsplit(records[0]["url"]).path] if records and "url" in records[0] else [path]
    cache.clear()  # the API counted those reads against the anonymous rate
    urls = pages + FIXED + sorted(downloads) + api
    assert len(pages) >= 10 and downloads and len(api) >= 7  # the demo site is all there
    return urls


def get_without_rate_limit(client, url):
    cache.clear()  # the sweep reads the API more often than an anonymous client may
    return client.get(url)


def test_no_query_parameter_makes_any_public_address_fail(client, public_urls):
    failures = []
    for url in public_urls:
        for query in QUERIES:
            status = get_without_rate_limit(client, f"{url}?{query}").status_code
            if status >= 500:
                failures.append((f"{url}?{query}", status))
    assert failures == []


def test_no_strange_path_under_any_public_address_fails(client, public_urls):
    failures = []
    for url in public_urls:
        for suffix in PATH_SUFFIXES:
            address = url.rstrip("/") + "/" + suffix
            status = get_without_rate_limit(client, address).status_code
            if status >= 500:
                failures.append((address, status))
    assert failures == []


def test_a_nul_character_in_a_filter_is_a_400_that_says_why(client, demo_content):
    response = client.get("/guides/?category=%00")
    assert response.status_code == 400
    assert response.content.decode() == (
        "Bad request: the address contains a NUL character (%00), which no address on this site uses."
    )


def test_with_redis_unreachable_every_public_address_answers_200(client, public_urls, redis_unreachable):
    statuses = {url: client.get(url).status_code for url in public_urls}
    assert {url: status for url, status in statuses.items() if status != 200} == {}


def test_a_request_for_a_host_we_do_not_serve_logs_one_line_without_a_traceback(client, settings, demo_content):
    settings.ALLOWED_HOSTS = ["guides.example.com"]
    records = []
    handler = logging.Handler()
    handler.emit = lambda record: records.append(OneLineOutageFormatter().format(record))
    logger = logging.getLogger("django.security.DisallowedHost")
    logger.addHandler(handler)
    try:
        response = client.get("/guides/", HTTP_HOST="evil.example")
    finally:
        logger.removeHandler(handler)
    assert response.status_code == 400
    assert records == ["Invalid HTTP_HOST header: 'evil.example'. You may need to add 'evil.example' to ALLOWED_HOSTS."]
