"""Measure a page as a reader gets it: queries, render times and size, through the full request
cycle (Django's test client) against the configured database. Used by the benchmark commands.

Every request is a render: the page cache's middleware (page_cache/), which would answer the
second request from a kept copy, is left out of the cycle."""

import statistics
import time
from dataclasses import dataclass

from django.conf import settings
from django.db import connection
from django.test import Client, override_settings

from devtools.http_load import percentile

PAGE_CACHE_MIDDLEWARE = "page_cache.middleware.PageCacheMiddleware"


@dataclass
class Measurement:
    url: str
    status: int
    size: int
    first_ms: float
    queries: int
    median_ms: float
    p90_ms: float

    def row(self):
        return (
            f"{self.url:<60} {self.status:>4} {self.queries:>8} {self.median_ms:>10.1f} {self.p90_ms:>9.1f} "
            f"{self.first_ms:>9.1f} {self.size:>10,}"
        )


HEADER = f"{'url':<60} {'code':>4} {'queries':>8} {'median ms':>10} {'p90 ms':>9} {'first ms':>9} {'bytes':>10}"


def measure(url, renders, client=None):
    client = client or Client(HTTP_HOST="127.0.0.1")
    try:
        with override_settings(MIDDLEWARE=[name for name in settings.MIDDLEWARE if name != PAGE_CACHE_MIDDLEWARE]):
            client.handler.load_middleware()
            return _measure(url, renders, client)
    finally:
        client.handler.load_middleware()  # the client as it came: a reader's, page cache included


def _measure(url, renders, client):
    started = time.perf_counter()
    first = client.get(url)  # warm-up: makes missing image renditions, fills template caches
    first_ms = (time.perf_counter() - started) * 1000

    # Counted with an execute wrapper: Django clears connection.queries at each request start.
    queries = []

    def count_query(execute, sql, params, many, context):
        queries.append(sql)
        return execute(sql, params, many, context)

    with connection.execute_wrapper(count_query):
        client.get(url)

    timings = []
    for _ in range(renders):
        started = time.perf_counter()
        client.get(url)
        timings.append((time.perf_counter() - started) * 1000)
    timings.sort()
    return Measurement(
        url=url,
        status=first.status_code,
        size=len(first.content),
        first_ms=first_ms,
        queries=len(queries),
        median_ms=statistics.median(timings) if timings else 0.0,
        p90_ms=percentile(timings, 0.9) if timings else 0.0,
    )
