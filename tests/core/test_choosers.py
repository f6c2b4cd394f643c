"""A page resolves every record and page its blocks choose together (core/choosers.py): the same HTML
as each block fetching its own, in one query per model however many blocks choose."""

import json

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext

from guides.models import GuidePage
from tests.conftest import DEMO_GUIDE_URL
from tests.guides.factories import (
    ContentPageFactory,
    GuidePageFactory,
    guide_index,
    paragraph,
    related_guides,
    site_chrome,
)

pytestmark = pytest.mark.django_db


def each_block_fetching_its_own(monkeypatch):
    """Leave every block to fetch its own records and pages, as Wagtail's do."""
    monkeypatch.setattr(GuidePage, "resolve_choices", lambda self, *stream_values: None)


def test_the_demo_guide_is_the_same_html_as_with_each_block_fetching_its_own(client, demo_guide, monkeypatch):
    together = client.get(DEMO_GUIDE_URL)
    each_block_fetching_its_own(monkeypatch)
    one_by_one = client.get(DEMO_GUIDE_URL)

    assert (together.status_code, one_by_one.status_code) == (200, 200)
    assert b"<h1>Backend frameworks compared" in together.content
    assert together.content.decode() == one_by_one.content.decode()


def link(page, text):
    return f'<a linktype="page" id="{page.pk}">{text}</a>'


def guide_choosing(count):
    """A guide whose rich text links to `count` pages, which picks `count` related guides, on a site
    whose navigation links to `count` pages."""
    pages = [ContentPageFactory(title=f"Page {n}", slug=f"page-{n}") for n in range(count)]
    picks = [GuidePageFactory(title=f"Pick {n}", slug=f"pick-{n}") for n in range(count)]
    site_chrome(
        navigation=json.dumps([{"type": "link", "value": {"label": page.title, "page": page.pk}} for page in pages])
    )
    text = "".join(f"<p>See {link(page, page.title)}.</p>" for page in pages)
    return GuidePageFactory(
        title="Chooser", slug="chooser", body=[paragraph(text)], related=[related_guides(*picks, count=count)]
    )


@pytest.mark.parametrize("count", [1, 3])
def test_a_guide_fetches_the_pages_it_links_picks_and_navigates_to_in_one_query(client, count):
    guide_choosing(count)
    client.get("/guides/chooser/")  # draws and stores the guide's social card

    with CaptureQueriesContext(connection) as queries:
        response = client.get("/guides/chooser/")
    html = response.content.decode()

    assert response.status_code == 200
    for n in range(count):
        assert f'<a href="/page-{n}/">Page {n}</a>' in html  # the rich text's link
        assert f'href="/page-{n}/">Page {n}</a></li>' in html  # the navigation's
        assert f'href="/guides/pick-{n}/"' in html  # the related card
    # Routing (the site, the pages on the way, the guide), its author, the chrome, every page chosen
    # or linked to, and the related guides.
    assert len(queries) == 7, [query["sql"] for query in queries]


@pytest.mark.parametrize("picks", [1, 6])
def test_a_guide_opens_in_the_editor_in_the_same_queries_however_many_guides_it_picks(
    admin_client, django_assert_num_queries, picks
):
    chosen = [GuidePageFactory(title=f"Pick {n}", slug=f"pick-{n}") for n in range(picks)]
    guide = GuidePageFactory(title="Picking", slug="picking", related=[related_guides(*chosen, count=picks)])
    edit = f"/admin/pages/{guide.pk}/edit/"
    admin_client.get(edit)  # fills Wagtail's caches (content types, permissions)

    # PostgreSQL's test database is built by the migrations, which add the review workflow: Wagtail
    # looks up its state a few more times (SQLite's test runs skip migrations).
    with django_assert_num_queries(34 if connection.vendor == "postgresql" else 30):
        response = admin_client.get(edit)

    assert response.status_code == 200
    # Each pick's chooser names it and opens at its parent, the guides page.
    html = BeautifulSoup(response.content.decode(), "html.parser")
    related = json.loads(
        html.select_one("[data-w-block-arguments-value*=related_guides]")["data-w-block-arguments-value"]
    )
    assert [item["value"] for item in related[0][0]["value"]["picks"]] == [
        {
            "id": pick.pk,
            "parentId": guide_index().pk,
            "adminTitle": f"Pick {n}",
            "editUrl": f"/admin/pages/{pick.pk}/edit/",
        }
        for n, pick in enumerate(chosen)
    ]
