"""An editor writes and publishes a guide through the Wagtail admin."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from guides.models import GuidePage
from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuideCategoryFactory, GuideIndexPageFactory, GuidePageFactory

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


def test_publishing_is_refused_with_the_message_on_the_paragraph_that_cites_no_source(
    admin_client, client, add_guide_url
):
    response = admin_client.post(add_guide_url, guide_form(sources=streamfield([])))

    assert response.status_code == 200
    body_error = response.context["form"].errors.as_data()["body"][0]
    message = "Cites [cite:docs], but no source has that key. Add the source or fix the marker."
    assert body_error.as_json_data() == {"blockErrors": {1: {"messages": [message]}}}
    assert "Cites [cite:docs], but no source has that key." in response.content.decode()
    assert client.get("/guides/choosing-a-message-queue/").status_code == 404


def test_a_draft_with_a_citation_of_no_source_saves_with_everything_typed(admin_client, add_guide_url):
    form = guide_form(sources=streamfield([]))
    del form["action-publish"]

    response = admin_client.post(add_guide_url, form)

    assert response.status_code == 302
    draft = GuidePage.objects.get(slug="choosing-a-message-queue").get_latest_revision_as_object()
    assert draft.live is False
    assert [block.block_type for block in draft.body] == ["heading", "paragraph"]
    assert "Throughput and ordering come first [cite:docs].</p>" in draft.body[1].value.source


def test_autosave_succeeds_while_a_paragraph_cites_a_source_not_yet_added(admin_client):
    guide = GuidePageFactory(title="Choosing a message queue", slug="choosing-a-message-queue")
    edit_url = reverse("wagtailadmin_pages:edit", args=[guide.pk])
    form = guide_form(sources=streamfield([]), category=guide.category_id, author=guide.author_id)
    del form["action-publish"]

    response = admin_client.post(edit_url, form, headers={"accept": "application/json"})

    assert response.status_code == 200, response.content
    assert response.json()["success"] is True
    draft = GuidePage.objects.get(pk=guide.pk).get_latest_revision_as_object()
    assert "Throughput and ordering come first [cite:docs].</p>" in draft.body[1].value.source
