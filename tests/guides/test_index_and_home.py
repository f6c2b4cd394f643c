"""The guide index (newest first, by category, paginated), the home page, content pages and related guides."""

import re
from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup

from guides.models import GuidePage, HomePage
from tests.guides.factories import (
    CallToActionFactory,
    ContentPageFactory,
    GuideCategoryFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    ImageFactory,
    related_guides,
    site_chrome,
)
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db


def card_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def on(day, month=6):
    return datetime(2026, month, day, 9, 0, tzinfo=UTC)


def guides_published_on(*days, **fields):
    """One guide per day of June 2026, titled 'Guide of June <day>', made in the order given."""
    return [GuidePageFactory(title=f"Guide of June {day}", first_published_at=on(day), **fields) for day in days]


@pytest.fixture
def web():
    return GuideCategoryFactory(name="Web & software", slug="web-software")


@pytest.fixture
def mobile():
    return GuideCategoryFactory(name="Mobile & apps", slug="mobile-apps")


def test_index_lists_guides_newest_first(client):
    guides_published_on(2, 9, 5)
    assert card_titles(client.get("/guides/").content.decode()) == [
        "Guide of June 9",
        "Guide of June 5",
        "Guide of June 2",
    ]


def test_index_filters_by_category(client, web, mobile):
    GuidePageFactory(title="App development tools", category=mobile, first_published_at=on(3))
    GuidePageFactory(title="REST vs GraphQL", category=web, first_published_at=on(4))
    GuidePageFactory(title="App monetization", category=mobile, first_published_at=on(5))
    html = client.get("/guides/?category=mobile-apps").content.decode()
    assert card_titles(html) == ["App monetization", "App development tools"]
    assert 'aria-current="page">Mobile &amp; apps</a>' in html
    assert "<h1>Guides: Mobile &amp; apps</h1>" in html


def test_an_unknown_category_is_not_found(client):
    GuidePageFactory()
    assert client.get("/guides/").status_code == 200
    assert client.get("/guides/?category=no-such-thing").status_code == 404


def test_index_is_paginated(client):
    GuideIndexPageFactory(per_page=2)
    guides_published_on(1, 2, 3, 4, 5)
    first = client.get("/guides/").content.decode()
    last = client.get("/guides/?page=3").content.decode()
    assert card_titles(first) == ["Guide of June 5", "Guide of June 4"]
    assert card_titles(last) == ["Guide of June 1"]
    assert "Page 1 of 3" in first
    assert '<a href="?page=2" rel="next">Older guides</a>' in first
    assert 'rel="prev"' not in first
    assert "Page 3 of 3" in last
    assert '<a href="?page=2" rel="prev">Newer guides</a>' in last
    assert 'rel="next"' not in last


def test_out_of_range_page_shows_the_last_page(client):
    GuideIndexPageFactory(per_page=2)
    guides_published_on(1, 2, 3, 4, 5)
    html = client.get("/guides/?page=99").content.decode()
    assert "Page 3 of 3" in html
    assert card_titles(html) == ["Guide of June 1"]


def test_filtered_and_later_index_pages_are_their_own_canonical_documents(client, web, mobile):
    GuideIndexPageFactory(per_page=1)
    guides_published_on(1, 2, category=web)
    guides_published_on(3, category=mobile)
    assert '<link rel="canonical" href="http://localhost/guides/">' in client.get("/guides/").content.decode()
    html = client.get("/guides/?category=web-software&page=2").content.decode()
    assert '<link rel="canonical" href="http://localhost/guides/?category=web-software&amp;page=2">' in html
    html = client.get("/guides/?category=web-software").content.decode()
    assert '<link rel="canonical" href="http://localhost/guides/?category=web-software">' in html


def test_home_page_shows_the_latest_guides_and_the_call_to_action(client):
    HomePage.objects.filter(pk=home_page().pk).update(latest_count=2)
    site_chrome(
        default_cta=CallToActionFactory(
            heading="Not sure which backend framework fits?", button_label="Book a 30-minute discovery call"
        )
    )
    guides_published_on(7, 21, 14)
    html = client.get("/").content.decode()
    # With no editor's choice the newest guide leads the page, and the cards list the next ones.
    assert BeautifulSoup(html, "html.parser").select_one(".featured__title").get_text(strip=True) == "Guide of June 21"
    assert card_titles(html) == ["Guide of June 14", "Guide of June 7"]
    assert '<h2 id="cta-heading">Not sure which backend framework fits?</h2>' in html
    assert '<a class="button" href="https://example.com/book">Book a 30-minute discovery call</a>' in html


