"""An author page lists the guides they wrote twelve a page, as /guides/ does."""

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def author_of_14_guides():
    author = AuthorPageFactory(title="Kanika Mathur", slug="kanika-mathur")
    for day in range(1, 15):
        GuidePageFactory(
            title=f"Guide of May {day}", author=author, first_published_at=datetime(2026, 5, day, tzinfo=UTC)
        )
    return author


def page(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def cards(soup):
    return [
        title.get_text(strip=True)
        for title in soup.select("section[aria-labelledby=author-guides-heading] .card__title")
    ]


def test_the_first_page_shows_the_twelve_newest_guides_and_links_to_the_older_ones(client, author_of_14_guides):
    soup = page(client, "/authors/kanika-mathur/")

    assert cards(soup) == [f"Guide of May {day}" for day in range(14, 2, -1)]
    assert soup.select_one("nav.pagination").get_text(" ", strip=True) == "Page 1 of 2 Older guides"
    assert soup.select_one("a[rel=next]")["href"] == "?page=2"
    assert soup.select_one("link[rel=canonical]")["href"] == "http://localhost/authors/kanika-mathur/"
    assert soup.title.get_text().startswith("Kanika Mathur |")


def test_a_later_page_shows_the_older_guides_and_is_its_own_document(client, author_of_14_guides):
    soup = page(client, "/authors/kanika-mathur/?page=2")

    assert cards(soup) == ["Guide of May 2", "Guide of May 1"]
    assert soup.select_one("nav.pagination").get_text(" ", strip=True) == "Newer guides Page 2 of 2"
    assert soup.select_one("a[rel=prev]")["href"] == "?page=1"
    assert soup.select_one("link[rel=canonical]")["href"] == "http://localhost/authors/kanika-mathur/?page=2"
    assert soup.title.get_text().startswith("Kanika Mathur (page 2) |")


def test_an_out_of_range_page_shows_the_last_page(client, author_of_14_guides):
    assert cards(page(client, "/authors/kanika-mathur/?page=99")) == ["Guide of May 2", "Guide of May 1"]


def test_guides_published_at_the_same_moment_are_in_a_fixed_order_so_each_shows_on_one_page(client):
    author = AuthorPageFactory(title="Kanika Mathur", slug="kanika-mathur")
    same_moment = datetime(2026, 5, 1, tzinfo=UTC)
    for number in range(1, 14):
        GuidePageFactory(title=f"Batch guide {number}", author=author, first_published_at=same_moment)

    # The later-made first, as on /guides/.
    assert cards(page(client, "/authors/kanika-mathur/")) == [f"Batch guide {number}" for number in range(13, 1, -1)]
    assert cards(page(client, "/authors/kanika-mathur/?page=2")) == ["Batch guide 1"]


def test_a_single_page_of_guides_has_no_pagination(client):
    author = AuthorPageFactory(title="Kanika Mathur", slug="kanika-mathur")
    GuidePageFactory(title="Choosing a queue", author=author)

    soup = page(client, "/authors/kanika-mathur/")

    assert cards(soup) == ["Choosing a queue"]
    assert soup.select("nav.pagination") == []
