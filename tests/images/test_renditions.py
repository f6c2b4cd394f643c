"""Renditions are made once, by the background task, when an image is uploaded or a page showing
it is published; a reader's request only finds them, and never decodes an original."""

from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.db import transaction
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.models import Rendition
from wagtail.models import ReferenceIndex

from renditions.tasks import make_renditions
from tests.authors.factories import AuthorPageFactory
from tests.frameworks import purge_recorder
from tests.guides.factories import GuidePageFactory, ImageFactory
from tests.images.conftest import image_file, run_worker_once

pytestmark = pytest.mark.django_db

# The home page's card pictures (renditions/specs.CARD) are the four fill-400x225/800x450 ones.
EVERY_RENDITION = [
    "fill-1200x630|format-jpeg",
    "fill-160x160",
    "fill-192x192",
    "fill-240x240|format-webp",
    "fill-288x288",
    "fill-320x180|format-webp",
    "fill-600x600|format-webp",
    "fill-640x360|format-webp",
    "fill-96x96",
    "format-avif|width-1440",
    "format-avif|width-480",
    "format-avif|width-960",
    "format-jpeg|fill-400x225",
    "format-jpeg|fill-800x450",
    "format-jpeg|width-1440",
    "format-jpeg|width-480",
    "format-jpeg|width-960",
    "format-webp|fill-400x225",
    "format-webp|fill-800x450",
    "format-webp|width-1440",
    "format-webp|width-480",
    "format-webp|width-960",
    "max-165x165",
    "max-800x600",
    "width-1920|format-webp",
]


def made_renditions(image):
    return sorted(image.renditions.values_list("filter_spec", flat=True))


def test_uploading_an_image_makes_every_rendition_the_pages_show(admin_client):
    admin_client.post(reverse("wagtailimages:add"), {"title": "Racks", "file": image_file("racks.jpg", 1600, 900)})

    assert made_renditions(get_image_model().objects.get()) == EVERY_RENDITION


def test_an_upload_queues_its_renditions_for_the_worker(admin_client, queued_tasks):
    admin_client.post(reverse("wagtailimages:add"), {"title": "Racks", "file": image_file("racks.jpg", 1600, 900)})
    image = get_image_model().objects.get()
    assert made_renditions(image) == []

    run_worker_once()

    assert made_renditions(image) == EVERY_RENDITION


def test_a_guide_with_a_40_megapixel_hero_never_decodes_it_on_a_readers_request(client, image_opens):
    hero = ImageFactory(file=image_file("office.jpg", 8000, 5000))
    author = AuthorPageFactory(photo=ImageFactory(file=image_file("kanika.jpg", 800, 800)))
    guide = GuidePageFactory(hero_image=hero, author=author)
    image_opens.reset_mock()

    response = client.get(guide.url)

    assert response.status_code == 200
    assert image_opens.call_count == 0
    html = BeautifulSoup(response.content, "html.parser")
    hero_img = html.select_one("figure.hero picture img")
    assert hero_img["src"].endswith(".format-jpeg.width-480.jpg")
    assert (hero_img["width"], hero_img["height"]) == ("480", "300")
    assert html.select_one(".byline img.byline__photo")["src"].endswith(".fill-96x96.jpg")
    assert html.find("meta", property="og:image")["content"].endswith(".fill-1200x630.format-jpeg.jpg")


def test_a_40_megapixel_jpegs_renditions_have_the_sizes_the_pages_ask_for():
    hero = ImageFactory(file=image_file("office.jpg", 8000, 5000))

    assert {r.filter_spec: (r.width, r.height) for r in hero.renditions.all()} == {
        "fill-1200x630|format-jpeg": (1200, 630),
        "fill-160x160": (160, 160),
        "fill-192x192": (192, 192),
        "fill-240x240|format-webp": (240, 240),
        "fill-288x288": (288, 288),
        "fill-320x180|format-webp": (320, 180),
        "fill-600x600|format-webp": (600, 600),
        "fill-640x360|format-webp": (640, 360),
        "fill-96x96": (96, 96),
        "format-avif|width-1440": (1440, 900),
        "format-avif|width-480": (480, 300),
        "format-avif|width-960": (960, 600),
        "format-jpeg|fill-400x225": (400, 225),
        "format-jpeg|fill-800x450": (800, 450),
        "format-jpeg|width-1440": (1440, 900),
        "format-jpeg|width-480": (480, 300),
        "format-jpeg|width-960": (960, 600),
        "format-webp|fill-400x225": (400, 225),
        "format-webp|fill-800x450": (800, 450),
        "format-webp|width-1440": (1440, 900),
        "format-webp|width-480": (480, 300),
        "format-webp|width-960": (960, 600),
        "max-165x165": (165, 103),
        "max-800x600": (800, 500),
        "width-1920|format-webp": (1920, 1200),
    }


