"""Media on this machine's disk are served by the site itself, with production's settings (DEBUG off):
a single-machine set-up shows its images with nothing in front of gunicorn. Documents stay behind
Wagtail's own view, which checks their collection's privacy."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.utils.http import http_date

from tests.guides.factories import ImageFactory

pytestmark = pytest.mark.django_db


def test_an_uploaded_image_is_served_under_media_url_with_debug_off(client, settings):
    assert settings.DEBUG is False
    image = ImageFactory(title="Racks")

    response = client.get(image.file.url)

    assert image.file.url.startswith("/media/original_images/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert b"".join(response.streaming_content) == image.file.open("rb").read()
    assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
    assert "default-src 'self'" in response["Content-Security-Policy"]


def test_an_unchanged_image_answers_304_to_a_conditional_request(client):
    image = ImageFactory()
    first = client.get(image.file.url)

    again = client.get(image.file.url, HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])

    assert again.status_code == 304


def test_a_documents_file_is_never_served_directly(client):
    name = default_storage.save("documents/price-list.pdf", ContentFile(b"%PDF-1.4 private"))

    response = client.get(f"/media/{name}")

    assert response.status_code == 404


@pytest.mark.parametrize("path", ["/media/../manage.py", "/media/%2e%2e/manage.py", "/media//etc/passwd"])
def test_a_path_outside_the_media_folder_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_a_missing_file_is_not_found(client):
    assert client.get("/media/original_images/missing.jpg", HTTP_IF_MODIFIED_SINCE=http_date(0)).status_code == 404