def test_content_pages_for_case_studies_and_services_are_served(client):
    ContentPageFactory(title="Case studies", slug="case-studies")
    services = ContentPageFactory(title="Services", slug="services")
    ContentPageFactory(title="Custom software development", slug="custom-software-development", parent=services)
    ContentPageFactory(title="Web application development", slug="web-application-development", parent=services)
    for url, heading in [
        ("/case-studies/", "<h1>Case studies</h1>"),
        ("/services/custom-software-development/", "<h1>Custom software development</h1>"),
        ("/services/web-application-development/", "<h1>Web application development</h1>"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert heading in response.content.decode(), url


def test_an_unknown_address_gets_the_site_not_found_page(client):
    site_chrome(header_cta=CallToActionFactory(button_label="Book a 30-minute discovery call"))
    GuidePageFactory()
    response = client.get("/guides/no-such-guide/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "<h1>Page not found</h1>" in html
    assert 'href="https://example.com/book">Book a 30-minute discovery call</a>' in html


def test_related_guides_without_picks_are_the_newest_others_of_the_same_category(client, web, mobile):
    GuidePageFactory(title="Oldest web guide", category=web, first_published_at=on(1))
    GuidePageFactory(title="Older web guide", category=web, first_published_at=on(2))
    GuidePageFactory(title="Newer web guide", category=web, first_published_at=on(3))
    GuidePageFactory(title="Newest mobile guide", category=mobile, first_published_at=on(9))
    guide = GuidePageFactory(
        title="Django vs Flask", category=web, first_published_at=on(10), related=[related_guides(count=2)]
    )
    assert card_titles(client.get(guide.url).content.decode()) == ["Newer web guide", "Older web guide"]


def test_related_guides_show_the_editors_picks_first_then_the_newest_of_the_category(client, web, mobile):
    older_pick = GuidePageFactory(title="App development tools", category=mobile, first_published_at=on(1))
    newer_pick = GuidePageFactory(title="App monetization", category=mobile, first_published_at=on(2))
    GuidePageFactory(title="Oldest web guide", category=web, first_published_at=on(3))
    GuidePageFactory(title="Newer web guide", category=web, first_published_at=on(4))
    GuidePageFactory(title="Newest web guide", category=web, first_published_at=on(5))
    guide = GuidePageFactory(
        title="Django vs Flask",
        category=web,
        first_published_at=on(6),
        related=[related_guides(older_pick, newer_pick, count=4)],
    )
    assert card_titles(client.get(guide.url).content.decode()) == [
        "App development tools",
        "App monetization",
        "Newest web guide",
        "Newer web guide",
    ]


def test_the_not_found_page_answers_even_before_any_site_exists(client):
    response = client.get("/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


def test_home_cards_show_each_guides_picture_lazily_at_a_fixed_shape_and_no_picture_without_a_hero(client, web):
    laptop = ImageFactory(description="A laptop on a standing desk")
    guides_published_on(3, 5, 7, 9, hero_image=laptop, category=web)  # June 9, the newest, leads on its own
    GuidePageFactory(title="Guide of June 8", first_published_at=on(8), hero_image=None, category=web)
    GuidePage.objects.filter(title="Guide of June 5").update(hero_image=ImageFactory(description="Racks of servers"))
    client.get("/")  # the first view asks the worker for the card renditions (immediate in tests)

    cards = BeautifulSoup(client.get("/").content, "html.parser").select(".cards > li")

    pictured = [
        (card.select_one(".card__title").get_text(strip=True), card.img["alt"], card.img["loading"])
        for card in cards
        if card.img
    ]
    assert [card.select_one(".card__title").get_text(strip=True) for card in cards] == [
        "Guide of June 8",
        "Guide of June 7",
        "Guide of June 5",
        "Guide of June 3",
    ]
    assert pictured == [
        ("Guide of June 7", "A laptop on a standing desk", "lazy"),
        ("Guide of June 5", "Racks of servers", "lazy"),
        ("Guide of June 3", "A laptop on a standing desk", "lazy"),
    ]
    for card in cards[1:]:
        img = card.img
        assert (img["width"], img["height"]) == ("400", "225")
        assert re.fullmatch(r"/media/images/[\w-]+\.2e16d0ba\.format-jpeg\.fill-400x225\.jpg", img["src"]), img["src"]
        assert [source["type"] for source in card.select("picture source")] == ["image/webp"]
        assert re.fullmatch(
            r"/media/images/[\w-]+\.2e16d0ba\.format-webp\.fill-400x225\.webp 400w, "
            r"/media/images/[\w-]+\.2e16d0ba\.format-webp\.fill-800x450\.webp 800w",
            card.select_one("picture source")["srcset"],
        )
    assert cards[0].select("img, picture") == []  # no hero: no picture, not a broken one


def test_home_lists_the_categories_that_have_guides_linked_to_the_filtered_index(client, web, mobile):
    GuideCategoryFactory(name="Data & AI", slug="data-ai")  # no guide in it: not listed
    guides_published_on(3, category=web)
    guides_published_on(4, 5, category=mobile)

    page = BeautifulSoup(client.get("/").content, "html.parser")

    assert page.select_one("#categories-heading").get_text(strip=True) == "Browse by category"
    assert [(link.get_text(strip=True), link["href"]) for link in page.select(".home-categories a")] == [
        ("Mobile & apps", "/guides/?category=mobile-apps"),
        ("Web & software", "/guides/?category=web-software"),
    ]
