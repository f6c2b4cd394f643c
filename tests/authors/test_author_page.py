"""An author's page: profile, bio, the guides they wrote, and Person data for search engines."""

import json
import re

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


@pytest.fixture
def author_html(client):
    response = client.get("/authors/kanika-mathur/")
    assert response.status_code == 200
    return response.content.decode()


def test_author_page_shows_profile_bio_and_linkedin(author_html):
    soup = BeautifulSoup(author_html, "html.parser")
    assert soup.find("h1").get_text(strip=True) == "Kanika Mathur"
    assert "Head of Service Delivery, Resourcifi" in author_html
    assert "Resourcifi on LinkedIn" in author_html


def test_author_page_lists_the_guides_they_wrote_newest_first(author_html):
    titles = re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', author_html)
    assert titles[0] == "Backend frameworks compared: a fair 2026 guide to choosing one"
    assert len(titles) == 10


def test_author_page_has_person_json_ld(author_html):
    soup = BeautifulSoup(author_html, "html.parser")
    documents = [json.loads(s.string) for s in soup.find_all("script", type="application/ld+json")]
    person = next(d for d in documents if d["@type"] == "Person")
    assert person["name"] == "Kanika Mathur"
    assert person["jobTitle"] == "Head of Service Delivery"
    assert person["worksFor"] == {"@type": "Organization", "name": "Resourcifi"}


def test_author_index_lists_authors(client):
    html = client.get("/authors/").content.decode()
    assert '<a href="/authors/kanika-mathur/">Kanika Mathur</a>' in html
