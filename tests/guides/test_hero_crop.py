"""The guide editor shows how the hero is cropped around the image's focal point, and where to choose it."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.guides.factories import GuidePageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def crop_panel(admin_client, guide):
    html = admin_client.get(reverse("wagtailadmin_pages:edit", args=[guide.pk])).content.decode()
    return BeautifulSoup(html, "html.parser").select_one("section.hero-crop")


def test_the_editor_shows_the_crop_around_the_focal_point_and_links_to_choosing_it(admin_client):
    image = ImageFactory(title="Racks", description="Server racks", width=1600, height=900)
    image.focal_point_x, image.focal_point_y, image.focal_point_width, image.focal_point_height = 1200, 300, 100, 100
    image.save()
    guide = GuidePageFactory(hero_image=image)

    panel = crop_panel(admin_client, guide)

    assert panel.select_one("a")["href"] == reverse("wagtailimages:edit", args=[image.pk])
    assert [" ".join(caption.get_text().split()) for caption in panel.select("figcaption")] == [
        "Wide, 16:9",
        "Social card, 1200 × 630",
    ]
    assert all("object-position:75% 33%" in img["style"] for img in panel.select("img"))


def test_without_a_focal_point_the_editor_says_the_crop_keeps_the_middle(admin_client):
    guide = GuidePageFactory(hero_image=ImageFactory(title="Racks", description="Server racks"))

    panel = crop_panel(admin_client, guide)

    assert "this image has none, so they keep its middle" in panel.get_text()
    assert all("object-position:50% 50%" in img["style"] for img in panel.select("img"))
