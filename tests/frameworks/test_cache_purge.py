"""Changing frameworks data purges the pages that show it from a front-end cache (CDN)."""

import pytest

from frameworks.models import Framework
from guides.signals import pages_showing_frameworks_data

pytestmark = pytest.mark.django_db(transaction=False)


def test_the_pages_showing_frameworks_data_are_the_guides_with_data_blocks():
    slugs = {page.slug for page in pages_showing_frameworks_data()}
    assert slugs == {"backend-frameworks-compared"}


def test_saving_a_framework_purges_the_guide_that_shows_it(monkeypatch, django_capture_on_commit_callbacks):
    purged = []
    monkeypatch.setattr("guides.signals.purge_pages_from_cache", lambda pages: purged.extend(p.url for p in pages))
    with django_capture_on_commit_callbacks(execute=True):
        framework = Framework.objects.get(slug="express")
        framework.learning_curve = "Low"
        framework.save()
    assert purged == ["/guides/backend-frameworks-compared/"]
