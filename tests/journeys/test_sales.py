"""Sales on the deployed site, with a Python client that nobody here wrote: `openapi-python-client`
generates it from the schema the site serves, at test time, as a sales engineer would. With it sales
list the guides, read the demo guide's blocks and the booking statistics, and work a lead that came in
through the booking form.

The generated package exists only once the session's `generated_api` fixture has made it, so each
test imports from it where it uses it.
"""

import importlib
import os
import ssl
import subprocess
import sys
import time
from pathlib import Path

import httpx
import pytest
from bs4 import BeautifulSoup

from .visitors import THANKS, Visitor, booking_answers, heading

pytestmark = pytest.mark.journey

PACKAGE = "guides_api_client"
GENERATOR = Path(sys.executable).parent / "openapi-python-client"
DEMO_GUIDE_SLUG = "backend-frameworks-compared"
DEMO_GUIDE_TITLE = "Backend frameworks compared: a fair 2026 guide to choosing one"
# The guide the lead comes from: no other journey books from it, so its statistics are the lead's alone.
LEAD_GUIDE_PATH = "/guides/django-vs-flask/"
LEAD_GUIDE_TITLE = "Django vs Flask: choosing a Python web framework"
LEAD = booking_answers("Grace Hopper", "grace@example.com", "Compilers Inc", "Our API clients break on every release.")


