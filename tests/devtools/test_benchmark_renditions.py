"""manage.py benchmark_renditions: uploads a JPEG, has the worker's task make every rendition of it,
reports how many, then deletes the image and its files (a small image here; the real run is 40 MP)."""

import re
from io import StringIO

import pytest
from django.core.management import call_command
from django.db.models.signals import post_save
from wagtail.images import get_image_model
from wagtail.models import Collection

pytestmark = pytest.mark.django_db


@pytest.fixture
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    Collection.get_first_root_node() or Collection.add_root(name="Root")
    return tmp_path


def test_the_renditions_benchmark_reports_the_renditions_it_made_and_leaves_nothing_behind(media_root):
    made = []

    def record(instance, created, **kwargs):
        if created:
            made.append(instance.filter_spec)

    rendition_model = get_image_model().get_rendition_model()
    post_save.connect(record, sender=rendition_model)
    out = StringIO()
    try:
        call_command("benchmark_renditions", width=640, height=400, stdout=out)
    finally:
        post_save.disconnect(record, sender=rendition_model)

    reported = int(re.search(r"(\d+) renditions", out.getvalue())[1])
    # renditions/specs.py: 9 hero, 4 home card, 1 social, 4 author, 1 API photo, 4 API sizes, 2 admin
    assert reported == len(made) == 25
    assert "format-avif|width-480" in made
    assert (get_image_model().objects.count(), rendition_model.objects.count()) == (0, 0)
    assert [path for path in media_root.rglob("*") if path.is_file()] == []
