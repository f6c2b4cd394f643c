"""Fixtures for the API tests."""

import pytest
from django.core.cache import cache


@pytest.fixture(autouse=True)
def fresh_throttle_counts():
    """Throttle counts live in the cache; each test starts with none used."""
    cache.clear()
    yield
    cache.clear()
