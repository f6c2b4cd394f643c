"""An editor writes and publishes a guide through the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from authors.models import AuthorPage
from guides.models import GuideCategory, GuideIndexPage, GuidePage

pytestmark = pytest.mark.django_db


def guide_form(**overrides):
    data = {
        "title": "Choosing a message queue",
        "slug": "choosing-a-message-queue",
        "standfirst": "Kafka, RabbitMQ or a managed queue: what decides it.",
        "category": GuideCategory.objects.get(name="Engineering").pk,
        "author": AuthorPage.objects.get(slug="kanika-mathur").pk,
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


def test_an_editor_publishes_a_new_guide_and_readers_see_it(admin_client, client):
    index = GuideIndexPage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk])
    response = admin_client.post(url, guide_form())
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    guide = GuidePage.objects.get(slug="choosing-a-message-queue")
    assert guide.live
    html = client.get("/guides/choosing-a-message-queue/").content.decode()
    assert '<h2 id="start-with-the-workload">Start with the workload</h2>' in html
    assert '<a href="#source-docs" aria-label="Source 1">[1]</a>' in html
    assert "1 min read" in html


def test_the_editor_names_the_field_when_a_citation_has_no_source(admin_client):
    index = GuideIndexPage.objects.get()
    url = reverse("wagtailadmin_pages:add", args=["guides", "guidepage", index.pk])
    response = admin_client.post(url, guide_form(sources=streamfield([])))
    assert response.status_code == 200
    assert response.context["form"].errors["body"] == [
        "Cites [cite:docs], but no source has that key. Add the source or fix the marker."
    ]
    assert not GuidePage.objects.filter(slug="choosing-a-message-queue").exists()
