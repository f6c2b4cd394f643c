"""Which call to action a page shows (the guide's own, its category's, the site's) and where: the
end-of-guide band, an inline block and the header button, each carrying its source to the booking page."""

import pytest
from bs4 import BeautifulSoup

from tests.guides.factories import (
    CallToActionFactory,
    ContentPageFactory,
    GuideCategoryFactory,
    GuidePageFactory,
    site_chrome,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def general():
    cta = CallToActionFactory(name="Talk to us", heading="Talk your project through with us")
    site_chrome(default_cta=cta)
    return cta


def band_heading(client, url):
    return BeautifulSoup(client.get(url).content, "html.parser").select_one(".cta-band h2").get_text()


def test_a_guide_in_a_category_with_its_own_default_shows_the_categorys_cta(client, general):
    backend = CallToActionFactory(heading="Not sure which backend framework fits?")
    guide = GuidePageFactory(category=GuideCategoryFactory(name="Engineering", default_cta=backend))
    assert band_heading(client, guide.url) == "Not sure which backend framework fits?"


def test_a_guides_own_cta_wins_over_its_categorys(client, general):
    category = GuideCategoryFactory(name="Engineering", default_cta=CallToActionFactory(heading="Category's"))
    guide = GuidePageFactory(category=category, cta=CallToActionFactory(heading="The guide's own"))
    assert band_heading(client, guide.url) == "The guide's own"


def test_a_guide_in_a_category_without_a_default_shows_the_site_default(client, general):
    guide = GuidePageFactory(category=GuideCategoryFactory(name="Product & UX"))
    assert band_heading(client, guide.url) == "Talk your project through with us"


def test_an_inline_cta_block_shows_the_chosen_cta_between_sections(client, general):
    chosen = CallToActionFactory(heading="Planning a Django build?", button_label="Talk to our Python team")
    guide = GuidePageFactory(body=[{"type": "cta", "value": {"cta": chosen.pk}}])
    inline = BeautifulSoup(client.get(guide.url).content, "html.parser").select_one(".guide-body aside.cta-inline")
    assert inline.h2.get_text() == "Planning a Django build?"
    assert inline.select_one("a.button").get_text() == "Talk to our Python team"
    assert inline["aria-labelledby"] == inline.h2["id"]


def test_an_inline_cta_block_left_blank_shows_the_pages_cta(client, general):
    guide = GuidePageFactory(body=[{"type": "cta", "value": {"cta": None}}])
    inline = BeautifulSoup(client.get(guide.url).content, "html.parser").select_one("aside.cta-inline")
    assert inline.h2.get_text() == "Talk your project through with us"


def test_the_header_button_on_a_guide_names_the_guide_and_the_header_cta(client):
    booking = ContentPageFactory(title="Book a call", slug="book")
    header = CallToActionFactory(button_label="Book a call", link_page=booking, link_url="")
    site_chrome(header_cta=header)
    guide = GuidePageFactory()
    button = BeautifulSoup(client.get(guide.url).content, "html.parser").select_one(".site-header a.button")
    assert button["href"] == f"/book/?guide={guide.pk}&cta={header.pk}"


def test_a_button_to_an_outside_address_is_left_as_written(client):
    site_chrome(default_cta=CallToActionFactory(link_url="https://example.com/book"))
    guide = GuidePageFactory()
    button = BeautifulSoup(client.get(guide.url).content, "html.parser").select_one(".cta-band a.button")
    assert button["href"] == "https://example.com/book"


def test_the_demo_gives_the_backend_guide_the_backend_cta_and_other_pages_the_general_one(client, demo_content):
    assert band_heading(client, "/guides/backend-frameworks-compared/") == "Not sure which backend framework fits?"
    for url in ["/", "/case-studies/", "/services/"]:
        assert band_heading(client, url) == "Talk your project through with us", url
    other_guides = BeautifulSoup(client.get("/guides/").content, "html.parser").select(".card a[href^='/guides/']")
    other = next(a["href"] for a in other_guides if "backend-frameworks-compared" not in a["href"])
    assert band_heading(client, other) == "Talk your project through with us"
