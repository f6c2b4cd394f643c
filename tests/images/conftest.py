"""Images as editors upload them, and a way to see whether a request decodes one."""

from io import BytesIO
from unittest import mock

import PIL.Image
import pytest
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from wagtail.models import Collection


def image_file(name, width, height, format="JPEG", mode="RGB"):
    """An image file of this size, as an editor would upload it (one colour, so it stays small)."""
    buffer = BytesIO()
    PIL.Image.new(mode, (width, height), color=1 if mode == "1" else (70, 110, 160)).save(buffer, format=format)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type=f"image/{format.lower()}")


@pytest.fixture
def image_opens():
    """Every time Pillow opens an image file (Wagtail and Willow decode through it), while the test runs."""
    with mock.patch("PIL.Image.open", wraps=PIL.Image.open) as opened:
        yield opened


@pytest.fixture(autouse=True)
def root_collection(db):
    """Wagtail files every upload in a collection; a fresh database has none until migrations make it."""
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


@pytest.fixture(autouse=True)
def empty_caches():
    """Wagtail caches renditions by image id; a rolled-back test's image id comes round again."""
    for cache in caches.all():
        cache.clear()


@pytest.fixture
def queued_tasks(settings):
    """Tasks wait in the database queue, as in production, until `run_worker --once` runs them."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def run_worker_once():
    """`run_worker --once`, inside the test's transaction: the worker's closing of old connections
    (which, on PostgreSQL, would close the test's own) is left out."""
    with mock.patch("django_tasks_db.management.commands.db_worker.close_old_connections"):
        call_command("run_worker", once=True, no_scheduler=True, verbosity=0)
