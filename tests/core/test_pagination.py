"""KeysFirstPaginator gives the same pages as Django's Paginator, in one query a page."""

from datetime import UTC, datetime

import pytest

from core.pagination import KeysFirstPaginator
from guides.models import GuidePage
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guides():
    # Two pairs published at the same moment: the key orders each pair.
    for title, day in [("Oldest", 1), ("Tie A", 2), ("Tie B", 2), ("Middle", 3), ("Tie C", 4), ("Tie D", 4)]:
        GuidePageFactory(title=title, first_published_at=datetime(2026, 5, day, tzinfo=UTC))
    return GuidePage.objects.order_by("-first_published_at", "-pk")


def titles(page):
    return [guide.title for guide in page]


def test_each_page_holds_the_same_guides_in_the_same_order_as_an_offset_would(guides):
    paginator = KeysFirstPaginator(guides, 4)

    assert paginator.num_pages == 2
    assert titles(paginator.page(1)) == ["Tie D", "Tie C", "Middle", "Tie B"]
    assert titles(paginator.page(2)) == ["Tie A", "Oldest"]


def test_a_page_is_fetched_in_one_query(guides, django_assert_num_queries):
    page = KeysFirstPaginator(guides, 4).page(2)

    with django_assert_num_queries(1):
        assert titles(page) == ["Tie A", "Oldest"]
