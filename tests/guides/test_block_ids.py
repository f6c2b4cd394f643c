"""A page may hold the same block twice: block templates derive their element ids from the block."""

import pytest
from bs4 import BeautifulSoup

from tests.guides.factories import guide_showing_every_block_twice

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide_with_every_block_twice():
    return guide_showing_every_block_twice()


def test_two_of_each_block_on_one_page_give_unique_ids(client, guide_with_every_block_twice):
    soup = BeautifulSoup(client.get("/guides/twice-over/").content, "html.parser")
    ids = [element["id"] for element in soup.select("[id]")]
    assert sorted(id for id in ids if ids.count(id) > 1) == []
    assert len(soup.select("section.faq")) == 2
    assert len(soup.select("section.takeaways")) == 2
    assert len(soup.select("section.data-table")) == 4


def test_each_block_heading_labels_its_own_section(client, guide_with_every_block_twice):
    soup = BeautifulSoup(client.get("/guides/twice-over/").content, "html.parser")
    labels = [
        " ".join(soup.find(id=section["aria-labelledby"]).get_text().split())
        for section in soup.select("section.takeaways, section.faq, section.related")
    ]
    assert labels == [
        "First summary",
        "Second summary",
        "First questions",
        "Second questions",
        "Related guides",
    ]
