"""The category filter on /guides/ names only the categories that have a guide listed there."""

from datetime import UTC, datetime, timedelta

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.guides.factories import GuideCategoryFactory, GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


def filter_links(client):
    soup = BeautifulSoup(client.get("/guides/").content.decode(), "html.parser")
    return [link.get_text() for link in soup.select("nav.filters a")]


def test_the_filter_names_each_category_with_a_listed_guide_once_in_name_order(client):
    queues = GuideCategoryFactory(name="Queues")
    databases = GuideCategoryFactory(name="Databases")
    GuidePageFactory(category=queues)
    GuidePageFactory(category=queues)
    GuidePageFactory(category=databases)

    assert filter_links(client) == ["All guides", "Databases", "Queues"]


def test_a_category_whose_guides_are_drafts_expired_or_elsewhere_is_not_named(client):
    listed = GuideCategoryFactory(name="Listed")
    GuidePageFactory(category=listed)
    draft = GuidePageFactory(category=GuideCategoryFactory(name="Only a draft"))
    draft.unpublish()
    GuidePageFactory(
        category=GuideCategoryFactory(name="Only expired"), expire_at=timezone.now() - timedelta(minutes=1)
    )
    other_index = GuideIndexPageFactory(title="Archive", slug="archive")
    GuidePageFactory(category=GuideCategoryFactory(name="Only in the archive"), parent=other_index)
    GuideCategoryFactory(name="No guides at all")

    assert filter_links(client) == ["All guides", "Listed"]


def test_a_category_is_named_while_one_of_its_guides_is_listed(client):
    category = GuideCategoryFactory(name="Queues")
    GuidePageFactory(category=category, expire_at=datetime(2020, 1, 1, tzinfo=UTC))
    GuidePageFactory(category=category)

    assert filter_links(client) == ["All guides", "Queues"]
