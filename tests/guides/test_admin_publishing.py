"""An editor writes and publishes a guide through the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuideCategoryFactory, GuideIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def add_guide_url():
    index = GuideIndexPageFactory()
    return reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk])


def guide_form(**overrides):
    data = {
        "title": "Choosing a message queue",
        "slug": "choosing-a-message-queue",
        "standfirst": "Kafka, RabbitMQ or a managed queue: what decides it.",
        "category": GuideCategoryFactory(name="Engineering").pk,
        "author": AuthorPageFactory(title="Kanika Mathur").pk,
        "body": streamfield(
            [
                ("heading", {"text": "Start with the workload", "level": "h2", "anchor": ""}),
                ("paragraph", rich_text("<p>Throughput and ordering come first [cite:docs].</p>")),
            ]
        ),
        "sources": streamfield(
            [
                (
                    "source",
                    {
                        "key": "docs",
                        "publisher": "RabbitMQ",
                        "title": "Documentation",
                        "detail": "",
                        "note": "",
                        "url": "",
                    },
                )
            ]
        ),
        "related": streamfield([]),
        "action-publish": "Publish",
    }
    data.update(overrides)
    return nested_form_data(data)


def test_an_editor_publishes_a_new_guide_and_readers_see_it(admin_client, client, add_guide_url):
    response = admin_client.post(add_guide_url, guide_form())

    assert response.status_code == 302, response.context["form"].errors if response.context else response
    reader_view = client.get("/guides/choosing-a-message-queue/")
    assert reader_view.status_code == 200
    html = reader_view.content.decode()
    assert '<h2 id="start-with-the-workload">Start with the workload</h2>' in html
    assert '<a href="#source-docs" aria-label="Source 1">[1]</a>' in html
    assert 'By <a href="/authors/kanika-mathur/" rel="author">Kanika Mathur</a>, Engineer' in html
    assert "1 min read" in html


def test_the_editor_names_the_field_when_a_citation_has_no_source(admin_client, client, add_guide_url):
    response = admin_client.post(add_guide_url, guide_form(sources=streamfield([])))

    assert response.status_code == 200
    assert response.context["form"].errors["body"] == [
        "Cites [cite:docs], but no source has that key. Add the source or fix the marker."
    ]
    assert client.get("/guides/choosing-a-message-queue/").status_code == 404
