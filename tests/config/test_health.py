"""/healthz answers without touching anything; /readyz checks the database, and reports the cache (config/health.py)."""

import json

import pytest
from django.db import OperationalError

from config import health

pytestmark = pytest.mark.django_db


def test_healthz_answers_ok_without_asking_the_database(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert (response.status_code, json.loads(response.content)) == (200, {"status": "ok"})


def test_readyz_answers_ok_when_the_database_and_cache_answer(client):
    response = client.get("/readyz")
    assert (response.status_code, json.loads(response.content)) == (
        200,
        {"status": "ok", "database": "ok", "cache": "ok"},
    )


def test_readyz_stays_ready_naming_the_cache_when_redis_is_unreachable(client, redis_unreachable):
    """Pages are served uncached without Redis: a load balancer must keep the server in."""
    response = client.get("/readyz")
    assert (response.status_code, json.loads(response.content)) == (
        200,
        {"status": "ok", "database": "ok", "cache": "RuntimeError: cache did not return what was stored"},
    )


def test_readyz_answers_503_naming_the_database_when_it_does_not_answer(client, monkeypatch):
    def refused():
        raise OperationalError("connection refused")

    monkeypatch.setitem(health.CHECKS, "database", refused)
    response = client.get("/readyz")
    assert (response.status_code, json.loads(response.content)) == (
        503,
        {"status": "unavailable", "database": "OperationalError: connection refused", "cache": "ok"},
    )


def test_healthz_still_answers_ok_when_redis_is_unreachable(client, redis_unreachable):
    assert client.get("/healthz").status_code == 200
