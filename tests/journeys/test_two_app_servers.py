"""Two app servers behind the load balancer, as the README's layout deploys them: the deployed stack's
gunicorn (A) and a second one (B) with the same image and environment, sharing PostgreSQL, Redis and
the media bucket. A publisher signs in on A (password, then the TOTP code production requires),
uploads an image and publishes a guide with a new title and that image as its hero, all over HTTPS as
a browser would; the stack's worker makes the renditions. B, which served the old title a moment
before, serves the new one at once, with the hero from the bucket's own origin."""

import re
import time
from io import BytesIO

import PIL.Image
import pytest
import requests
from bs4 import BeautifulSoup
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from devtools.app_server import AppServer

from .people import PASSWORD, current_code
from .services import run_script

pytestmark = pytest.mark.journey

GUIDE_URL = "/guides/django-vs-flask/"
GUIDE = """
import json
from guides.models import GuidePage
guide = GuidePage.objects.get(slug="django-vs-flask")
print(json.dumps({"id": guide.pk, "title": guide.title, "slug": guide.slug, "standfirst": guide.standfirst,
                  "category": guide.category_id, "author": guide.author_id}))
"""


@pytest.fixture
def server_b(deployed_stack):
    server = AppServer(
        deployed_stack.environment,
        workers=1,
        threads=2,
        host="localhost",
        tls=deployed_stack.certificate,
        log_path=deployed_stack.folder / "gunicorn-b.log",
    )
    with server:
        yield server


class Browser:
    """A person's browser on one server: it keeps the session's cookies and sends the Origin a form
    posted from the site carries."""

    def __init__(self, server, certificate):
        # Given with each request: a session's own `verify` loses to REQUESTS_CA_BUNDLE when that is set.
        self.server, self.session, self.verify = server, requests.Session(), str(certificate[0])

    def get(self, path):
        return self.session.get(self.server.url + path, allow_redirects=False, timeout=60, verify=self.verify)

    def post(self, path, data, files=None):
        data = {**data, "csrfmiddlewaretoken": self.session.cookies["csrftoken"]}
        headers = {"Origin": self.server.url, "Referer": self.server.url + path}
        return self.session.post(
            self.server.url + path,
            data=data,
            files=files,
            headers=headers,
            allow_redirects=False,
            timeout=60,
            verify=self.verify,
        )


def jpeg(width, height):
    buffer = BytesIO()
    PIL.Image.new("RGB", (width, height), (70, 110, 160)).save(buffer, format="JPEG")
    return buffer.getvalue()


def test_a_guide_published_through_one_server_is_served_fresh_by_the_other_with_its_image_from_the_bucket(
    deployed_stack, server_b
):
    guide = run_script(deployed_stack.environment, GUIDE)
    reader_on_b = Browser(server_b, deployed_stack.certificate)
    assert f"<h1>{guide['title']}</h1>" in reader_on_b.get(GUIDE_URL).text

    publisher = Browser(deployed_stack.server, deployed_stack.certificate)
    publisher.get("/admin/login/")
    signed_in = publisher.post("/admin/login/", {"username": "pat", "password": PASSWORD})
    assert (signed_in.status_code, signed_in.headers["Location"]) == (302, "/admin/")
    verified = publisher.post("/admin/two-factor/verify/", {"code": current_code(deployed_stack.people["publisher"])})
    assert verified.status_code == 302

    uploaded = publisher.post(
        "/admin/images/add/",
        {"title": "Queues", "description": "Messages waiting in a queue"},
        files={"file": ("queues.jpg", jpeg(1600, 900), "image/jpeg")},
    )
    assert uploaded.status_code == 302, uploaded.text[-2000:]
    image_id = re.search(r'href="/admin/images/(\d+)/"', publisher.get("/admin/images/").text)[1]

    form = {
        "title": "Django or Flask, compared again",
        "slug": guide["slug"],
        "standfirst": guide["standfirst"],
        "category": guide["category"],
        "author": guide["author"],
        "hero_image": image_id,
        "body": streamfield([("paragraph", rich_text("<p>Some words to read.</p>"))]),
        "sources": streamfield([]),
        "related": streamfield([]),
        "action-publish": "action-publish",
    }
    published = publisher.post(f"/admin/pages/{guide['id']}/edit/", nested_form_data(form))
    assert published.status_code == 302, published.text[-3000:]

    on_b = BeautifulSoup(reader_on_b.get(GUIDE_URL).text, "html.parser")
    assert on_b.h1.get_text() == "Django or Flask, compared again"
    # The stack's worker makes the hero's renditions (upload and publish queue them) one at a time;
    # until the JPEG is made the picture's fallback is a placeholder of its size or a made rendition.
    jpeg_480 = f"{deployed_stack.media_url}/images/queues.format-jpeg.width-480.jpg"
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        hero = on_b.select_one("figure.hero picture img")["src"]
        if hero == jpeg_480:
            break
        time.sleep(1)
        on_b = BeautifulSoup(reader_on_b.get(GUIDE_URL).text, "html.parser")
    assert hero == jpeg_480
    status, body = deployed_stack.fetch_media(hero)
    assert (status, PIL.Image.open(BytesIO(body)).size) == (200, (480, 270))
