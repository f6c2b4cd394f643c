"""Case studies: a page per client project (sector, challenge, stack, outcome figures) and the index
that lists them, as a reader, a search engine and an editor meet them."""

import json
from datetime import UTC, datetime
from xml.etree import ElementTree

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from guides.demo.load import load_demo
from guides.models import CaseStudyOutcome, CaseStudyPage, ContentPage
from tests.guides.factories import (
    CaseStudyIndexPageFactory,
    CaseStudyPageFactory,
    ContentPageFactory,
    GuideCategoryFactory,
    GuidePageFactory,
    related_guides,
)

pytestmark = pytest.mark.django_db

SITEMAP = {"sitemap": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def texts(elements):
    return [" ".join(element.get_text(" ").split()) for element in elements]


@pytest.fixture
def case_study():
    return CaseStudyPageFactory(
        title="Live tracking for a freight carrier",
        slug="live-tracking",
        client_sector="Logistics",
        summary="Tracking that updates within seconds of every scan.",
        challenge="<p>Scanners uploaded once a shift, so the portal ran a day behind.</p>",
        stack=["Go", "PostgreSQL", "Redis"],
        outcomes=[("68%", "fewer calls to the support desk"), ("under 2 s", "from scan to screen")],
        first_published_at=datetime(2026, 2, 4, 9, 0, tzinfo=UTC),
        last_published_at=datetime(2026, 2, 4, 9, 0, tzinfo=UTC),
    )


def test_a_case_study_shows_its_outcome_figures_with_their_labels(client, case_study):
    soup = soup_of(client, "/case-studies/live-tracking/")
    assert texts(soup.select(".outcomes li")) == [
        "68% fewer calls to the support desk",
        "under 2 s from scan to screen",
    ]
    assert texts(soup.select(".outcome__figure")) == ["68%", "under 2 s"]


def test_a_case_study_shows_its_client_sector_and_stack_in_order(client, case_study):
    soup = soup_of(client, "/case-studies/live-tracking/")
    facts = soup.select_one(".case-study__facts")
    assert texts(facts.select("dt")) == ["Client sector", "Stack"]
    assert texts(facts.select("dd"))[0] == "Logistics"
    assert texts(facts.select(".stack li")) == ["Go", "PostgreSQL", "Redis"]


def test_a_case_study_shows_its_title_summary_and_challenge(client, case_study):
    soup = soup_of(client, "/case-studies/live-tracking/")
    assert soup.h1.get_text() == "Live tracking for a freight carrier"
    assert soup.select_one(".standfirst").get_text() == "Tracking that updates within seconds of every scan."
    challenge = soup.find("section", attrs={"aria-labelledby": "challenge-heading"})
    assert texts(challenge.find_all(["h2", "p"])) == [
        "The challenge",
        "Scanners uploaded once a shift, so the portal ran a day behind.",
    ]


def test_an_outcome_figure_without_a_number_is_refused_naming_the_field(case_study):
    outcome = CaseStudyOutcome(page=case_study, figure="lots", label="happier customers")
    with pytest.raises(ValidationError) as refused:
        outcome.full_clean()
    assert refused.value.message_dict == {"figure": ["A figure needs a number in it, such as 40%, 3× or 12 weeks."]}


def test_the_index_lists_live_case_studies_newest_first_with_sector_and_first_outcome(client):
    CaseStudyPageFactory(
        title="Older",
        client_sector="Healthcare",
        outcomes=[("31%", "fewer missed appointments"), ("3×", "online bookings")],
        first_published_at=datetime(2026, 2, 1, tzinfo=UTC),
    )
    CaseStudyPageFactory(
        title="Newer",
        client_sector="Lending",
        outcomes=[("2 days", "to a decision")],
        first_published_at=datetime(2026, 3, 1, tzinfo=UTC),
    )
    draft = CaseStudyPageFactory(title="Draft")
    draft.unpublish()

    cards = soup_of(client, "/case-studies/").select(".case-study-card")
    assert [
        (
            card.select_one(".card__category").get_text(),
            card.h3.get_text(),
            card.select_one(".case-study-card__outcome").get_text(),
        )
        for card in cards
    ] == [("Lending", "Newer", "2 days to a decision"), ("Healthcare", "Older", "31% fewer missed appointments")]


def test_the_index_with_no_case_studies_says_so(client):
    CaseStudyIndexPageFactory()
    assert texts(soup_of(client, "/case-studies/").select("main p")) == ["No case studies here yet."]


@pytest.mark.parametrize("count", [2, 6])
def test_the_index_takes_the_same_queries_however_many_case_studies_it_lists(client, django_assert_num_queries, count):
    for number in range(count):
        CaseStudyPageFactory(outcomes=[(f"{number}0%", "better"), ("1", "more")])
    client.get("/case-studies/")  # fills Wagtail's site and settings caches
    with django_assert_num_queries(11):  # 10, and the index's stored social card
        assert client.get("/case-studies/").status_code == 200


def test_a_case_study_is_an_article_in_json_ld_with_its_sector_and_stack_as_keywords(client, case_study):
    soup = soup_of(client, "/case-studies/live-tracking/")
    documents = [json.loads(script.string) for script in soup.find_all("script", type="application/ld+json")]
    article = next(document for document in documents if document["@type"] == "Article")
    assert {key: value for key, value in article.items() if key != "image"} == {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": "Live tracking for a freight carrier",
        "description": "Tracking that updates within seconds of every scan.",
        "mainEntityOfPage": "http://localhost/case-studies/live-tracking/",
        "articleSection": "Case studies",
        "keywords": "Logistics, Go, PostgreSQL, Redis",
        "datePublished": "2026-02-04T09:00:00+00:00",
        "dateModified": "2026-02-04T09:00:00+00:00",
        # Written and published by the consultancy, as a case study has no byline.
        "author": RESOURCIFI,
        "publisher": RESOURCIFI,
    }


RESOURCIFI = {
    "@type": "Organization",
    "name": "Resourcifi",
    "url": "http://localhost/",
    "logo": "http://localhost/static/logo.svg",
}


def test_a_case_study_shows_related_guides_from_its_category(client):
    category = GuideCategoryFactory(name="Engineering")
    GuidePageFactory(title="Queues compared", category=category)
    GuidePageFactory(title="Mobile payments", category=GuideCategoryFactory(name="Mobile"))
    CaseStudyPageFactory(slug="with-guides", category=category, related=[related_guides(count=3)])
    soup = soup_of(client, "/case-studies/with-guides/")
    assert texts(soup.select(".related .card__title")) == ["Queues compared"]


def test_the_sitemap_lists_the_index_and_each_live_case_study(client, case_study):
    urls = ElementTree.fromstring(client.get("/sitemap.xml").content).findall("sitemap:url", SITEMAP)
    locations = {url.findtext("sitemap:loc", namespaces=SITEMAP) for url in urls}
    assert {"http://localhost/case-studies/", "http://localhost/case-studies/live-tracking/"} <= locations


def test_the_demo_has_three_case_studies_under_case_studies(client, demo_content):
    cards = soup_of(client, "/case-studies/").select(".case-study-card")
    assert [(card.select_one(".card__category").get_text(), card.h3.get_text()) for card in cards] == [
        ("Financial services", "Faster loan decisions for a community lender"),
        ("Healthcare", "Online booking for a chain of physiotherapy clinics"),
        ("Logistics", "Live shipment tracking for a regional freight carrier"),
    ]


def test_a_demo_case_study_shows_three_outcomes_and_its_stack(client, demo_content):
    soup = soup_of(client, "/case-studies/online-booking-for-physiotherapy-clinics/")
    assert texts(soup.select(".outcomes li")) == [
        "31% fewer missed appointments",
        "3× as many bookings made online",
        "99.95% availability over the first year",
    ]
    assert texts(soup.select(".stack li")) == ["Python", "FastAPI", "PostgreSQL", "Flutter", "Azure"]


def case_study_form(**overrides):
    fields = {
        "title": "Faster payroll for a staffing agency",
        "slug": "faster-payroll",
        "client_sector": "Staffing",
        "summary": "Payroll ran for two days each week; now it runs in an hour.",
        "challenge": rich_text("<p>Timesheets arrived on paper.</p>"),
        "stack": streamfield([("technology", "Django"), ("technology", "PostgreSQL")]),
        "outcomes": inline_formset([{"figure": "95%", "label": "less time spent on payroll"}]),
        "body": streamfield([]),
        "related": streamfield([]),
        "action-publish": "publish",
    }
    fields.update(overrides)
    return nested_form_data(fields)


def test_an_editor_publishes_a_case_study_from_the_admin(admin_client, client):
    index = CaseStudyIndexPageFactory()
    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=["guides", "casestudypage", index.pk]), case_study_form()
    )
    assert response.status_code == 302
    soup = soup_of(client, "/case-studies/faster-payroll/")
    assert texts(soup.select(".outcomes li")) == ["95% less time spent on payroll"]
    assert texts(soup.select(".stack li")) == ["Django", "PostgreSQL"]


