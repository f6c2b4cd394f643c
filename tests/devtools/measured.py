"""What a benchmark reports, and the same thing measured by the test itself, to compare the two.

A benchmark's table has one row per URL: the URL, then its status code and its query count, then
timings. `reported` reads those first three cells; `real_queries` renders the page with the test's
own client, once to warm up (as every benchmark does) and once counted by Django's own query log.
"""

from django.conf import settings
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

PAGE_CACHE_MIDDLEWARE = "page_cache.middleware.PageCacheMiddleware"


def reported(output):
    """[(url, status, queries)] of the table rows in a benchmark's output, in order."""
    rows = []
    for line in output.splitlines():
        cells = line.split()
        urls = [n for n, cell in enumerate(cells) if cell.startswith("/")]
        if urls and len(cells) > urls[0] + 2 and cells[urls[0] + 1].isdigit():
            at = urls[0]
            rows.append((cells[at], int(cells[at + 1]), int(cells[at + 2])))
    return rows


def real_queries(url, **headers):
    """(status, queries) of one render of `url` after a warm-up one, the page cache left out."""
    middleware = [name for name in settings.MIDDLEWARE if name != PAGE_CACHE_MIDDLEWARE]
    with override_settings(MIDDLEWARE=middleware):
        client = Client()  # a client loads the middleware at its first request, and keeps it
        client.get(url, **headers)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, **headers)
    return response.status_code, len(queries)
