"""Anonymous readers are served kept pages; editors and changed content never are (the page cache
is on for these tests: tests/page_cache/conftest.py)."""

import gzip
import logging

import brotli
import pytest
from django.core.cache import caches

from guides.models import GuidePage
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide():
    return GuidePageFactory(title="Queues compared", slug="queues")


def title_changed_behind_the_cache(title):
    """Change what the page shows without anything purging it (no signals), as a stale copy would."""
    GuidePage.objects.filter(slug="queues").update(title=title)


def publish_title(title):
    page = GuidePage.objects.get(slug="queues")
    page.title = title
    page.save_revision().publish()


def test_the_second_reader_gets_the_kept_page(client, guide):
    first = client.get("/guides/queues/")
    title_changed_behind_the_cache("Changed behind the cache")
    second = client.get("/guides/queues/")

    assert (first.status_code, first["X-Page-Cache"]) == (200, "miss")
    assert (second.status_code, second["X-Page-Cache"]) == (200, "hit")
    assert "<h1>Queues compared</h1>" in second.content.decode()
    assert second.content == first.content


@pytest.mark.parametrize("accept_encoding", ["", "gzip"])
def test_a_kept_page_has_every_header_a_fresh_answer_has(client, guide, accept_encoding):
    """The security headers included: a kept copy is answered inside the middleware that adds them."""
    first = client.get("/guides/queues/", HTTP_ACCEPT_ENCODING=accept_encoding)
    second = client.get("/guides/queues/", HTTP_ACCEPT_ENCODING=accept_encoding)
    # What says which copy it is, and when and how it was kept, differ by design.
    own = {"X-Page-Cache", "ETag", "Last-Modified", "Content-Length", "Content-Encoding"}

    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert {name: value for name, value in second.headers.items() if name not in own} == {
        name: value for name, value in first.headers.items() if name not in own
    }
    assert "frame-ancestors 'none'" in second["Content-Security-Policy"]
    assert second["Permissions-Policy"].startswith("accelerometer=()")


def test_a_signed_in_editor_never_gets_a_kept_page(client, admin_client, guide):
    client.get("/guides/queues/")
    title_changed_behind_the_cache("The editor's view")

    response = admin_client.get("/guides/queues/")

    assert "X-Page-Cache" not in response
    assert "The editor&#x27;s view" in response.content.decode() or "The editor's view" in response.content.decode()
    assert response["Cache-Control"] == "private, no-store"


def test_publishing_a_change_serves_the_new_page_to_the_next_reader(client, guide, django_capture_on_commit_callbacks):
    client.get("/guides/queues/")
    with django_capture_on_commit_callbacks(execute=True):
        publish_title("Queues, compared again")

    response = client.get("/guides/queues/")

    assert response["X-Page-Cache"] == "miss"
    assert "<h1>Queues, compared again</h1>" in response.content.decode()


def test_purging_a_listing_purges_every_page_and_filter_of_it(client, guide, django_capture_on_commit_callbacks):
    GuidePageFactory(title="Caches compared", slug="caches", category=guide.category)
    filtered = f"/guides/?category={guide.category.slug}"
    client.get("/guides/")
    client.get(filtered)
    with django_capture_on_commit_callbacks(execute=True):
        publish_title("Message queues compared")

    assert client.get("/guides/")["X-Page-Cache"] == "miss"
    assert client.get(filtered)["X-Page-Cache"] == "miss"
    assert "Message queues compared" in client.get(filtered).content.decode()


def test_if_none_match_with_the_kept_etag_is_a_304_without_a_body(client, guide):
    etag = client.get("/guides/queues/")["ETag"]

    response = client.get("/guides/queues/", HTTP_IF_NONE_MATCH=etag)

    assert response.status_code == 304
    assert response.content == b""
    assert response["ETag"] == etag


def test_if_none_match_with_another_etag_gets_the_page(client, guide):
    client.get("/guides/queues/")

    response = client.get("/guides/queues/", HTTP_IF_NONE_MATCH='W/"something-else"')

    assert response.status_code == 200
    assert "<h1>Queues compared</h1>" in response.content.decode()


def test_if_modified_since_the_kept_copy_was_made_is_a_304(client, guide):
    last_modified = client.get("/guides/queues/")["Last-Modified"]

    assert client.get("/guides/queues/", HTTP_IF_MODIFIED_SINCE=last_modified).status_code == 304


def test_a_browser_accepting_gzip_gets_the_page_compressed(client, guide):
    plain = client.get("/guides/queues/").content

    response = client.get("/guides/queues/", HTTP_ACCEPT_ENCODING="gzip, deflate, br")

    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]
    assert gzip.decompress(response.content) == plain
    assert int(response["Content-Length"]) == len(response.content) < len(plain)


