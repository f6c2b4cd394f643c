"""API answers are gzip-compressed for clients that accept it, with their ETag kept usable."""

import gzip
import json

import pytest

pytestmark = pytest.mark.django_db


def test_a_client_accepting_gzip_gets_the_same_json_compressed(client, demo_content):
    plain = client.get("/api/v1/guides/")

    compressed = client.get("/api/v1/guides/", HTTP_ACCEPT_ENCODING="gzip")

    assert compressed["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in compressed["Vary"]
    assert json.loads(gzip.decompress(compressed.content)) == plain.json()


def test_the_etag_of_a_compressed_answer_still_gets_a_304(client, demo_content):
    etag = client.get("/api/v1/guides/", HTTP_ACCEPT_ENCODING="gzip")["ETag"]

    response = client.get("/api/v1/guides/", HTTP_ACCEPT_ENCODING="gzip", HTTP_IF_NONE_MATCH=etag)

    assert etag.startswith('W/"')
    assert response.status_code == 304
