"""The guides feed: the 20 newest guides, each with its author and category, however many there are."""

from xml.etree import ElementTree

import pytest

from devtools.guides_volume import make_guides
from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuideCategoryFactory, GuideIndexPageFactory

pytestmark = pytest.mark.django_db


def test_the_feed_lists_the_20_newest_guides_with_author_and_category(client):
    GuideCategoryFactory(name="Databases")
    GuideCategoryFactory(name="Queues")
    AuthorPageFactory(title="Kanika Mathur")
    AuthorPageFactory(title="Arjun Rao")
    make_guides(25, GuideIndexPageFactory())

    items = ElementTree.fromstring(client.get("/feeds/guides/").content).findall("./channel/item")

    assert len(items) == 20
    assert [(item.findtext("title"), item.findtext("category")) for item in items[:3]] == [
        ("Benchmark guide 0", "Databases"),
        ("Benchmark guide 1", "Queues"),
        ("Benchmark guide 2", "Databases"),
    ]
    assert items[-1].findtext("title") == "Benchmark guide 19"
    assert items[1].findtext("{http://purl.org/dc/elements/1.1/}creator") == "Arjun Rao"