def test_a_rendition_not_made_yet_shows_a_placeholder_and_asks_the_worker(client, queued_tasks, image_opens):
    guide = GuidePageFactory(hero_image=ImageFactory(file=image_file("office.jpg", 1600, 1000)))
    run_worker_once()  # the upload's own task
    Rendition.objects.all().delete()  # e.g. lost when the media bucket was restored without them
    image_opens.reset_mock()

    response = client.get(guide.url)

    assert response.status_code == 200
    assert image_opens.call_count == 0
    html = BeautifulSoup(response.content, "html.parser")
    hero_img = html.select_one("figure.hero picture img")
    assert (hero_img["src"], hero_img["width"], hero_img["height"]) == ("/static/renditions/pending.svg", "480", "300")
    assert hero_img["alt"] == "A row of server racks"
    assert html.find("meta", property="og:image")["content"] == "http://localhost/static/renditions/pending.svg"

    run_worker_once()
    html = BeautifulSoup(client.get(guide.url).content, "html.parser")
    assert html.select_one("figure.hero picture img")["src"].endswith(".format-jpeg.width-480.jpg")


def test_publishing_a_guide_makes_its_hero_renditions_again():
    guide = GuidePageFactory(hero_image=ImageFactory())
    Rendition.objects.all().delete()

    guide.save_revision().publish()

    assert made_renditions(guide.hero_image) == EVERY_RENDITION


def test_an_image_over_the_pixel_limit_from_before_the_limit_is_never_decoded(client, settings, image_opens):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 1_000_000
    guide = GuidePageFactory(hero_image=ImageFactory(file=image_file("old.jpg", 1600, 900)))
    image_opens.reset_mock()

    response = client.get(guide.url)  # asks the worker (here: at once), which refuses it too

    assert made_renditions(guide.hero_image) == []
    assert image_opens.call_count == 0
    hero_img = BeautifulSoup(response.content, "html.parser").select_one("figure.hero picture img")
    assert hero_img["src"] == "/static/renditions/pending.svg"


def test_make_renditions_remake_brings_back_renditions_whose_files_were_lost():
    image = ImageFactory(file=image_file("racks.jpg", 1600, 900))
    lost = image.renditions.get(filter_spec="format-jpeg|width-480")
    lost.file.storage.delete(lost.file.name)
    assert not lost.file.storage.exists(lost.file.name)

    call_command("make_renditions", "--remake", stdout=StringIO())

    remade = image.renditions.get(filter_spec="format-jpeg|width-480")
    assert remade.file.storage.exists(remade.file.name)
    assert made_renditions(image) == EVERY_RENDITION


@pytest.fixture
def purged(settings):
    """A CDN in front of the site, recording the URLs it is asked to purge."""
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.frameworks.purge_recorder.RecordingBackend", "HOSTNAMES": ["localhost"]}
    }
    purge_recorder.purged_urls.clear()
    yield purge_recorder.purged_urls
    purge_recorder.purged_urls.clear()


def test_renditions_made_after_a_page_was_served_purge_the_pages_showing_the_image(
    purged, django_capture_on_commit_callbacks
):
    photo = ImageFactory()
    author = AuthorPageFactory(title="Kanika Mathur", photo=photo)
    GuidePageFactory(slug="queues-compared", author=author)
    GuidePageFactory(slug="no-photo-here")
    Rendition.objects.all().delete()
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        make_renditions.enqueue(photo.pk)

    assert sorted(purged) == ["http://localhost/authors/kanika-mathur/", "http://localhost/guides/queues-compared/"]


def test_a_page_published_while_its_heros_renditions_are_made_is_purged_before_the_reference_index_knows_it(
    purged, django_capture_on_commit_callbacks
):
    """The worker takes its tasks in order: an upload's renditions can finish before the reference
    index is told that a guide published meanwhile shows the image. The guide's reader may have been
    kept a copy with placeholders: it is purged all the same."""
    hero = ImageFactory()
    GuidePageFactory(slug="queues-compared", hero_image=hero)
    ReferenceIndex.objects.all().delete()  # the update is still waiting in the queue
    Rendition.objects.all().delete()
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        make_renditions.enqueue(hero.pk)

    assert purged == ["http://localhost/guides/queues-compared/"]


def test_an_image_whose_renditions_are_all_made_purges_nothing(purged, django_capture_on_commit_callbacks):
    hero = ImageFactory()
    GuidePageFactory(hero_image=hero)
    purged.clear()

    with django_capture_on_commit_callbacks(execute=True):
        make_renditions.enqueue(hero.pk)

    assert purged == []


def test_an_image_that_takes_a_freed_id_never_gets_the_cached_renditions_of_the_one_before():
    """SQLite hands the id of a row whose insert was rolled back (or the newest row, deleted) out
    again; Wagtail's rendition cache is keyed by the image's id and file hash, so an image saved by
    code (the demo loader, an import) must record its hash as an upload does."""
    with transaction.atomic():
        small = ImageFactory(file__width=480, file__height=270)
        freed_id = small.pk
        assert (small.get_rendition("fill-1200x630").width, small.get_rendition("fill-1200x630").height) == (480, 252)
        transaction.set_rollback(True)

    large = ImageFactory(id=freed_id, file__width=1600, file__height=900)

    rendition = large.get_rendition("fill-1200x630")
    assert (rendition.width, rendition.height) == (1200, 630)
    assert len(large.file_hash) == 40
