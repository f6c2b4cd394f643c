"""Health endpoints for the load balancer and the orchestrator.

/healthz says the process answers: it touches nothing, so a database or cache outage never gets
workers restarted. /readyz says whether this instance can serve pages: 503 only when the database
does not answer a query within settings.READINESS_TIMEOUT_SECONDS. The cache's round trip is reported
beside it but never makes the server unready: without Redis pages are served uncached and bookings
still stored, and a load balancer that took every server out over it would serve nothing at all.
Neither is ever cached.
"""

import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout

from django.conf import settings
from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


def _check_database():
    # A query on a thread of its own opens (and then closes) that thread's connection.
    connection = connections["default"]
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    finally:
        connection.close()


def _check_cache():
    # django-redis is set to swallow errors (pages go on uncached), so a failed round trip shows as a
    # value that does not come back rather than as an exception.
    key = f"readyz:{uuid.uuid4().hex}"
    cache.set(key, "1", 10)
    value = cache.get(key)
    cache.delete(key)
    if value != "1":
        raise RuntimeError("cache did not return what was stored")


CHECKS = {"database": _check_database, "cache": _check_cache}
REQUIRED = {"database"}  # what the server cannot serve without


@never_cache
def readyz(request):
    timeout = settings.READINESS_TIMEOUT_SECONDS
    results = {}
    executor = ThreadPoolExecutor(max_workers=len(CHECKS))
    started = time.monotonic()
    futures = {name: executor.submit(check) for name, check in CHECKS.items()}
    for name, future in futures.items():
        remaining = max(0.0, timeout - (time.monotonic() - started))
        try:
            future.result(timeout=remaining)
            results[name] = "ok"
        except FutureTimeout:
            results[name] = f"no answer within {timeout:g} s"
        except Exception as exc:  # noqa: BLE001 - any failure means not ready; say which
            results[name] = f"{type(exc).__name__}: {str(exc).strip().splitlines()[0] if str(exc).strip() else ''}"
    executor.shutdown(wait=False, cancel_futures=True)
    ready = all(results[name] == "ok" for name in REQUIRED)
    return JsonResponse({"status": "ok" if ready else "unavailable", **results}, status=200 if ready else 503)
