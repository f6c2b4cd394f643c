"""Upload limits: an image too big to decode safely on a 1 GB machine is refused at upload, with
the field and the fix named, and nothing is stored."""

import json
from io import BytesIO

import PIL.GifImagePlugin
import PIL.Image
import pytest
from bs4 import BeautifulSoup
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.images import get_image_model

from tests.images.conftest import image_file, run_worker_once

pytestmark = pytest.mark.django_db

TOO_MANY_PIXELS = (
    "File: this image has more than the 50 million pixels this site accepts "
    "(8000 × 5000 is 40 million). Scale it down and upload it again."
)


def test_an_11000_by_11000_png_is_refused_on_the_add_image_form(admin_client):
    upload = image_file("bomb.png", 11000, 11000, format="PNG", mode="1")
    assert upload.size < 600_000  # small on disk, 121 million pixels once decoded

    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Bomb", "file": upload})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    file_field = soup.select_one("[data-field-wrapper]:has(input[name=file])")
    assert TOO_MANY_PIXELS in file_field.get_text(" ", strip=True)
    assert not get_image_model().objects.exists()


@pytest.mark.filterwarnings("ignore::PIL.Image.DecompressionBombWarning")
def test_a_60_megapixel_png_under_pillows_own_guard_is_refused_too(admin_client):
    upload = image_file("wide.png", 10000, 6000, format="PNG", mode="1")

    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Wide", "file": upload})

    soup = BeautifulSoup(response.content, "html.parser")
    file_field = soup.select_one("[data-field-wrapper]:has(input[name=file])")
    assert TOO_MANY_PIXELS in file_field.get_text(" ", strip=True)
    assert not get_image_model().objects.exists()


def test_an_11000_by_11000_png_is_refused_by_the_multiple_upload(admin_client):
    upload = image_file("bomb.png", 11000, 11000, format="PNG", mode="1")

    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload})

    assert json.loads(response.content) == {"success": False, "error_message": TOO_MANY_PIXELS}
    assert not get_image_model().objects.exists()


def test_a_40_megapixel_jpeg_is_accepted(admin_client, queued_tasks):
    response = admin_client.post(
        reverse("wagtailimages:add"), {"title": "Office", "file": image_file("office.jpg", 8000, 5000)}
    )

    assert response.status_code == 302
    image = get_image_model().objects.get()
    assert (image.title, image.width, image.height) == ("Office", 8000, 5000)


CORRUPT_GIF = b"GIF89a<html><body>not a picture</body></html>"
NOT_AN_IMAGE = "File: this file is not an image this site can read. Upload a JPEG, PNG, GIF, WebP or AVIF picture."


def test_a_corrupt_gif_is_a_field_error_on_the_add_image_form(admin_client):
    upload = SimpleUploadedFile("broken.gif", CORRUPT_GIF, content_type="image/gif")

    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Broken", "file": upload})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    file_field = soup.select_one("[data-field-wrapper]:has(input[name=file])")
    assert NOT_AN_IMAGE in file_field.get_text(" ", strip=True)
    assert not get_image_model().objects.exists()


def test_a_corrupt_gif_is_refused_by_the_multiple_upload(admin_client):
    upload = SimpleUploadedFile("broken.gif", CORRUPT_GIF, content_type="image/gif")

    response = admin_client.post(reverse("wagtailimages:add_multiple"), {"files[]": upload})

    assert json.loads(response.content) == {"success": False, "error_message": NOT_AN_IMAGE}
    assert not get_image_model().objects.exists()


def animated_gif(name, width, height, frames):
    """An animated GIF whose frames alternate two colours (so none is dropped as a duplicate)."""
    shades = [PIL.Image.new("P", (width, height), color=frame % 2) for frame in range(frames)]
    buffer = BytesIO()
    shades[0].save(buffer, format="GIF", save_all=True, append_images=shades[1:], duration=40, loop=0)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/gif")


def test_the_image_form_says_an_animation_is_shown_as_its_first_frame(admin_client):
    response = admin_client.get(reverse("wagtailimages:add"))

    soup = BeautifulSoup(response.content, "html.parser")
    file_field = soup.select_one("[data-field-wrapper]:has(input[name=file])")
    assert "An animated GIF or WebP is shown as its first frame." in file_field.get_text(" ", strip=True)


def test_an_animation_costs_the_worker_its_first_frame_only(admin_client, queued_tasks, monkeypatch):
    upload = animated_gif("spinner.gif", 1000, 1000, frames=120)  # 120 million pixels over every frame
    response = admin_client.post(reverse("wagtailimages:add"), {"title": "Spinner", "file": upload})
    assert response.status_code == 302
    frames_decoded = []
    seek = PIL.GifImagePlugin.GifImageFile._seek  # every frame Pillow reads goes through it, the first included
    monkeypatch.setattr(
        PIL.GifImagePlugin.GifImageFile,
        "_seek",
        lambda image, frame, *args: frames_decoded.append(frame) or seek(image, frame, *args),
    )

    run_worker_once()

    image = get_image_model().objects.get()
    assert image.renditions.count() == 25  # renditions/specs.ALL
    assert frames_decoded and set(frames_decoded) == {0}
    monkeypatch.undo()
    with image.renditions.get(filter_spec="max-800x600").file.open() as made:
        assert PIL.Image.open(made).n_frames == 1
