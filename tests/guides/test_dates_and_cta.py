"""Published and updated dates, and the call to action a guide shows."""

import datetime

import pytest
from django.utils import timezone

from guides.models import CallToAction
from tests.conftest import DEMO_GUIDE_URL

pytestmark = pytest.mark.django_db


def test_publishing_a_revision_moves_the_updated_date_and_keeps_the_published_date(client, demo_guide):
    demo_guide.standfirst = "A revised summary."
    demo_guide.save_revision().publish()
    html = client.get(DEMO_GUIDE_URL).content.decode()
    today = timezone.now().date()
    assert 'Published <time datetime="2026-06-28">Jun 28, 2026</time>' in html
    assert f'Updated <time datetime="{today:%Y-%m-%d}">' in html
    assert today != datetime.date(2026, 6, 28)


def test_a_guide_without_its_own_cta_shows_the_site_default(client):
    html = client.get(DEMO_GUIDE_URL).content.decode()
    assert '<h2 id="cta-heading">Not sure which backend framework fits?</h2>' in html


def test_a_guide_can_choose_its_own_cta_wording(client, demo_guide):
    own = CallToAction.objects.create(
        name="Python help",
        eyebrow="Python projects",
        heading="Planning a Django build?",
        button_label="Talk to our Python team",
        link_url="https://example.com/python",
    )
    demo_guide.cta = own
    demo_guide.save_revision().publish()
    html = client.get(DEMO_GUIDE_URL).content.decode()
    assert '<h2 id="cta-heading">Planning a Django build?</h2>' in html
    assert '<a class="button" href="https://example.com/python">Talk to our Python team</a>' in html
    assert "Not sure which backend framework fits?" not in html


def test_editing_the_shared_cta_changes_every_page_that_uses_it(client):
    CallToAction.objects.filter(name="Discovery call").update(heading="Still weighing frameworks?")
    for url in [DEMO_GUIDE_URL, "/", "/case-studies/"]:
        assert "Still weighing frameworks?" in client.get(url).content.decode(), url


def test_a_cta_needs_a_page_or_a_url(db):
    from django.core.exceptions import ValidationError

    cta = CallToAction(name="Broken", heading="Heading", button_label="Go")
    with pytest.raises(ValidationError) as error:
        cta.full_clean()
    assert error.value.message_dict["link_page"] == ["Choose a page or enter a URL for the button."]
