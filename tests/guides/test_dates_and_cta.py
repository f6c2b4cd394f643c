"""Published and updated dates, and the call to action a guide shows."""

from datetime import UTC, datetime
from unittest import mock

import pytest
from django.core.exceptions import ValidationError

from guides.models import CallToAction
from tests.guides.factories import CallToActionFactory, ContentPageFactory, GuidePageFactory, site_chrome
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db


@pytest.fixture
def discovery_call():
    """The site's default call to action."""
    cta = CallToActionFactory(
        name="Discovery call", heading="Not sure which backend framework fits?", button_label="Book a call"
    )
    site_chrome(default_cta=cta)
    return cta


def test_a_new_guide_shows_its_publish_date_as_published_and_updated(client):
    guide = GuidePageFactory(first_published_at=datetime(2026, 6, 28, 9, 0, tzinfo=UTC))
    html = client.get(guide.url).content.decode()
    assert 'Published <time datetime="2026-06-28">Jun 28, 2026</time>' in html
    assert 'Updated <time datetime="2026-06-28">Jun 28, 2026</time>' in html


def test_publishing_a_revision_moves_the_updated_date_and_keeps_the_published_date(client):
    guide = GuidePageFactory(first_published_at=datetime(2026, 6, 28, 9, 0, tzinfo=UTC))
    guide.standfirst = "A revised summary."
    with mock.patch("django.utils.timezone.now", return_value=datetime(2026, 7, 15, 14, 30, tzinfo=UTC)):
        guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    assert "A revised summary." in html
    assert 'Published <time datetime="2026-06-28">Jun 28, 2026</time>' in html
    assert 'Updated <time datetime="2026-07-15">Jul 15, 2026</time>' in html


def test_a_guide_without_its_own_cta_shows_the_site_default(client, discovery_call):
    guide = GuidePageFactory()
    html = client.get(guide.url).content.decode()
    assert '<h2 id="cta-heading">Not sure which backend framework fits?</h2>' in html
    assert '<a class="button" href="https://example.com/book">Book a call</a>' in html


def test_a_guide_can_choose_its_own_cta_wording(client, discovery_call):
    own = CallToActionFactory(
        name="Python help",
        eyebrow="Python projects",
        heading="Planning a Django build?",
        button_label="Talk to our Python team",
        link_url="https://example.com/python",
    )
    guide = GuidePageFactory(cta=own)
    html = client.get(guide.url).content.decode()
    assert '<p class="eyebrow">Python projects</p>' in html
    assert '<h2 id="cta-heading">Planning a Django build?</h2>' in html
    assert '<a class="button" href="https://example.com/python">Talk to our Python team</a>' in html
    assert "Not sure which backend framework fits?" not in html


def test_editing_the_shared_cta_changes_every_page_that_uses_it(client, discovery_call):
    guide = GuidePageFactory()
    ContentPageFactory(title="Case studies", slug="case-studies")
    discovery_call.heading = "Still weighing frameworks?"
    discovery_call.save()
    for url in [guide.url, home_page().url, "/case-studies/"]:
        html = client.get(url).content.decode()
        assert '<h2 id="cta-heading">Still weighing frameworks?</h2>' in html, url
        assert "Not sure which backend framework fits?" not in html, url


def test_a_cta_button_links_to_its_chosen_page(client, discovery_call):
    discovery_call.link_page = ContentPageFactory(title="Contact", slug="contact")
    discovery_call.link_url = ""
    discovery_call.save()
    guide = GuidePageFactory()
    html = client.get(guide.url).content.decode()
    # A button to one of our own pages says which guide and CTA the visitor came from.
    assert f'<a class="button" href="/contact/?guide={guide.pk}&amp;cta={discovery_call.pk}">Book a call</a>' in html


def test_a_cta_needs_a_page_or_a_url():
    cta = CallToAction(name="Broken", heading="Heading", button_label="Go")
    with pytest.raises(ValidationError) as error:
        cta.full_clean()
    assert error.value.message_dict["link_page"] == ["Choose a page or enter a URL for the button."]


def test_republishing_with_only_seo_fields_changed_keeps_the_updated_date(client):
    guide = GuidePageFactory(first_published_at=datetime(2026, 6, 28, 9, 0, tzinfo=UTC))
    guide.seo_title = "Queues compared for search results"
    guide.search_description = "A new description for search engines."
    with mock.patch("django.utils.timezone.now", return_value=datetime(2026, 7, 15, 14, 30, tzinfo=UTC)):
        guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    assert 'Updated <time datetime="2026-06-28">Jun 28, 2026</time>' in html


def test_an_editor_chosen_updated_date_wins_over_the_publish_time(client):
    guide = GuidePageFactory(first_published_at=datetime(2026, 6, 28, 9, 0, tzinfo=UTC))
    guide.standfirst = "A corrected typo."
    guide.updated_at = datetime(2026, 6, 30, 8, 0, tzinfo=UTC)
    with mock.patch("django.utils.timezone.now", return_value=datetime(2026, 7, 15, 14, 30, tzinfo=UTC)):
        guide.save_revision().publish()
    html = client.get(guide.url).content.decode()
    assert 'Updated <time datetime="2026-06-30">Jun 30, 2026</time>' in html