def test_a_browser_accepting_brotli_gets_it_from_the_answer_after_the_first(client, guide):
    """The first such answer is gzip (the Brotli copy is made once it has gone); the next are Brotli,
    smaller, the same page, under the same validator."""
    plain = client.get("/guides/queues/").content
    first = client.get("/guides/queues/", HTTP_ACCEPT_ENCODING="gzip, deflate, br, zstd")
    second = client.get("/guides/queues/", HTTP_ACCEPT_ENCODING="gzip, deflate, br, zstd")

    assert (first["Content-Encoding"], second["Content-Encoding"]) == ("gzip", "br")
    assert brotli.decompress(second.content) == plain
    assert int(second["Content-Length"]) == len(second.content) < len(first.content)
    assert second["ETag"] == first["ETag"]
    assert "Accept-Encoding" in second["Vary"]


@pytest.mark.parametrize(
    ("accept_encoding", "content_encoding"),
    [("gzip, br;q=0", "gzip"), ("br;q=0.5, gzip;q=0", "br"), ("BR", "br"), ("identity", None)],
)
def test_a_coding_the_browser_refuses_is_never_sent(client, guide, accept_encoding, content_encoding):
    client.get("/guides/queues/", HTTP_ACCEPT_ENCODING="br")  # keeps the page, then a Brotli copy

    response = client.get("/guides/queues/", HTTP_ACCEPT_ENCODING=accept_encoding)

    assert response.get("Content-Encoding") == content_encoding


def test_a_cache_failing_after_the_answer_loses_the_reader_nothing(client, guide, monkeypatch, caplog):
    client.get("/guides/queues/")

    def down(*args, **kwargs):
        raise ConnectionError("Redis is down")

    monkeypatch.setattr(caches["pages"], "set", down)
    with caplog.at_level(logging.WARNING, logger="page_cache.middleware"):
        response = client.get("/guides/queues/", HTTP_ACCEPT_ENCODING="gzip, br")

    assert (response.status_code, response["Content-Encoding"]) == (200, "gzip")
    assert "<h1>Queues compared</h1>" in gzip.decompress(response.content).decode()
    assert caplog.messages == ["Could not keep a Brotli copy of /guides/queues/"]


def test_readers_arriving_while_the_brotli_copy_is_made_make_none_of_their_own(client, guide, monkeypatch):
    """A page just published and read by many: one thread compresses it, the others answer in gzip."""
    from page_cache import store

    client.get("/guides/queues/")
    answered, _ = store.lookup("testserver", "/guides/queues/", "")
    compressed = []
    monkeypatch.setattr(store.brotli, "compress", lambda *args, **kwargs: compressed.append(1) or b"br")
    # Another server's thread has started on it.
    caches["pages"].add(f"{store.entry_key('testserver', '/guides/queues/', '')}:brotli:{answered.etag}", True)

    answers = [client.get("/guides/queues/", HTTP_ACCEPT_ENCODING="gzip, br") for _ in range(3)]

    assert [answer["Content-Encoding"] for answer in answers] == ["gzip", "gzip", "gzip"]
    assert compressed == []


def test_a_page_purged_while_its_brotli_copy_is_made_keeps_the_newer_render(
    client, guide, django_capture_on_commit_callbacks
):
    """The copy is of the page as it was answered; a newer render kept meanwhile stays kept (the stale
    copy written over it would never be served, but the next reader would wait for a render)."""
    from page_cache import store

    client.get("/guides/queues/")
    answered, _ = store.lookup("testserver", "/guides/queues/", "")
    with django_capture_on_commit_callbacks(execute=True):
        publish_title("Queues, compared again")
    client.get("/guides/queues/")

    store.add_brotli("testserver", "/guides/queues/", "", answered)
    response = client.get("/guides/queues/", HTTP_ACCEPT_ENCODING="br")

    assert (response["X-Page-Cache"], response.get("Content-Encoding")) == ("hit", None)
    assert "<h1>Queues, compared again</h1>" in response.content.decode()


def test_made_up_query_parameters_are_neither_kept_nor_served_from_the_cache(client, guide):
    client.get("/guides/queues/")

    response = client.get("/guides/queues/?utm_source=newsletter")

    assert response.status_code == 200
    assert "X-Page-Cache" not in response


def test_private_pages_are_never_kept(client, guide):
    client.get("/search/?q=queues")

    assert "X-Page-Cache" not in client.get("/search/?q=queues")
    assert "X-Page-Cache" not in client.get("/admin/login/")


def test_a_kept_page_is_served_without_touching_the_database(client, guide, django_assert_num_queries):
    client.get("/guides/queues/")

    with django_assert_num_queries(0):
        response = client.get("/guides/queues/")

    assert response["X-Page-Cache"] == "hit"
