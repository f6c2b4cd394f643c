"""A guide's old address keeps working when its slug changes or it moves (Wagtail's redirects app)."""

import pytest

from tests.guides.factories import GuideIndexPageFactory, GuidePageFactory
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db


def test_changing_a_guides_slug_redirects_its_old_address(client, django_capture_on_commit_callbacks):
    guide = GuidePageFactory(title="Queues compared", slug="queues-compared")
    guide.slug = "message-queues-compared"
    with django_capture_on_commit_callbacks(execute=True):  # Wagtail signals the change once it commits
        guide.save_revision().publish()

    response = client.get("/guides/queues-compared/")

    assert response.status_code == 301
    assert response["Location"] == "/guides/message-queues-compared/"
    assert client.get("/guides/message-queues-compared/").status_code == 200


def test_moving_a_guide_redirects_its_old_address(client):
    guide = GuidePageFactory(title="Queues compared", slug="queues-compared")
    archive = GuideIndexPageFactory(title="Archive", slug="archive", parent=home_page())

    guide.move(archive, pos="last-child")

    response = client.get("/guides/queues-compared/")
    assert response.status_code == 301
    assert response["Location"] == "/archive/queues-compared/"
