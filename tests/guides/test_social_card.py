"""Every guide and case study has a 1200×630 social image: the hero's rendition, or a card drawn from
its title and category, drawn once and used for Open Graph, Twitter and the Article JSON-LD."""

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from PIL import Image

from guides.models import SocialCard
from guides.models.social_cards import social_image
from tests.guides.factories import CaseStudyPageFactory, GuideCategoryFactory, GuidePageFactory, ImageFactory

pytestmark = pytest.mark.django_db

# The site, the pages on the way, the guide with its byline's records, its people and the chrome.
QUERIES_WITH_SOCIAL_IMAGE = 5


def head(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser")


def meta(soup, **attrs):
    tag = soup.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def article_image(soup):
    documents = [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]
    return next(document for document in documents if document["@type"] == "Article")["image"]


def served_file(url):
    """The media file behind an absolute media URL."""
    return Path(settings.MEDIA_ROOT) / url.removeprefix("http://localhost/media/")


@pytest.fixture
def guide():
    return GuidePageFactory(title="Queues compared", category=GuideCategoryFactory(name="Engineering"))


def test_a_guide_without_a_hero_gets_a_1200_by_630_card_in_open_graph(client, guide):
    soup = head(client, guide.url)
    url = meta(soup, property="og:image")
    assert url.startswith("http://localhost/media/social-cards/page-")
    assert (meta(soup, property="og:image:width"), meta(soup, property="og:image:height")) == ("1200", "630")
    with Image.open(served_file(url)) as card:
        assert card.size == (1200, 630)


def test_the_card_is_described_by_its_category_and_title(client, guide):
    soup = head(client, guide.url)
    assert meta(soup, property="og:image:alt") == "Engineering: Queues compared"
    assert meta(soup, name="twitter:image:alt") == "Engineering: Queues compared"


def test_the_card_is_the_twitter_large_image_and_the_article_image_with_its_size(client, guide):
    soup = head(client, guide.url)
    url = meta(soup, property="og:image")
    assert meta(soup, name="twitter:card") == "summary_large_image"
    assert meta(soup, name="twitter:image") == url
    assert article_image(soup) == {"@type": "ImageObject", "url": url, "width": 1200, "height": 630}


def test_the_card_is_drawn_once_and_served_again_without_drawing(client, guide, monkeypatch):
    first = meta(head(client, guide.url), property="og:image")

    def draw_again(*args, **kwargs):
        raise AssertionError("the card was drawn a second time")

    monkeypatch.setattr("guides.models.social_cards.draw_card", draw_again)
    assert meta(head(client, guide.url), property="og:image") == first
    assert SocialCard.objects.count() == 1


def test_renaming_a_guide_draws_a_new_card_of_its_new_title_in_place_of_the_old(client, guide):
    first = meta(head(client, guide.url), property="og:image")
    guide.title = "Message queues compared"
    guide.save_revision().publish()

    second = meta(head(client, guide.url), property="og:image")
    # A guide that had the new title from the start gets the very same picture.
    twin = GuidePageFactory(title="Message queues compared", category=guide.category)
    twin_card = meta(head(client, twin.url), property="og:image")
    assert served_file(second).read_bytes() == served_file(twin_card).read_bytes()
    assert not served_file(first).exists()
    assert SocialCard.objects.filter(page=guide).count() == 1
    assert meta(head(client, guide.url), property="og:image:alt") == "Engineering: Message queues compared"


def test_a_guide_with_a_drawn_card_takes_the_queries_of_a_guide_with_a_hero(client, guide, django_assert_num_queries):
    hero_guide = GuidePageFactory(hero_image=ImageFactory(), category=guide.category, author=guide.author)
    client.get(guide.url)  # draws the card; both renders fill Wagtail's caches and make the rendition
    client.get(hero_guide.url)
    with django_assert_num_queries(QUERIES_WITH_SOCIAL_IMAGE):
        client.get(hero_guide.url)
    with django_assert_num_queries(QUERIES_WITH_SOCIAL_IMAGE):
        client.get(guide.url)


def test_a_guide_with_a_hero_uses_its_1200_by_630_rendition(client):
    guide = GuidePageFactory(hero_image=ImageFactory())
    soup = head(client, guide.url)
    url = meta(soup, property="og:image")
    assert url.endswith(".fill-1200x630.format-jpeg.jpg")
    assert article_image(soup) == {"@type": "ImageObject", "url": url, "width": 1200, "height": 630}
    assert SocialCard.objects.count() == 0


def test_a_case_study_card_is_drawn_from_its_sector_and_title(client):
    case_study = CaseStudyPageFactory(title="Live tracking", client_sector="Logistics")
    soup = head(client, case_study.url)
    assert meta(soup, property="og:image:alt") == "Logistics: Live tracking"
    assert meta(soup, name="twitter:card") == "summary_large_image"
    assert article_image(soup)["width"] == 1200


def test_previewing_a_new_title_draws_no_card_and_keeps_none(guide):
    guide.title = "Unannounced merger guide"
    response = guide.make_preview_request()
    soup = BeautifulSoup(response.rendered_content, "html.parser")
    assert response.status_code == 200
    assert meta(soup, property="og:image") is None
    assert SocialCard.objects.count() == 0


def test_previewing_a_page_never_saved_draws_no_card():
    unsaved = GuidePageFactory.build(title="Not saved yet", category=GuideCategoryFactory(name="Engineering"))

    assert social_image(unsaved, "Engineering") is None
    assert SocialCard.objects.count() == 0


def test_a_card_the_media_storage_refuses_leaves_the_page_served_without_one(client, guide, monkeypatch):
    """A bucket out of reach (or credentials refused) while the card is stored must not fail the page."""

    def refused(*args, **kwargs):
        raise OSError("the media storage refused the card")

    monkeypatch.setattr("django.core.files.storage.FileSystemStorage._save", refused)

    response = client.get(guide.url)

    assert response.status_code == 200
    assert meta(BeautifulSoup(response.content, "html.parser"), property="og:image") is None
    assert not SocialCard.objects.exists()
