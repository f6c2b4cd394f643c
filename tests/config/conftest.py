"""Fixtures for tests/config: the cache settings production derives from a Redis address."""

import os
import runpy

import pytest

# Nothing listens on port 1: connecting is refused at once, as with a stopped Redis.
UNREACHABLE_REDIS = "redis://127.0.0.1:1/0"


@pytest.fixture
def redis_unreachable(settings, monkeypatch):
    """CACHES as config/settings/base.py makes them for a Redis address, pointed where nothing listens."""
    monkeypatch.setitem(os.environ, "CACHE_LOCATION", UNREACHABLE_REDIS)
    monkeypatch.delitem(os.environ, "CACHE_BACKEND", raising=False)
    settings.CACHES = runpy.run_module("config.settings.base")["CACHES"]
    return settings.CACHES
