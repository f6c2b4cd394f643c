"""Two app servers, as deployed behind a load balancer: gunicorn with production settings on two
ports, sharing the test database, one Redis (DB 14, flushed) and S3-compatible media (moto's server).

An editor signs in on server A (password, then the TOTP code production requires), uploads an image
and publishes a guide with a new title and that image as its hero, all over HTTP as a browser would.
The image's renditions are made by `run_worker --once`, a third process, as the deployment's worker
makes them. Server B, which served the old title a moment before, serves the new one at once, with
the hero from the bucket.
"""

import json
import re
import subprocess
import sys
from io import BytesIO
from urllib.parse import urlsplit

import boto3
import PIL.Image
import pytest
import redis
import requests
from bs4 import BeautifulSoup
from django.contrib.auth.hashers import PBKDF2PasswordHasher
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from moto.server import ThreadedMotoServer
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from devtools.app_server import PROJECT, PROXY_HEADERS, AppServer, collect_static, free_port, production_environment
from tests.config.server_database import database_url_for_servers
from tests.guides.factories import GuidePageFactory

TEST_REDIS = "redis://127.0.0.1:6379/14"
BUCKET = "two-servers-media"
PASSWORD = "correct horse battery staple"
GUIDE_URL = "/guides/choosing-a-queue/"
PUBLIC_READ = {
    "Version": "2012-10-17",
    "Statement": [
        {"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": f"arn:aws:s3:::{BUCKET}/*"}
    ],
}


@pytest.fixture
def s3_media():
    """A local S3 server with an empty bucket; the variables production reads to store media there."""
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    environment = {
        "AWS_STORAGE_BUCKET_NAME": BUCKET,
        "AWS_S3_ENDPOINT_URL": f"http://127.0.0.1:{port}",
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "test-key",
        "AWS_SECRET_ACCESS_KEY": "test-secret",
    }
    client = boto3.client(
        "s3",
        endpoint_url=environment["AWS_S3_ENDPOINT_URL"],
        region_name="us-east-1",
        aws_access_key_id="test-key",
        aws_secret_access_key="test-secret",
    )
    client.create_bucket(Bucket=BUCKET)
    # Readers fetch media straight from the bucket, which serves its objects publicly (README).
    client.put_bucket_policy(Bucket=BUCKET, Policy=json.dumps(PUBLIC_READ))
    yield environment
    server.stop()


class Browser:
    """An editor's browser on one server, through the load balancer that terminates TLS: it adds
    X-Forwarded-Proto, and it keeps the session's cookies (marked Secure, so kept by hand here)."""

    def __init__(self, server):
        self.server = server
        self.cookies = {}

    def request(self, method, path, **kwargs):
        headers = {**PROXY_HEADERS, "Origin": f"https://127.0.0.1:{self.server.port}"}
        headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        response = requests.request(
            method, self.server.url + path, headers=headers, allow_redirects=False, timeout=60, **kwargs
        )
        self.cookies.update({cookie.name: cookie.value for cookie in response.cookies})
        return response

    def post(self, path, data, files=None):
        return self.request("POST", path, data={**data, "csrfmiddlewaretoken": self.cookies["csrftoken"]}, files=files)


def reader_gets(server, path):
    return requests.get(server.url + path, headers=PROXY_HEADERS, timeout=60)


def jpeg(width, height):
    buffer = BytesIO()
    PIL.Image.new("RGB", (width, height), (70, 110, 160)).save(buffer, format="JPEG")
    return buffer.getvalue()


def guide_form(guide, **changes):
    """The guide's edit form as the admin posts it."""
    data = {
        "title": guide.title,
        "slug": guide.slug,
        "standfirst": guide.standfirst,
        "category": guide.category_id,
        "author": guide.author_id,
        "body": streamfield([("paragraph", rich_text("<p>Some words to read.</p>"))]),
        "sources": streamfield([]),
        "related": streamfield([]),
        "action-publish": "action-publish",
    }
    return nested_form_data({**data, **changes})


@pytest.mark.django_db(transaction=True)
def test_a_guide_published_through_one_server_is_served_fresh_by_the_other_with_its_image_from_s3(
    tmp_path, s3_media, django_user_model
):
    guide = GuidePageFactory(title="Choosing a queue", slug="choosing-a-queue")
    # Hashed as production checks passwords (the test settings' fast MD5 hasher is not among its hashers).
    editor = django_user_model.objects.create_superuser("editor", "editor@example.com")
    editor.password = PBKDF2PasswordHasher().encode(PASSWORD, PBKDF2PasswordHasher().salt())
    editor.save()
    device = TOTPDevice.objects.create(user=editor, name="phone", confirmed=True)
    redis.Redis.from_url(TEST_REDIS).flushdb()
    collect_static(tmp_path / "static")
    environment = production_environment(
        database_url=database_url_for_servers(tmp_path),
        cache_location=TEST_REDIS,
        static_root=tmp_path / "static",
        **s3_media,
    )

    with (
        AppServer(environment, workers=1, threads=2, log_path=tmp_path / "a.log") as server_a,
        AppServer(environment, workers=1, threads=2, log_path=tmp_path / "b.log") as server_b,
    ):
        assert "<h1>Choosing a queue</h1>" in reader_gets(server_b, GUIDE_URL).text

        editor_on_a = Browser(server_a)
        editor_on_a.request("GET", "/admin/login/")
        signed_in = editor_on_a.post("/admin/login/", {"username": "editor", "password": PASSWORD})
        assert signed_in.status_code == 302, server_a.log()[-2000:]
        code = f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"
        assert editor_on_a.post("/admin/two-factor/verify/", {"code": code}).status_code == 302

        uploaded = editor_on_a.post(
            "/admin/images/add/",
            {"title": "Queues", "description": "Messages waiting in a queue"},
            files={"file": ("queues.jpg", jpeg(1600, 900), "image/jpeg")},
        )
        assert uploaded.status_code == 302, uploaded.text[-2000:]
        image_id = re.search(r'href="/admin/images/(\d+)/"', editor_on_a.request("GET", "/admin/images/").text)[1]
        # The deployment's worker makes the renditions (a third process, on the same database and bucket).
        worker = subprocess.run(
            [sys.executable, "manage.py", "run_worker", "--once", "--no-scheduler", "--verbosity", "0"],
            cwd=PROJECT,
            env=environment,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert worker.returncode == 0, worker.stderr

        published = editor_on_a.post(
            f"/admin/pages/{guide.pk}/edit/",
            guide_form(guide, title="Choosing a message queue", hero_image=image_id),
        )
        assert published.status_code == 302, published.text[-3000:]

        on_b = BeautifulSoup(reader_gets(server_b, GUIDE_URL).text, "html.parser")
        assert on_b.h1.get_text() == "Choosing a message queue"
        hero = on_b.select_one("figure.hero picture img")["src"]
        assert hero == f"{s3_media['AWS_S3_ENDPOINT_URL']}/{BUCKET}/images/queues.format-jpeg.width-480.jpg"
        from_bucket = requests.get(hero, timeout=30)
        assert (from_bucket.status_code, PIL.Image.open(BytesIO(from_bucket.content)).size) == (200, (480, 270))
        assert urlsplit(hero).netloc != urlsplit(server_b.url).netloc  # not from the app server's disk
