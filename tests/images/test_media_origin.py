"""Media on another origin (a bucket, its CDN): a page opens its connection to that origin early
(renditions/origin.py, `{% media_preconnect %}` in templates/base.html)."""

import pytest

from config.settings.media import media_storage
from tests.guides.factories import ContentPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_page():
    return ContentPageFactory(title="About us", slug="about")


def preconnects(client):
    html = client.get("/about/").content.decode()
    return [line.strip() for line in html.splitlines() if 'rel="preconnect"' in line]


def test_a_page_opens_its_connection_to_the_media_origin_early(client, settings, public_page):
    environment = {
        "AWS_STORAGE_BUCKET_NAME": "guides-media",
        "AWS_S3_REGION_NAME": "eu-west-1",
        "AWS_S3_CUSTOM_DOMAIN": "media.example.com",
    }
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environment)}

    assert preconnects(client) == ['<link rel="preconnect" href="https://media.example.com">']


def test_media_served_by_the_site_itself_need_no_early_connection(client, public_page):
    assert preconnects(client) == []