def test_the_admin_refuses_an_outcome_figure_without_a_number_and_says_why(admin_client):
    index = CaseStudyIndexPageFactory()
    response = admin_client.post(
        reverse("wagtailadmin_pages:add", args=["guides", "casestudypage", index.pk]),
        case_study_form(outcomes=inline_formset([{"figure": "a lot", "label": "happier staff"}])),
    )
    assert response.status_code == 200
    assert "A figure needs a number in it, such as 40%, 3× or 12 weeks." in response.content.decode()
    assert not CaseStudyPage.objects.filter(slug="faster-payroll").exists()


def test_loading_the_demo_over_an_old_case_studies_content_page_keeps_it_and_says_so():
    old = ContentPageFactory(title="Case Studies", slug="case-studies", intro="An editor's own words.")
    lines = []
    load_demo(log=lines.append)
    assert "  kept the ContentPage at /home/case-studies/: delete it for the case-study index" in lines
    assert ContentPage.objects.get(pk=old.pk).intro == "An editor's own words."
    assert CaseStudyPage.objects.count() == 0


@pytest.mark.parametrize("count", [2, 6])
def test_a_case_study_takes_the_same_queries_however_many_outcomes_and_technologies(
    client, django_assert_num_queries, count
):
    CaseStudyPageFactory(
        slug="sized",
        stack=[f"Technology {number}" for number in range(count)],
        outcomes=[(f"{number}%", f"Outcome {number}") for number in range(count)],
    )
    client.get("/case-studies/sized/")  # draws the social card, fills Wagtail's site and settings caches
    with django_assert_num_queries(9):
        assert client.get("/case-studies/sized/").status_code == 200
