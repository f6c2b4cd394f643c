"""Guides, authors, teams, categories and calls to action through the API, built with the factories:
literal fields, only what an anonymous reader may see, filters, search and ordering."""

from datetime import UTC, datetime, timedelta

import pytest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from tests.authors.factories import AuthorPageFactory, TeamFactory
from tests.frameworks.factories import FrameworkFactory, matrix_of
from tests.guides.factories import (
    CallToActionFactory,
    GuideCategoryFactory,
    GuidePageFactory,
    ImageFactory,
    comparison_matrix,
    heading,
    paragraph,
    site_chrome,
    source,
)

pytestmark = pytest.mark.django_db
API = "http://testserver/api/v1"


def get_json(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content
    return response.json()


def slugs(client, url):
    return [guide["slug"] for guide in get_json(client, url)["results"]]


def test_a_guide_is_listed_with_its_credits_dates_and_reading_time(client):
    author = AuthorPageFactory(title="Ada Lovelace", slug="ada", role="Principal engineer")
    team = TeamFactory(name="Platform team", slug="platform")
    guide = GuidePageFactory(
        title="Choosing a queue",
        slug="choosing-a-queue",
        standfirst="Which queue fits which job.",
        category=GuideCategoryFactory(name="Engineering", slug="engineering"),
        author=author,
        reviewer_team=team,
        first_published_at=datetime(2026, 1, 5, 9, 0, tzinfo=UTC),
        last_published_at=datetime(2026, 2, 1, 12, 30, tzinfo=UTC),
    )

    (listed,) = get_json(client, "/api/v1/guides/")["results"]

    assert listed == {
        "id": guide.pk,
        "slug": "choosing-a-queue",
        "url": "http://localhost/guides/choosing-a-queue/",
        "api_url": f"{API}/guides/{guide.pk}/",
        "title": "Choosing a queue",
        "standfirst": "Which queue fits which job.",
        "category": {
            "id": guide.category_id,
            "slug": "engineering",
            "name": "Engineering",
            "url": f"{API}/guide-categories/engineering/",
            "guides_url": f"{API}/guides/?category=engineering",
        },
        "author": {
            "id": author.pk,
            "slug": "ada",
            "name": "Ada Lovelace",
            "role": "Principal engineer",
            "url": "http://localhost/authors/ada/",
            "api_url": f"{API}/authors/ada/",
        },
        "reviewer": {
            "type": "team",
            "id": team.pk,
            "slug": "platform",
            "name": "Platform team",
            "url": None,
            "api_url": f"{API}/teams/platform/",
        },
        "published_at": "2026-01-05T09:00:00Z",
        "updated_at": "2026-02-01T12:30:00Z",
        "reading_minutes": 1,
        "hero_image": None,
    }


def test_a_guides_hero_image_comes_with_its_alt_text_and_renditions(client):
    GuidePageFactory(hero_image=ImageFactory(description="Racks of servers"))

    hero = get_json(client, "/api/v1/guides/")["results"][0]["hero_image"]

    assert hero["alt"] == "Racks of servers"
    assert [(rendition["format"], rendition["width"]) for rendition in hero["renditions"]] == [
        ("avif", 480),
        ("avif", 960),
        ("avif", 1440),
        ("webp", 480),
        ("webp", 960),
        ("webp", 1440),
        ("jpeg", 480),
        ("jpeg", 960),
        ("jpeg", 1440),
    ]
    assert hero["renditions"][3]["url"].startswith("http://testserver/media/images/")
    assert hero["renditions"][3]["url"].endswith(".webp")


def test_drafts_private_and_expired_guides_are_absent_for_anonymous_clients(client):
    GuidePageFactory(slug="shown")
    draft = GuidePageFactory(slug="draft", live=False)
    private = GuidePageFactory(slug="private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    expired = GuidePageFactory(slug="expired", expire_at=timezone.now() - timedelta(minutes=1))

    assert slugs(client, "/api/v1/guides/") == ["shown"]
    for hidden in (draft, private, expired):
        assert client.get(f"/api/v1/guides/{hidden.pk}/").status_code == 404


def test_a_guides_rich_text_resolves_internal_links_and_citations(client):
    other = GuidePageFactory(slug="other-guide")
    guide = GuidePageFactory(
        slug="linking",
        body=[
            heading("Why", anchor="why"),
            paragraph(f'<p>See <a linktype="page" id="{other.pk}">this</a> for more [cite:a].</p>'),
        ],
        sources=[source("a", publisher="Acme", title="Report")],
    )

    body = get_json(client, f"/api/v1/guides/{guide.pk}/")["body"]

    assert body[0]["value"] == {
        "text": "Why",
        "level": "h2",
        "anchor": "why",
        "url": "http://localhost/guides/linking/#why",
    }
    assert body[1]["value"]["html"] == (
        '<p>See <a href="http://localhost/guides/other-guide/">this</a> for more<sup class="citation">'
        '<a href="http://localhost/guides/linking/#source-a" aria-label="Source 1">[1]</a></sup>.</p>'
    )


def test_a_guides_detail_uses_its_own_call_to_action_else_the_sites_default(client):
    site_chrome(default_cta=CallToActionFactory(heading="Talk to us", link_url="https://example.com/talk"))
    own = GuidePageFactory(cta=CallToActionFactory(heading="Hire a team", eyebrow="Next", body="Soon."))
    plain = GuidePageFactory()

    assert get_json(client, f"/api/v1/guides/{own.pk}/")["call_to_action"] == {
        "id": own.cta_id,
        "eyebrow": "Next",
        "heading": "Hire a team",
        "body": "Soon.",
        "button_label": "Book a call",
        "url": "https://example.com/book",
    }
    assert get_json(client, f"/api/v1/guides/{plain.pk}/")["call_to_action"]["heading"] == "Talk to us"
    assert get_json(client, "/api/v1/calls-to-action/default/")["url"] == "https://example.com/talk"


def test_guides_filter_by_category_author_and_updated_since(client):
    ada = AuthorPageFactory(slug="ada")
    GuidePageFactory(slug="old", category=GuideCategoryFactory(slug="engineering", name="Engineering"))
    GuidePageFactory(slug="by-ada", author=ada, last_published_at=datetime(2026, 3, 1, tzinfo=UTC))

    assert slugs(client, "/api/v1/guides/?category=engineering") == ["old"]
    assert slugs(client, "/api/v1/guides/?author=ada") == ["by-ada"]
    assert slugs(client, "/api/v1/guides/?updated_since=2026-02-01T00:00:00Z") == ["by-ada"]


def test_updated_since_reads_any_iso_offset_in_utc(client):
    GuidePageFactory(slug="noon", last_published_at=datetime(2026, 1, 1, 12, 0, tzinfo=UTC))

    # PostgreSQL itself refuses offsets beyond ±15:59, which ISO 8601 allows.
    assert slugs(client, "/api/v1/guides/?updated_since=2026-01-01T00:00:00-20:00") == []  # 20:00 UTC
    assert slugs(client, "/api/v1/guides/?updated_since=2025-12-31T12:00:00-20:00") == ["noon"]  # 08:00 UTC


def test_guides_filter_by_a_framework_their_blocks_show(client):
    django, rails = FrameworkFactory(name="Django"), FrameworkFactory(name="Rails")
    GuidePageFactory(slug="shows-django", body=[comparison_matrix(matrix_of([django]))])
    GuidePageFactory(slug="shows-rails", body=[comparison_matrix(matrix_of([rails]))])

    assert slugs(client, "/api/v1/guides/?framework=django") == ["shows-django"]
    assert slugs(client, "/api/v1/guides/?framework=nothing") == []


def test_guides_search_their_text_through_the_site_search(client, search_index):
    GuidePageFactory(slug="queues", standfirst="All about message brokers.")
    GuidePageFactory(slug="caches", standfirst="All about caching layers.")

    assert slugs(client, "/api/v1/guides/?search=brokers") == ["queues"]


def test_guides_are_newest_first_and_order_by_title_when_asked(client):
    GuidePageFactory(slug="b", title="Bravo")
    GuidePageFactory(slug="a", title="Alpha")

    assert slugs(client, "/api/v1/guides/") == ["a", "b"]
    assert slugs(client, "/api/v1/guides/?ordering=-title") == ["b", "a"]
    assert slugs(client, "/api/v1/guides/?ordering=published") == ["b", "a"]


def test_a_bad_guide_filter_is_a_400_naming_it(client):
    response = client.get("/api/v1/guides/?updated_since=yesterday")

    assert response.status_code == 400
    assert response.json() == {
        "status": 400,
        "code": "invalid",
        "message": "Some fields are not valid.",
        "fields": {"updated_since": ["Enter a valid date/time."]},
    }


def test_an_author_comes_with_their_published_guides_only(client):
    ada = AuthorPageFactory(title="Ada", slug="ada")
    guide = GuidePageFactory(slug="shown", title="Shown", author=ada)
    GuidePageFactory(slug="draft", author=ada, live=False)
    AuthorPageFactory(slug="draft-author", live=False)

    authors = get_json(client, "/api/v1/authors/")["results"]

    assert [author["slug"] for author in authors] == ["ada"]
    assert authors[0]["guides"] == [
        {
            "id": guide.pk,
            "slug": "shown",
            "title": "Shown",
            "url": "http://localhost/guides/shown/",
            "api_url": f"{API}/guides/{guide.pk}/",
            "published_at": guide.first_published_at.isoformat().replace("+00:00", "Z"),
        }
    ]
    assert client.get("/api/v1/authors/draft-author/").status_code == 404


def test_teams_and_categories_are_listed(client):
    TeamFactory(name="Platform team", slug="platform", description="Runs the platform.")
    GuideCategoryFactory(name="Engineering", slug="engineering")

    assert get_json(client, "/api/v1/teams/platform/") == {
        "id": get_json(client, "/api/v1/teams/")["results"][0]["id"],
        "slug": "platform",
        "name": "Platform team",
        "description": "Runs the platform.",
        "website": "",
        "url": f"{API}/teams/platform/",
    }
    assert [category["slug"] for category in get_json(client, "/api/v1/guide-categories/")["results"]] == [
        "engineering"
    ]


def test_no_default_call_to_action_is_a_404_in_the_error_shape(client):
    site_chrome(default_cta=None)

    response = client.get("/api/v1/calls-to-action/default/")

    assert response.status_code == 404
    assert response.json()["message"] == "No default call to action is set."


@pytest.fixture
def queued_tasks(settings):
    """The real queue: a rendition asked for waits for the worker instead of being made at once."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_an_author_photo_the_worker_has_not_made_yet_is_no_photo_and_is_not_made_by_the_request(client, queued_tasks):
    AuthorPageFactory(title="Ada", slug="ada", photo=ImageFactory(description="Ada at her desk"))
    renditions = get_image_model().get_rendition_model().objects

    authors = get_json(client, "/api/v1/authors/")["results"]

    assert [(author["slug"], author["photo"]) for author in authors] == [("ada", None)]
    assert renditions.count() == 0


def test_an_unreadable_original_leaves_the_list_of_authors_whole(client, queued_tasks):
    photo = ImageFactory(description="Grace")
    with photo.file.storage.open(photo.file.name, "wb") as original:
        original.write(b"GIF89a<html>not a picture</html>")
    AuthorPageFactory(title="Grace", slug="grace", photo=photo)
    AuthorPageFactory(title="Alan", slug="alan")

    response = client.get("/api/v1/authors/")

    assert response.status_code == 200
    assert [(author["slug"], author["photo"]) for author in response.json()["results"]] == [
        ("alan", None),
        ("grace", None),
    ]


def test_a_hero_lists_only_the_renditions_the_worker_made(client, queued_tasks):
    GuidePageFactory(hero_image=ImageFactory(description="Racks of servers"))

    hero = get_json(client, "/api/v1/guides/")["results"][0]["hero_image"]

    assert (hero["alt"], hero["renditions"]) == ("Racks of servers", [])
    assert get_image_model().get_rendition_model().objects.count() == 0
