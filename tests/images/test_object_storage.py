"""Media on S3-compatible object storage, against a local S3 server (moto's, on a free port):
an upload and its renditions land in the bucket, and pages link to them there."""

import socket
from io import BytesIO

import boto3
import PIL.Image
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from moto.server import ThreadedMotoServer
from wagtail.images import get_image_model

from config.settings.media import media_storage
from tests.guides.factories import GuidePageFactory
from tests.images.conftest import image_file

pytestmark = pytest.mark.django_db

BUCKET = "guides-media"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    yield f"http://127.0.0.1:{port}"
    server.stop()


@pytest.fixture
def bucket(s3_endpoint, settings, monkeypatch):
    """Media configured as production would be, from the environment, on a fresh bucket."""
    environ = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": s3_endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
    }
    client = boto3.client(
        "s3",
        endpoint_url=s3_endpoint,
        region_name="us-east-1",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    )
    client.create_bucket(Bucket=BUCKET)
    settings.STORAGES = {**settings.STORAGES, "default": media_storage(environ)}
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def test_without_a_bucket_media_stays_in_the_local_folder():
    assert media_storage({}) == {"BACKEND": "django.core.files.storage.FileSystemStorage"}


def test_an_upload_and_its_renditions_are_stored_in_the_bucket(admin_client, bucket):
    admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Racks", "description": "Server racks in a row", "file": image_file("racks.jpg", 1600, 900)},
    )

    keys = sorted(item["Key"] for item in bucket.list_objects_v2(Bucket=BUCKET)["Contents"])
    assert keys[0] == "images/racks.2e16d0ba.fill-1200x630.format-jpeg.jpg"
    assert "original_images/racks.jpg" in keys
    assert len(keys) == 26  # the original and its 25 renditions


def test_a_guide_links_its_images_in_the_bucket(client, admin_client, bucket, s3_endpoint):
    admin_client.post(
        reverse("wagtailimages:add"),
        {"title": "Racks", "description": "Server racks in a row", "file": image_file("racks.jpg", 1600, 900)},
    )
    guide = GuidePageFactory(hero_image=get_image_model().objects.get())

    html = BeautifulSoup(client.get(guide.url).content, "html.parser")

    hero = html.select_one("figure.hero picture img")["src"]
    assert hero == f"{s3_endpoint}/{BUCKET}/images/racks.format-jpeg.width-480.jpg"
    assert html.find("meta", property="og:image")["content"] == (
        f"{s3_endpoint}/{BUCKET}/images/racks.2e16d0ba.fill-1200x630.format-jpeg.jpg"
    )
    stored = bucket.get_object(Bucket=BUCKET, Key="images/racks.format-jpeg.width-480.jpg")
    assert PIL.Image.open(BytesIO(stored["Body"].read())).size == (480, 270)
