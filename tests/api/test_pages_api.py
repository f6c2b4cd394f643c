"""Case studies and content pages in the API: published, public ones only, with typed bodies."""

from datetime import timedelta

import pytest
import yaml
from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.guides.factories import (
    CallToActionFactory,
    CaseStudyPageFactory,
    ContentPageFactory,
    GuideCategoryFactory,
    _block,
    heading,
    paragraph,
)

pytestmark = pytest.mark.django_db


def test_a_case_study_reads_as_sector_stack_outcomes_and_a_typed_body(client):
    study = CaseStudyPageFactory(
        title="Rebuilding a freight booking API",
        slug="freight-booking-api",
        client_sector="Logistics",
        summary="Bookings stopped timing out.",
        challenge='<p>Timeouts at peak; see <a href="/guides/">our guides</a>.</p>',
        stack=["FastAPI", "PostgreSQL"],
        outcomes=[("40%", "faster confirmation"), ("3×", "more bookings at peak")],
        category=GuideCategoryFactory(name="Engineering", slug="engineering"),
        body=[heading("What we changed"), paragraph("<p>A queue in front of the slow call.</p>")],
    )

    data = client.get(f"/api/v1/case-studies/{study.pk}/").json()

    assert data["title"] == "Rebuilding a freight booking API"
    assert data["url"] == "http://localhost/case-studies/freight-booking-api/"
    assert data["client_sector"] == "Logistics"
    assert data["stack"] == ["FastAPI", "PostgreSQL"]
    assert data["outcomes"] == [
        {"figure": "40%", "label": "faster confirmation"},
        {"figure": "3×", "label": "more bookings at peak"},
    ]
    assert data["category"]["slug"] == "engineering"
    assert data["challenge"] == '<p>Timeouts at peak; see <a href="http://localhost/guides/">our guides</a>.</p>'
    assert [(block["type"], block["value"]) for block in data["body"]] == [
        (
            "heading",
            {
                "text": "What we changed",
                "level": "h2",
                "anchor": "what-we-changed",
                "url": "http://localhost/case-studies/freight-booking-api/#what-we-changed",
            },
        ),
        ("paragraph", {"html": "<p>A queue in front of the slow call.</p>"}),
    ]


def test_the_case_study_list_has_no_body_and_is_newest_first(client):
    older = CaseStudyPageFactory(title="Older")
    newer = CaseStudyPageFactory(title="Newer")
    data = client.get("/api/v1/case-studies/").json()
    assert [item["id"] for item in data["results"]] == [newer.pk, older.pk]
    assert "body" not in data["results"][0] and "challenge" not in data["results"][0]
    assert data["results"][0]["api_url"] == f"http://testserver/api/v1/case-studies/{newer.pk}/"


def test_a_content_page_reads_with_its_body_and_its_calls_to_action(client):
    cta = CallToActionFactory(name="Discovery call", heading="Talk to an engineer")
    page = ContentPageFactory(
        title="API development",
        slug="api-development",
        intro="APIs designed and built.",
        body=[paragraph("<p>We design APIs.</p>"), _block("cta", {"cta": cta.pk})],
    )
    data = client.get(f"/api/v1/content-pages/{page.pk}/").json()
    assert (data["title"], data["intro"]) == ("API development", "APIs designed and built.")
    assert [(block["type"], block["value"]) for block in data["body"]] == [
        ("paragraph", {"html": "<p>We design APIs.</p>"})
    ]
    assert [item["heading"] for item in data["calls_to_action"]] == ["Talk to an engineer"]


@pytest.mark.parametrize("resource", ["case-studies", "content-pages"])
def test_drafts_private_and_expired_pages_are_never_served(client, resource):
    factory = CaseStudyPageFactory if resource == "case-studies" else ContentPageFactory
    public = factory(title="Public")
    draft = factory(title="Draft", live=False)
    private = factory(title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type="password", password="letmein")
    expired = factory(title="Expired", expire_at=timezone.now() - timedelta(minutes=1))

    listed = client.get(f"/api/v1/{resource}/").json()["results"]
    assert [item["title"] for item in listed if item["title"] != "Case Studies"] == ["Public"]
    for hidden in (draft, private, expired):
        assert client.get(f"/api/v1/{resource}/{hidden.pk}/").status_code == 404
    assert client.get(f"/api/v1/{resource}/{public.pk}/").status_code == 200


def test_listing_case_studies_takes_a_fixed_number_of_queries(client, django_assert_num_queries):
    for _ in range(3):
        CaseStudyPageFactory(category=GuideCategoryFactory())
    client.get("/api/v1/case-studies/")  # warm the site lookup
    # the data version, the view restrictions, the count, the case studies with their categories, their outcomes
    with django_assert_num_queries(5):
        client.get("/api/v1/case-studies/")


@pytest.mark.parametrize("resource", ["case-studies", "content-pages"])
def test_each_block_of_a_page_body_matches_the_schema_of_its_type(client, resource):
    """A generated client gets a class per block type for these bodies too, as for a guide's."""
    from jsonschema import Draft7Validator

    from tests.api.test_schema_and_docs import json_schema

    factory = CaseStudyPageFactory if resource == "case-studies" else ContentPageFactory
    page = factory(body=[heading("What we changed"), paragraph("<p>A queue in front of the slow call.</p>")])
    schema = yaml.safe_load(client.get("/api/schema/").content)
    components = schema["components"]["schemas"]
    detail = "CaseStudyDetail" if resource == "case-studies" else "ContentPageDetail"
    mapping = components[detail]["properties"]["body"]["items"]["discriminator"]["mapping"]

    body = client.get(f"/api/v1/{resource}/{page.pk}/").json()["body"]

    assert sorted(mapping) == ["aside", "heading", "paragraph"]
    assert [block["type"] for block in body] == ["heading", "paragraph"]
    for block in body:
        Draft7Validator(json_schema({"$ref": mapping[block["type"]]}, components)).validate(block)