@pytest.fixture(scope="session")
def generated_api(deployed_stack, tmp_path_factory):
    """The client package generated from https://localhost:PORT/api/schema/, importable as PACKAGE."""
    folder = tmp_path_factory.mktemp("sales_client")
    trusted = ssl.create_default_context(cafile=str(deployed_stack.certificate[0]))
    response = httpx.get(f"{deployed_stack.url}/api/schema/", verify=trusted, timeout=30)
    assert response.status_code == 200, response.text[:1000]
    schema = folder / "schema.yaml"
    schema.write_bytes(response.content)
    # The generator formats its output with ruff, which is in this virtualenv but maybe not on PATH.
    environment = {**os.environ, "PATH": os.pathsep.join([str(GENERATOR.parent), os.environ.get("PATH", "")])}
    command = [str(GENERATOR), "generate", "--path", str(schema), "--output-path", str(folder / PACKAGE)]
    command += ["--meta", "none", "--fail-on-warning"]  # a warning means part of the API is missing
    result = subprocess.run(command, cwd=folder, env=environment, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, f"openapi-python-client failed:\n{result.stdout}\n{result.stderr}"
    sys.path.insert(0, str(folder))
    try:
        yield importlib.import_module(PACKAGE)
    finally:
        sys.path.remove(str(folder))


@pytest.fixture
def client(generated_api, deployed_stack):
    """Sales' client: their API key, and this machine's certificate trusted."""
    with generated_api.AuthenticatedClient(
        base_url=deployed_stack.url,
        token=deployed_stack.people["api_key"],
        prefix="Api-Key",
        verify_ssl=ssl.create_default_context(cafile=str(deployed_stack.certificate[0])),
        raise_on_unexpected_status=True,
        timeout=httpx.Timeout(30),
    ) as client:
        yield client


@pytest.fixture(scope="module")
def lead(deployed_stack):
    """A visitor reads the Django vs Flask guide, follows its call to action and books a call."""
    visitor = Visitor(deployed_stack, "127.0.0.20")
    try:
        guide = visitor.get(LEAD_GUIDE_PATH)
        assert guide.status_code == 200
        booking_path = next(link for link in _links(guide) if link.startswith("/book-a-discovery-call/"))
        thanks = visitor.book_a_call(booking_path, LEAD)
    finally:
        visitor.close()
    assert (thanks.status_code, heading(thanks)) == (200, THANKS), thanks.text[:2000]
    return thanks


def _links(response):
    return [a["href"] for a in BeautifulSoup(response.text, "html.parser").find_all("a", href=True)]


def _demo_guide_id(client):
    from guides_api_client.api.guides import guides_list

    page = guides_list.sync(client=client, slug=DEMO_GUIDE_SLUG)
    assert [guide.title for guide in page.results] == [DEMO_GUIDE_TITLE]
    return page.results[0].id


def test_the_generated_client_lists_the_published_guides(client):
    from guides_api_client.api.guides import guides_list
    from guides_api_client.models import Guide, PaginatedGuideList

    page = guides_list.sync(client=client, page_size=100)

    assert isinstance(page, PaginatedGuideList)
    assert all(isinstance(guide, Guide) for guide in page.results)
    titles = {guide.slug: guide.title for guide in page.results}
    assert titles[DEMO_GUIDE_SLUG] == DEMO_GUIDE_TITLE
    assert titles["django-vs-flask"] == LEAD_GUIDE_TITLE
    assert titles["rest-vs-graphql"] == "REST vs GraphQL: which API style for your product"


def test_the_generated_client_reads_the_demo_guides_blocks_in_order(client):
    from guides_api_client.api.guides import guides_retrieve
    from guides_api_client.models import GuideDetail

    guide = guides_retrieve.sync(_demo_guide_id(client), client=client)

    assert isinstance(guide, GuideDetail)
    assert guide.title == DEMO_GUIDE_TITLE
    # fmt: off
    assert [block.type_.value for block in guide.body] == [
        "key_takeaways",
        "heading", "paragraph", "paragraph",
        "heading", "paragraph",
        "heading", "paragraph",
        "heading", "paragraph",
        "heading", "paragraph", "comparison_matrix", "aside",
        "heading", "paragraph", "adoption_chart", "paragraph",
        "heading", "paragraph", "paragraph", "tiered_ranking", "paragraph",
        "heading", "paragraph", "paragraph", "decision_guide", "paragraph", "paragraph",
        "faq",
    ]
    # fmt: on


def test_the_generated_client_gives_each_block_a_class_of_its_own_with_a_typed_value(client):
    """The schema gives each block type its own shape (a union discriminated by `type`), so the
    client reads a matrix's rows and a chart's shares as attributes, not as a mapping."""
    from guides_api_client.api.guides import guides_retrieve
    from guides_api_client.models import (
        AdoptionChartBlock,
        ComparisonMatrixBlock,
        ComparisonMatrixBlockValue,
        FAQBlock,
        HeadingBlock,
        KeyTakeawaysBlock,
    )

    guide = guides_retrieve.sync(_demo_guide_id(client), client=client)

    assert type(guide.body[0]) is KeyTakeawaysBlock
    assert type(guide.body[1]) is HeadingBlock
    assert type(guide.body[-1]) is FAQBlock
    matrix = next(block for block in guide.body if isinstance(block, ComparisonMatrixBlock))
    assert type(matrix.value) is ComparisonMatrixBlockValue
    assert matrix.value.caption == "The 2026 backend framework landscape, compared"
    django = next(row for row in matrix.value.rows if row.framework.slug == "django")
    assert (django.label, django.language) == ("Django", "Python")
    assert django.values["raw-performance"] == "Moderate (sync WSGI), async maturing"
    assert django.values["best-fit"] == "Content and CRUD apps, dashboards, data-backed web apps"
    chart = next(block for block in guide.body if isinstance(block, AdoptionChartBlock))
    assert [(bar.framework.slug, bar.share, bar.previous_share) for bar in chart.value.bars[:2]] == [
        ("nodejs", 48.7, 40.8),
        ("express", 19.9, 17.8),
    ]


def test_the_generated_client_reads_the_booking_statistics_per_guide(client, lead):
    from guides_api_client.api.booking_stats import booking_stats_retrieve
    from guides_api_client.models import BookingStats

    stats = booking_stats_retrieve.sync(client=client)

    assert type(stats) is BookingStats
    lead_guide = next(guide for guide in stats.guides if guide.title == LEAD_GUIDE_TITLE)
    assert (lead_guide.requests, lead_guide.booked) == (1, 0)
    assert [(month.requests, month.booked) for month in lead_guide.months] == [(1, 0)]


def test_sales_find_a_lead_from_the_booking_form_mark_it_contacted_and_read_its_history(client, lead):
    from guides_api_client.api.booking_requests import (
        booking_requests_list,
        booking_requests_partial_update,
        booking_requests_retrieve,
    )
    from guides_api_client.api.guides import guides_list
    from guides_api_client.models import BookingStatusEnum, StatusUpdateRequest

    guide_id = guides_list.sync(client=client, slug="django-vs-flask").results[0].id
    listed = booking_requests_list.sync(client=client, source_guide=guide_id).results
    assert [(booking.name, booking.company, booking.status.value) for booking in listed] == [
        ("Grace Hopper", "Compilers Inc", "new")
    ]
    assert (listed[0].source_guide.title, listed[0].source_cta.name) == (LEAD_GUIDE_TITLE, "Talk to us")

    # One request body, JSON, whose `status` the client must give.
    changed = booking_requests_partial_update.sync(
        listed[0].id,
        client=client,
        body=StatusUpdateRequest(status=BookingStatusEnum.CONTACTED, note="Called, left a message."),
    )
    assert changed.status.value == "contacted"
    refused = booking_requests_partial_update.sync(
        listed[0].id, client=client, body=StatusUpdateRequest(status=BookingStatusEnum.WON)
    )
    assert (type(refused).__name__, refused.status, refused.code) == ("Error", 409, "conflict")

    booking = booking_requests_retrieve.sync(listed[0].id, client=client)
    assert booking.status.value == "contacted"
    assert [(entry.from_status.value, entry.to_status.value, entry.note, entry.by) for entry in booking.history] == [
        ("new", "contacted", "Called, left a message.", "API key: Sales journey")
    ]


def test_sales_are_told_of_the_lead_by_email_once(deployed_stack, lead):
    subject = "New discovery-call request from Compilers Inc"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and not _sent(deployed_stack, subject):
        time.sleep(0.5)
    time.sleep(1)  # long enough for a second copy to arrive, if the worker sent one

    assert _sent(deployed_stack, subject) == [("sales@localhost", "grace@example.com")]


def _sent(stack, subject):
    messages = list(stack.mail.messages)  # a copy: the sink appends from its own threads
    return [(message["To"], message["Reply-To"]) for message in messages if message["Subject"] == subject]
