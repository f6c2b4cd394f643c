"""What a guide's planned queries must never change: a preview shows its draft's choices, an edit
to a chosen record shows on the next render (nothing is kept between renders), and related cards,
fetched in one query, still leave out what readers may not see."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import PageViewRestriction

from tests.frameworks.factories import BenchmarkFactory, survey_with_figures
from tests.guides.factories import (
    GuideCategoryFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    benchmark_source,
    related_guides,
    source,
    survey_source,
)

pytestmark = pytest.mark.django_db


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


def sources(soup):
    return [" ".join(item.get_text().split()) for item in soup.select("section.sources li")]


def test_a_preview_shows_the_category_its_draft_chose():
    guide = GuidePageFactory(category=GuideCategoryFactory(name="Engineering"))
    guide.category = GuideCategoryFactory(name="Operations")
    guide.save_revision()
    draft = guide.get_latest_revision_as_object()  # as the editor's preview gets it: ids only

    soup = soup_of(draft.make_preview_request().rendered_content)

    assert soup.select_one(".guide-header__category").get_text() == "Operations"


def test_a_record_edited_between_two_renders_shows_its_new_citation_on_the_second(client):
    survey = survey_with_figures({}, year=2025)
    guide = GuidePageFactory(
        sources=[
            source("a", title="A hand-written source"),
            survey_source("survey", survey),
            benchmark_source("bench", BenchmarkFactory(edition="Round 23")),
        ]
    )
    before = sources(soup_of(client.get(guide.url).content))
    assert before[1] == "Stack Overflow, Developer Survey 2025, Technology (n=1,000)."

    survey.name = "Developer Survey, revised"
    survey.save()
    survey.save_revision().publish()

    assert sources(soup_of(client.get(guide.url).content)) == [
        "Publisher, A hand-written source.",
        "Stack Overflow, Developer Survey, revised 2025, Technology (n=1,000).",
        "TechEmpower, Framework Benchmarks Round 23 (March 2025).",
    ]


def test_related_cards_show_the_picks_then_the_newest_of_the_category_and_nothing_from_a_private_section(client):
    category = GuideCategoryFactory(name="Engineering")
    old = GuidePageFactory(title="Old guide", category=category)  # under /guides/, made first
    members_only = GuideIndexPageFactory(title="Members", slug="members")
    PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.LOGIN)
    private_pick = GuidePageFactory(title="Members' guide", category=category, parent=members_only)
    GuidePageFactory(title="Newer guide", category=category)
    GuidePageFactory(title="Newest guide", category=category)
    GuidePageFactory(title="Elsewhere guide", category=GuideCategoryFactory(name="Operations"))
    guide = GuidePageFactory(category=category, related=[related_guides(private_pick, old, count=3)])

    cards = soup_of(client.get(guide.url).content).select("section.related .card__title")

    assert [card.get_text(strip=True) for card in cards] == ["Old guide", "Newest guide", "Newer guide"]


def test_a_guide_under_a_private_section_asks_for_login_and_its_breadcrumbs_show_once_let_in(client, django_user_model):
    GuidePageFactory(title="Public guide")  # makes /guides/ first
    members_only = GuideIndexPageFactory(title="Members", slug="members")
    PageViewRestriction.objects.create(page=members_only, restriction_type=PageViewRestriction.LOGIN)
    guide = GuidePageFactory(title="Members' guide", slug="members-guide", parent=members_only)

    response = client.get(guide.url)
    assert (response.status_code, response["Location"]) == (302, "/_util/login/?next=/members/members-guide/")

    client.force_login(django_user_model.objects.create_user("reader"))
    crumbs = soup_of(client.get(guide.url).content).select("nav.breadcrumbs a, nav.breadcrumbs [aria-current]")
    assert [crumb.get_text(strip=True) for crumb in crumbs] == ["Home", "Members", "Members' guide"]
