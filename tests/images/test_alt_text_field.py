"""The image form names its description for what it is: the alt text screen readers read out."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from tests.guides.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_the_image_editor_labels_the_description_as_alt_text_and_says_what_to_write(admin_client):
    image = ImageFactory(title="Racks")
    html = admin_client.get(reverse("wagtailimages:edit", args=[image.pk])).content.decode()
    soup = BeautifulSoup(html, "html.parser")
    field = soup.find("input", attrs={"name": "description"}) or soup.find("textarea", attrs={"name": "description"})
    label = soup.find("label", attrs={"for": field["id"]})
    help_text = soup.find(id=f"{field['id']}-helptext")

    assert " ".join(label.get_text().split()) == "Alt text (description)"
    assert " ".join(help_text.get_text().split()) == (
        "What the picture shows, in a sentence, for readers who cannot see it: screen readers read it out "
        "wherever the image appears. Not the file name; leave out 'image of'."
    )
