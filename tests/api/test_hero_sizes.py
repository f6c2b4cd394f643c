"""`?hero_size=`: a guide's hero at one of a fixed set of sizes, made by the worker, never by the request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django_tasks_db.models import DBTaskResult
from wagtail.images import get_image_model

from tests.guides.factories import GuidePageFactory, ImageFactory

pytestmark = pytest.mark.django_db


def hero(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return (
        response.json()["hero_image"]
        if "hero_image" in response.json()
        else response.json()["results"][0]["hero_image"]
    )


def test_a_hero_comes_at_the_size_asked_for(client):
    guide = GuidePageFactory(hero_image=ImageFactory(description="Racks of servers"))
    sized = hero(client, f"/api/v1/guides/{guide.pk}/?hero_size=card")["sized"]
    assert (sized["size"], sized["width"], sized["height"]) == ("card", 640, 360)
    assert sized["url"].startswith("http://testserver/media/images/") and sized["url"].endswith(".webp")
    assert hero(client, "/api/v1/guides/?hero_size=thumbnail")["sized"]["width"] == 320


def test_without_hero_size_there_is_no_sized_field(client):
    GuidePageFactory(hero_image=ImageFactory())
    assert "sized" not in hero(client, "/api/v1/guides/")


def test_a_size_outside_the_set_is_a_400_naming_the_parameter(client):
    GuidePageFactory(hero_image=ImageFactory())
    response = client.get("/api/v1/guides/?hero_size=fill-5000x5000")
    assert response.status_code == 400
    assert response.json()["fields"] == {"hero_size": ["Use one of: thumbnail, card, square, wide."]}


def test_a_size_not_made_yet_is_left_out_and_left_to_the_worker(client, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    GuidePageFactory(hero_image=ImageFactory(description="Racks of servers"))
    data = hero(client, "/api/v1/guides/?hero_size=wide")
    assert data["alt"] == "Racks of servers" and "sized" not in data
    assert get_image_model().get_rendition_model().objects.count() == 0  # none made in the request
    assert DBTaskResult.objects.filter(task_path="renditions.tasks.make_renditions").exists()  # the worker's job


def test_asking_for_a_size_costs_no_query(client, django_assert_num_queries):
    for _ in range(3):
        GuidePageFactory(hero_image=ImageFactory())
    client.get("/api/v1/guides/")
    with CaptureQueriesContext(connection) as plain:
        client.get("/api/v1/guides/?page_size=3")
    with django_assert_num_queries(len(plain)):
        client.get("/api/v1/guides/?page_size=3&hero_size=card")
