"""The page cache is off in test settings (tests roll back, so two tests could keep the same
address); the tests here turn it on, empty."""

import pytest
from django.core.cache import caches


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    yield
    caches["pages"].clear()
