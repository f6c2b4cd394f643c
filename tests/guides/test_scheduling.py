"""Scheduled guides go live and expired guides disappear with no command run by hand: the worker's
scheduler does it, and until its next tick an expired guide is already out of every listing."""

import threading
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from guides.management.commands.run_worker import run_scheduler
from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuideCategoryFactory, GuidePageFactory, related_guides
from tests.guides.test_visibility import card_titles

LISTINGS = ["/", "/guides/", "/feeds/guides/", "/sitemap.xml", "/authors/kanika-mathur/"]


@pytest.fixture
def author():
    return AuthorPageFactory(title="Kanika Mathur", role="Head of Service Delivery")


@pytest.fixture
def expired_guide(author):
    """Live, with an expiry time just past: the scheduler has not had its tick yet."""
    return GuidePageFactory(
        title="Last year's pricing",
        slug="last-years-pricing",
        author=author,
        expire_at=timezone.now() - timedelta(seconds=1),
    )


@pytest.mark.django_db
@pytest.mark.parametrize("url", LISTINGS)
def test_an_expired_guide_leaves_every_listing_before_the_scheduler_runs(client, author, expired_guide, url):
    GuidePageFactory(title="Queues compared", slug="queues-compared", author=author)

    html = client.get(url).content.decode()

    assert "queues-compared" in html
    assert "last-years-pricing" not in html


@pytest.mark.django_db
def test_an_expired_guide_leaves_related_cards_and_its_own_address(client, expired_guide):
    fresh = GuidePageFactory(title="Vue vs React")
    guide = GuidePageFactory(related=[related_guides(expired_guide, fresh, count=2)])

    assert card_titles(client.get(guide.url).content.decode()) == ["Vue vs React"]
    assert client.get("/guides/last-years-pricing/").status_code == 404


def wait_for(condition, seconds=15):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


@pytest.mark.django_db(transaction=True)
def test_the_worker_publishes_a_scheduled_guide_and_expires_a_past_one(client, settings):
    settings.SCHEDULER_INTERVAL_SECONDS = 1
    category = GuideCategoryFactory(name="Engineering")
    scheduled = GuidePageFactory(
        title="Kafka in 2026", slug="kafka-in-2026", category=category, live=False, first_published_at=None
    )
    scheduled.go_live_at = timezone.now() + timedelta(seconds=2)
    scheduled.save_revision().publish()  # what "Publish" does with a go-live time: schedules it
    expiring = GuidePageFactory(
        title="Last year's pricing",
        slug="last-years-pricing",
        category=category,
        expire_at=timezone.now() + timedelta(seconds=2),
    )
    assert client.get("/guides/kafka-in-2026/").status_code == 404
    assert "Last year&#x27;s pricing" in client.get("/guides/").content.decode()

    stop = threading.Event()
    scheduler = threading.Thread(target=run_scheduler, args=(stop,), daemon=True)
    scheduler.start()
    try:
        went_live = wait_for(lambda: client.get("/guides/kafka-in-2026/").status_code == 200)
        unpublished = wait_for(lambda: not type(expiring).objects.get(pk=expiring.pk).live)
    finally:
        stop.set()
        scheduler.join(timeout=10)

    assert went_live
    assert unpublished
    index = client.get("/guides/").content.decode()
    assert "Kafka in 2026" in index
    assert "Last year&#x27;s pricing" not in index
    assert client.get("/guides/last-years-pricing/").status_code == 404


@pytest.mark.django_db
def test_an_expired_guide_leaves_the_profile_of_a_framework_it_shows(client):
    from tests.frameworks.factories import FrameworkFactory, FrameworkIndexPageFactory, matrix_of
    from tests.guides.factories import comparison_matrix

    FrameworkIndexPageFactory()
    matrix = matrix_of([FrameworkFactory(name="Django", slug="django")])
    GuidePageFactory(title="Queues compared", body=[comparison_matrix(matrix)])
    GuidePageFactory(
        title="Last year's pricing", body=[comparison_matrix(matrix)], expire_at=timezone.now() - timedelta(seconds=1)
    )

    html = client.get("/frameworks/django/").content.decode()

    assert "Queues compared" in html
    assert "Last year" not in html
