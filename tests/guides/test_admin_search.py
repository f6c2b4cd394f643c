"""Editors find guides in the admin through Wagtail's search index (tests turn it on with `search_index`)."""

import pytest
from bs4 import BeautifulSoup

from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


def result_titles(html):
    return [
        " ".join(link.get_text().split())
        for link in BeautifulSoup(html, "html.parser").select("td.title .title-wrapper a")
    ]


def test_admin_page_search_finds_a_guide_by_a_word_of_its_title(admin_client, search_index):
    GuidePageFactory(title="Choosing a message queue")
    GuidePageFactory(title="Caching for APIs")
    response = admin_client.get("/admin/pages/search/", {"q": "queue"})
    assert response.status_code == 200
    assert result_titles(response.content.decode()) == ["Choosing a message queue"]


def test_admin_page_search_finds_a_guide_by_a_word_of_its_body(admin_client, search_index):
    from tests.guides.factories import paragraph

    GuidePageFactory(title="Choosing a message queue", body=[paragraph("<p>Partitions keep ordering per key.</p>")])
    GuidePageFactory(title="Caching for APIs")

    response = admin_client.get("/admin/pages/search/", {"q": "partitions"})

    assert result_titles(response.content.decode()) == ["Choosing a message queue"]


def test_admin_search_finds_frameworks_data_by_name(admin_client, search_index):
    from tests.frameworks.factories import FrameworkFactory

    FrameworkFactory(name="Litestar")
    FrameworkFactory(name="Django")

    response = admin_client.get("/admin/snippets/frameworks/framework/", {"q": "litestar"})

    rows = BeautifulSoup(response.content.decode(), "html.parser").select("table.listing tbody tr")
    assert [" ".join(row.find("a").get_text().split()) for row in rows] == ["Litestar"]
