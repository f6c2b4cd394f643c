"""An author's page: profile, bio, the guides they wrote, and Person data for search engines."""

import json
from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def author():
    return AuthorPageFactory(
        title="Kanika Mathur",
        slug="kanika-mathur",
        role="Head of Service Delivery",
        company="Resourcifi",
        bio="<p>I run delivery for <b>forty</b> engineering teams.</p>",
        linkedin_url="https://www.linkedin.com/company/resourcifi",
        linkedin_label="Resourcifi on LinkedIn",
    )


def author_page(client):
    response = client.get("/authors/kanika-mathur/")
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_author_page_shows_profile_bio_and_linkedin(client, author):
    page = author_page(client).select_one("article.author-page")
    assert page.find("h1").get_text() == "Kanika Mathur"
    assert page.select_one("header .standfirst").get_text() == "Head of Service Delivery, Resourcifi"
    assert str(page.select_one("div.prose")) == (
        '<div class="prose"><p>I run delivery for <b>forty</b> engineering teams.</p></div>'
    )
    link = page.find("a", href="https://www.linkedin.com/company/resourcifi")
    assert link.get_text() == "Resourcifi on LinkedIn →"


def test_author_page_lists_the_guides_they_wrote_newest_first(client, author):
    GuidePageFactory(title="Choosing a queue", author=author, first_published_at=datetime(2026, 2, 1, tzinfo=UTC))
    GuidePageFactory(title="Caching at the edge", author=author, first_published_at=datetime(2026, 3, 1, tzinfo=UTC))
    GuidePageFactory(title="Picking a database", author=author, first_published_at=datetime(2026, 1, 1, tzinfo=UTC))
    GuidePageFactory(title="Someone else's guide", first_published_at=datetime(2026, 4, 1, tzinfo=UTC))

    cards = author_page(client).select("section[aria-labelledby=author-guides-heading] .card__title a")

    assert [(card.get_text(), card["href"]) for card in cards] == [
        ("Caching at the edge", "/guides/caching-at-the-edge/"),
        ("Choosing a queue", "/guides/choosing-a-queue/"),
        ("Picking a database", "/guides/picking-a-database/"),
    ]


def test_author_page_is_a_profile_page_about_the_person_with_their_own_links(client, author):
    author.profile_links = "https://www.linkedin.com/in/kanika-mathur\nhttps://github.com/kanika"
    author.save_revision().publish()
    scripts = author_page(client).find_all("script", type="application/ld+json")
    documents = [json.loads(script.string) for script in scripts]
    assert [document for document in documents if document["@type"] == "ProfilePage"] == [
        {
            "@context": "https://schema.org",
            "@type": "ProfilePage",
            "url": "http://localhost/authors/kanika-mathur/",
            "description": "Head of Service Delivery, Resourcifi",
            "mainEntity": {
                "@type": "Person",
                "name": "Kanika Mathur",
                "jobTitle": "Head of Service Delivery",
                "url": "http://localhost/authors/kanika-mathur/",
                "worksFor": {"@type": "Organization", "name": "Resourcifi"},
                "sameAs": ["https://www.linkedin.com/in/kanika-mathur", "https://github.com/kanika"],
                "description": "Head of Service Delivery, Resourcifi",
            },
        }
    ]


def test_an_author_with_a_photo_has_it_as_the_profile_image(client, author):
    from tests.guides.factories import ImageFactory

    author.photo = ImageFactory(title="Kanika")
    author.save_revision().publish()
    documents = [
        json.loads(script.string) for script in author_page(client).find_all("script", type="application/ld+json")
    ]
    profile = next(document for document in documents if document["@type"] == "ProfilePage")
    assert profile["image"] == profile["mainEntity"]["image"]
    assert profile["image"].startswith("http://localhost/") and ".fill-160x160" in profile["image"]


def test_a_profile_link_must_be_a_web_address(author):
    author.profile_links = "https://github.com/kanika\nkanika@example.com"
    with pytest.raises(ValidationError) as error:
        author.full_clean()
    assert error.value.message_dict["profile_links"] == [
        "'kanika@example.com' is not a web address; start it with https://."
    ]


def test_every_page_names_the_organization_with_its_logo(client, author):
    scripts = author_page(client).find_all("script", type="application/ld+json")
    organization = next(json.loads(s.string) for s in scripts if json.loads(s.string)["@type"] == "Organization")
    assert organization["logo"] == "http://localhost/static/logo.svg"


def test_author_index_lists_authors_by_name_with_their_role(client, author):
    AuthorPageFactory(title="Arjun Rao", slug="arjun-rao", role="Staff Engineer", company="")

    response = client.get("/authors/")

    people = BeautifulSoup(response.content.decode(), "html.parser").select("ul.people li.person")
    assert [(str(person.find("h2")), person.find("p").get_text()) for person in people] == [
        ('<h2><a href="/authors/arjun-rao/">Arjun Rao</a></h2>', "Staff Engineer"),
        ('<h2><a href="/authors/kanika-mathur/">Kanika Mathur</a></h2>', "Head of Service Delivery, Resourcifi"),
    ]
