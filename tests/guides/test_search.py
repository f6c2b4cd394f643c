"""The public search at /search/: guides, authors and frameworks, highlighted, paged, never a 5xx."""

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from tests.authors.factories import AuthorPageFactory
from tests.conftest import DEMO_GUIDE_URL
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def results(client, query, page=None):
    response = client.get("/search/", {"q": query, **({"page": page} if page else {})})
    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    return soup, [
        (
            item.select_one(".search-result__kind").get_text(),
            item.select_one("h3 a").get_text(),
            item.select_one("h3 a")["href"],
        )
        for item in soup.select(".search-result")
    ]


def test_the_demo_content_is_found_by_its_words(client, demo_content, search_index):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    _, found = results(client, "Django")

    assert ("Framework", "Django", "/frameworks/django/") in found
    assert ("Guide", "Backend frameworks compared: a fair 2026 guide to choosing one", DEMO_GUIDE_URL) in found


def test_an_author_is_found_by_name(client, search_index):
    AuthorPageFactory(title="Kanika Mathur", slug="kanika-mathur", role="Head of Service Delivery")

    _, found = results(client, "kanika")

    assert found == [("Author", "Kanika Mathur", "/authors/kanika-mathur/")]


def test_matches_are_highlighted_and_escaped(client, search_index):
    GuidePageFactory(title="Queues <compared>", standfirst="Kafka against RabbitMQ, queue by queue.")

    soup, _ = results(client, "kafka")

    assert str(soup.select_one(".search-result__summary")) == (
        '<p class="search-result__summary"><mark>Kafka</mark> against RabbitMQ, queue by queue.</p>'
    )
    assert soup.select_one(".search-result h3 a").decode_contents() == "Queues &lt;compared&gt;"


def test_drafts_and_expired_guides_are_not_found(client, search_index):
    GuidePageFactory(title="Kafka live")
    GuidePageFactory(title="Kafka draft", live=False)
    GuidePageFactory(title="Kafka expired", expire_at=timezone.now() - timezone.timedelta(minutes=1))

    _, found = results(client, "kafka")

    assert [title for kind, title, url in found] == ["Kafka live"]


def test_results_come_ten_to_a_page(client, search_index):
    for number in range(12):
        GuidePageFactory(title=f"Kafka notes {number}")

    soup, first = results(client, "kafka")
    _, second = results(client, "kafka", page=2)

    assert soup.select_one("#search-results-heading").get_text() == "12 results for “kafka”"
    assert len(first) == 10
    assert len(second) == 2
    assert soup.select_one("a[rel=next]")["href"] == "?q=kafka&page=2"


@pytest.mark.parametrize(
    "query",
    ['"', "'", "kafka AND (", "*", "-", "a" * 5000, "NOT", "%", "\\", "<script>alert(1)</script>", "   "],
)
def test_no_query_makes_the_search_fail(client, query):
    GuidePageFactory(title="Kafka live")
    response = client.get("/search/", {"q": query, "page": "x"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_nul_character_in_the_query_is_a_400_that_says_why(client):
    response = client.get("/search/", {"q": "kafka\x00"})
    assert response.status_code == 400
    assert "NUL character" in response.content.decode()


def test_every_page_header_links_to_the_search(client):
    guide = GuidePageFactory(title="Kafka live")
    html = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert [a["href"] for a in html.select(".site-nav a") if a.get_text(strip=True) == "Search"] == ["/search/"]


def test_case_studies_and_content_pages_are_found_too(client, demo_content, search_index):
    from django.core.management import call_command

    call_command("update_index", verbosity=0)
    _, found = results(client, "physiotherapy")
    assert (
        "Case study",
        "Online booking for a chain of physiotherapy clinics",
        "/case-studies/online-booking-for-physiotherapy-clinics/",
    ) in found
    _, found = results(client, "privacy")
    assert ("Page", "Privacy notice", "/privacy/") in found
