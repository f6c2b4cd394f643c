"""The guide index (newest first, by category, paginated) and the home page."""

import json
import re

import pytest

from guides.models import GuideIndexPage, GuidePage

pytestmark = pytest.mark.django_db


def card_titles(html):
    return re.findall(r'<h3 class="card__title"><a href="[^"]+">([^<]+)</a></h3>', html)


def test_index_lists_guides_newest_first(client):
    titles = card_titles(client.get("/guides/").content.decode())
    assert titles[0] == "Backend frameworks compared: a fair 2026 guide to choosing one"
    assert len(titles) == 10


def test_index_filters_by_category(client):
    html = client.get("/guides/?category=mobile-apps").content.decode()
    assert card_titles(html) == [
        "App Monetization Strategies: How to Make Money From Your App",
        "App development tools",
    ]
    assert 'aria-current="page">Mobile &amp; apps</a>' in html


def test_an_unknown_category_is_not_found(client):
    assert client.get("/guides/?category=no-such-thing").status_code == 404


def test_index_is_paginated(client):
    GuideIndexPage.objects.update(per_page=4)
    first = client.get("/guides/").content.decode()
    last = client.get("/guides/?page=3").content.decode()
    assert len(card_titles(first)) == 4
    assert len(card_titles(last)) == 2
    assert "Page 1 of 3" in first and 'rel="next"' in first
    assert 'rel="prev"' in last and 'rel="next"' not in last


def test_out_of_range_page_shows_the_last_page(client):
    GuideIndexPage.objects.update(per_page=4)
    assert "Page 3 of 3" in client.get("/guides/?page=99").content.decode()


def test_home_page_shows_the_latest_guides_and_the_call_to_action(client):
    html = client.get("/").content.decode()
    assert card_titles(html)[0] == "Backend frameworks compared: a fair 2026 guide to choosing one"
    assert len(card_titles(html)) == 6
    assert "Not sure which backend framework fits?" in html
    assert "Book a 30-minute discovery call" in html


def test_content_pages_for_case_studies_and_services_are_served(client):
    for url in ["/case-studies/", "/services/custom-software-development/", "/services/web-application-development/"]:
        response = client.get(url)
        assert response.status_code == 200, url


def test_a_guide_with_few_picks_is_topped_up_from_its_category(client):
    guide = GuidePage.objects.get(slug="django-vs-flask")
    html = client.get(guide.url).content.decode()
    titles = card_titles(html)
    assert len(titles) == 3
    assert "Django vs Flask: choosing a Python web framework" not in titles
    assert {GuidePage.objects.get(title=title).category.name for title in titles} == {"Web & software"}


def test_filtered_and_later_index_pages_are_their_own_canonical_documents(client):
    GuideIndexPage.objects.update(per_page=4)
    assert '<link rel="canonical" href="http://127.0.0.1:8000/guides/">' in client.get("/guides/").content.decode()
    html = client.get("/guides/?category=web-software&page=2").content.decode()
    assert '<link rel="canonical" href="http://127.0.0.1:8000/guides/?category=web-software&amp;page=2">' in html


def test_an_unknown_address_gets_the_site_not_found_page(client):
    response = client.get("/guides/no-such-guide/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()
    assert "Book a 30-minute discovery call" in response.content.decode()


def test_related_guides_show_the_editors_picks_first_then_the_newest_of_the_category(client):
    guide = GuidePage.objects.get(slug="django-vs-flask")
    pick = GuidePage.objects.get(slug="app-development-tools")
    related = guide.related.get_prep_value()
    related[0]["value"]["picks"] = [{"type": "item", "value": pick.pk, "id": "pick-1"}]
    related[0]["value"]["count"] = 3
    guide.related = json.dumps(related)
    guide.save_revision().publish()
    titles = card_titles(client.get(guide.url).content.decode())
    assert titles == [
        "App development tools",
        "Shopify Store Optimization Guide",
        "REST vs GraphQL: which API style for your product",
    ]
