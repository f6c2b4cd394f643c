"""/frameworks/<slug>/: one live framework, everything the site knows about it, from live records only."""

import re
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from PIL import Image

from frameworks.models import BenchmarkResult, CriterionValue, Framework
from guides.models import SocialCard
from tests.frameworks import purge_recorder
from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    FrameworkIndexPageFactory,
    LanguageFactory,
    RuntimeFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import GuidePageFactory, comparison_matrix, decision_guide

pytestmark = pytest.mark.django_db


@pytest.fixture
def django():
    """Django with values, two live surveys and a draft one, a live and a draft benchmark, decision-guide
    rows (one in a draft guide) and a guide that shows it."""
    FrameworkIndexPageFactory()
    python = LanguageFactory(name="Python")
    CriterionFactory(slug="learning-curve")
    CriterionFactory(slug="raw-performance")
    CriterionFactory(slug="async-support", name="Async support", live=False)
    django = FrameworkFactory(
        name="Django",
        language=python,
        website="https://www.djangoproject.com/",
        values={"learning-curve": "Moderate", "raw-performance": "Moderate (sync WSGI)", "async-support": "Maturing"},
    )
    CriterionValue.objects.create(
        framework=django, criterion=CriterionFactory(slug="ecosystem", scale_max=5), text="Very high", score=5
    )
    flask = FrameworkFactory(name="Flask", language=python)
    fastapi = FrameworkFactory(name="FastAPI", language=python)
    laravel = FrameworkFactory(name="Laravel", language=LanguageFactory(name="PHP"))
    litestar = FrameworkFactory(name="Litestar", language=python, live=False)

    survey_with_figures({django: "12.0", flask: "12.9"}, year=2024, sample_size=48503)
    survey_with_figures({django: "12.6"}, year=2025, sample_size=23678)
    survey_with_figures({django: "30.0"}, year=2026, live=False)

    BenchmarkFactory(
        edition="Round 23",
        published_on=date(2025, 3, 1),
        url="https://www.techempower.com/benchmarks/",
        figure_unit="responses per second",
        results=[(fastapi, "middle", 1), (litestar, "lower", 1), (flask, "lower", 2), (django, "lower", 3)],
    )
    BenchmarkResult.objects.filter(framework=django).update(figure=Decimal("12345.50"))
    BenchmarkFactory(edition="Round 24", live=False, results=[(django, "top", 1)])

    guide = DecisionGuideFactory(title="Match the framework to the project")
    DecisionGuideRowFactory(
        guide=guide,
        project_type="Data / ML / AI workloads",
        why="Async ASGI and the Python ML ecosystem",
        lean_toward=[fastapi, litestar],
        alternatives=[{"framework": django, "note": "for Python shops"}, flask],
    )
    DecisionGuideRowFactory(
        guide=guide,
        project_type="Content / CRUD / dashboards",
        why="Built-in ORM, admin and auth shorten the build",
        lean_toward=[django, laravel, "Rails"],
    )
    DecisionGuideRowFactory(
        guide__title="Unpublished guide", guide__live=False, project_type="Secret", lean_toward=[django]
    )

    GuidePageFactory(
        title="Python frameworks compared", body=[comparison_matrix(matrix_of([django, flask], criteria=["ecosystem"]))]
    )
    GuidePageFactory(title="Choosing a stack", body=[decision_guide(guide)])
    GuidePageFactory(title="Unpublished guide page", live=False, body=[decision_guide(guide)])
    GuidePageFactory(title="A guide about something else")
    return django


def profile(client, url="/frameworks/django/"):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def section(soup, heading_id):
    return soup.find(id=heading_id).find_parent("section")


def items(element, selector="li"):
    return [item.get_text(" ", strip=True) for item in element.select(selector)]


def test_the_profile_names_the_framework_its_kind_language_and_website(client, django):
    soup = profile(client)
    assert soup.h1.get_text() == "Django"
    assert [(dt.get_text(), dt.find_next_sibling("dd").get_text()) for dt in soup.select("dl.facts dt")] == [
        ("Kind", "Framework"),
        ("Language", "Python"),
        ("Website", "djangoproject.com"),
    ]
    assert soup.select_one("dl.facts a")["href"] == "https://www.djangoproject.com/"
    assert items(soup, "nav.breadcrumbs li") == ["Home", "Frameworks", "Django"]
    assert soup.title.get_text() == "Django | Frameworks | Resourcifi"
    assert soup.find("link", rel="canonical")["href"] == "http://localhost/frameworks/django/"


def test_the_profile_lists_each_live_criterions_value_with_its_score(client, django):
    values = section(profile(client), "criteria-heading").select_one("dl.criteria-values")
    assert [(dt.get_text(), dt.find_next_sibling("dd").get_text(" ", strip=True)) for dt in values.select("dt")] == [
        ("Ecosystem", "Very high (score 5 out of 5)"),
        ("Learning curve", "Moderate"),
        ("Raw performance", "Moderate (sync WSGI)"),
    ]


def test_adoption_across_every_live_survey_is_a_chart_with_its_data_table(client, django):
    adoption = section(profile(client), "adoption-heading")
    assert [text.get_text() for text in adoption.select("svg .chart__label")] == [
        "Stack Overflow 2024",
        "Stack Overflow 2025",
    ]
    assert [rect["width"] for rect in adoption.select("svg rect")] == ["240.0", "252.0"]
    assert adoption.select_one(".chart__summary").get_text() == (
        "Share of respondents using Django: 12 percent in the Stack Overflow Developer Survey 2024 "
        "and 12.6 percent in the Stack Overflow Developer Survey 2025."
    )
    table = adoption.find("table")
    assert table.caption.get_text() == "Share of survey respondents using Django"
    assert [[cell.get_text() for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")] == [
        ["Survey", "Respondents", "Used by"],
        ["Stack Overflow Developer Survey 2024", "48,503", "12.0%"],
        ["Stack Overflow Developer Survey 2025", "23,678", "12.6%"],
    ]
    assert [th["scope"] for th in table.find_all("th")] == ["col", "col", "col", "row", "row"]
    assert adoption.find("a", string="Download the data (CSV)")["href"] == "/frameworks/data/adoption/django.csv"


def test_the_benchmark_tiers_count_live_frameworks_and_cite_the_source(client, django):
    benchmarks = section(profile(client), "benchmarks-heading")
    assert items(benchmarks) == [
        "Lower tier , 2nd of 2 in the tier (12,345.5 responses per second). "
        "Source: TechEmpower Framework Benchmarks Round 23 (March 2025), Fortunes test."
    ]
    assert benchmarks.select_one("a")["href"] == "https://www.techempower.com/benchmarks/"


def test_the_decision_guide_rows_that_recommend_it_are_listed(client, django):
    assert items(section(profile(client), "recommendations-heading")) == [
        "Data / ML / AI workloads : the alternative (for Python shops) to FastAPI. "
        "From “Match the framework to the project”.",
        "Content / CRUD / dashboards : a first choice, with Laravel and Rails. "
        "Built-in ORM, admin and auth shorten the build. From “Match the framework to the project”.",
    ]


def test_the_live_guides_that_show_it_are_listed(client, django):
    guides = section(profile(client), "guides-heading")
    assert [(a.get_text(), a["href"]) for a in guides.select("a")] == [
        ("Choosing a stack", "/guides/choosing-a-stack/"),
        ("Python frameworks compared", "/guides/python-frameworks-compared/"),
    ]


def test_a_runtime_lists_the_frameworks_that_run_on_it_and_they_link_back(client, django):
    js = LanguageFactory(name="JavaScript / TypeScript")
    node = RuntimeFactory(name="Node.js", slug="nodejs", language=js)
    FrameworkFactory(name="Express", language=js, runtime=node)
    FrameworkFactory(name="Koa", language=js, runtime=node, live=False)
    assert profile(client, "/frameworks/nodejs/").select_one("p.runs-here").get_text() == (
        "Frameworks that run on Node.js: Express."
    )
    facts = profile(client, "/frameworks/express/").select_one("dl.facts")
    assert [(a.get_text(), a["href"]) for a in facts.select("a")] == [("Node.js", "/frameworks/nodejs/")]


def test_a_framework_with_nothing_recorded_says_so_in_each_section(client, django):
    FrameworkFactory(name="Phoenix", language=LanguageFactory(name="Elixir"))
    soup = profile(client, "/frameworks/phoenix/")
    assert [section(soup, heading).p.get_text() for heading in ("adoption-heading", "benchmarks-heading")] == [
        "None of the surveys we follow reports a figure for Phoenix.",
        "No benchmark we follow ranks Phoenix yet.",
    ]
    assert section(soup, "guides-heading").p.get_text() == "No guide shows Phoenix yet."


def test_drafts_never_show_on_a_profile(client, django):
    html = client.get("/frameworks/django/").content.decode()
    for hidden in (
        "Async support",
        "Maturing",
        "Survey 2026",
        "30.0%",
        "Round 24",
        "Secret",
        "Unpublished",
        "Litestar",
    ):
        assert hidden not in html


def test_an_unknown_or_draft_framework_has_no_profile(client, django):
    assert client.get("/frameworks/rails/").status_code == 404
    assert client.get("/frameworks/litestar/").status_code == 404
    Framework.objects.filter(slug="django").update(live=False)
    assert client.get("/frameworks/django/").status_code == 404


def test_a_profile_is_described_for_search_engines_and_its_breadcrumbs(client, django):
    soup = profile(client)
    assert soup.find("meta", attrs={"name": "description"})["content"] == (
        "Django, a Python framework: how it compares on each criterion, its adoption in surveys, "
        "its benchmark tier and the projects it suits."
    )
    scripts = [s.string for s in soup.find_all("script", type="application/ld+json")]
    assert any(
        '"@type": "BreadcrumbList"' in script and "http://localhost/frameworks/django/" in script for script in scripts
    )


def meta(soup, **attrs):
    tag = soup.find("meta", attrs=attrs)
    return tag["content"] if tag else None


def test_each_profile_has_its_own_social_card_drawn_from_its_name_language_and_kind(client, django):
    RuntimeFactory(name="Node.js", language=LanguageFactory(name="JavaScript"))
    index_card = meta(profile(client, "/frameworks/"), property="og:image")

    cards = {}
    for slug in ["django", "flask", "nodejs"]:
        soup = profile(client, f"/frameworks/{slug}/")
        framework = Framework.objects.get(slug=slug)
        image = meta(soup, property="og:image")
        # The storage adds a suffix when an earlier test left a file of the same name.
        card_name = rf"framework-{framework.pk}-[0-9a-f]{{12}}(_[A-Za-z0-9]{{7}})?\.png"
        assert re.fullmatch(rf"http://localhost/media/social-cards/{card_name}", image), image
        assert meta(soup, name="twitter:image") == image
        assert (meta(soup, property="og:image:width"), meta(soup, property="og:image:height")) == ("1200", "630")
        with Image.open(Path(settings.MEDIA_ROOT) / image.removeprefix("http://localhost/media/")) as card:
            assert card.size == (1200, 630)
        cards[slug] = (image, meta(soup, property="og:image:alt"))

    assert [alt for _, alt in cards.values()] == [
        "Python framework: Django",
        "Python framework: Flask",
        "JavaScript runtime: Node.js",
    ]
    assert len({image for image, _ in cards.values()} | {index_card}) == 4  # none is the frameworks page's


def test_a_profile_card_is_drawn_once_and_again_when_the_framework_is_renamed(client, django, monkeypatch):
    first = meta(profile(client), property="og:image")
    assert meta(profile(client), property="og:image") == first
    assert SocialCard.objects.filter(framework=django).count() == 1

    Framework.objects.filter(pk=django.pk).update(name="Django REST")
    renamed = profile(client)

    assert meta(renamed, property="og:image") != first
    assert meta(renamed, property="og:image:alt") == "Python framework: Django REST"
    assert SocialCard.objects.filter(framework=django).count() == 1
    assert not (Path(settings.MEDIA_ROOT) / first.removeprefix("http://localhost/media/")).exists()


def test_a_profile_card_the_media_storage_refuses_leaves_the_profile_served_without_one(client, django, monkeypatch):
    def refused(*args, **kwargs):
        raise OSError("the media storage refused the card")

    monkeypatch.setattr("django.core.files.storage.FileSystemStorage._save", refused)

    soup = profile(client)

    assert meta(soup, property="og:image") is None
    assert meta(soup, property="og:title") == "Django"
    assert not SocialCard.objects.filter(framework=django).exists()


def test_a_long_name_and_language_shorten_the_profiles_description_to_a_whole_sentence(client, django):
    FrameworkFactory(
        name="Enterprise Application Development Framework for Distributed Services",
        slug="enterprise",
        language=LanguageFactory(name="JavaScript / TypeScript (Node.js and Deno)"),
    )
    FrameworkFactory(name="A" * 80, slug="longest", language=LanguageFactory(name="L" * 60))

    descriptions = {
        slug: meta(profile(client, f"/frameworks/{slug}/"), name="description") for slug in ["enterprise", "longest"]
    }

    assert descriptions == {
        "enterprise": "Enterprise Application Development Framework for Distributed Services, a JavaScript / "
        "TypeScript (Node.js and Deno) framework, compared.",
        "longest": f"{'A' * 80}, compared.",
    }
    assert {slug: len(text) for slug, text in descriptions.items()} == {"enterprise": 136, "longest": 91}


# Query counts -------------------------------------------------------------------------------------------
# 20, and 1 for the profile's stored social card (guides_tags.framework_card).
PROFILE_QUERIES = 21


def framework_of_size(size):
    """A framework with `size` criterion values, survey figures, benchmark results, decision-guide
    rows (leaning toward it, `size` others beside it) and guides showing it."""
    FrameworkIndexPageFactory()
    others = [FrameworkFactory(name=f"Other {number}") for number in range(size)]
    framework = FrameworkFactory(
        name="Subject", values={CriterionFactory(slug=f"criterion-{n}"): f"Value {n}" for n in range(size)}
    )
    for year in range(size):
        survey_with_figures({framework: "10.0", others[0]: "5.0"}, year=2000 + year)
    for _ in range(size):
        BenchmarkFactory(results=[(framework, "top", 1)] + [(other, "top", 2) for other in others])
    guide = DecisionGuideFactory()
    for _ in range(size):
        DecisionGuideRowFactory(guide=guide, lean_toward=[framework, *others], alternatives=others)
        DecisionGuideRowFactory(guide=guide, lean_toward=others, alternatives=[framework])
    for _ in range(size):
        GuidePageFactory(body=[comparison_matrix(matrix_of([framework], criteria=["criterion-0"]))])


@pytest.mark.parametrize("size", [3, 9])
def test_a_profile_takes_the_same_queries_however_many_records(client, django_assert_num_queries, size):
    framework_of_size(size)
    client.get("/frameworks/subject/")  # fills Wagtail's and Django's caches
    with django_assert_num_queries(PROFILE_QUERIES):
        soup = profile(client, "/frameworks/subject/")
    assert len(section(soup, "guides-heading").select("li")) == size
    assert len(section(soup, "recommendations-heading").select("li")) == 2 * size


def test_publishing_the_frameworks_page_purges_it_and_every_live_profile_from_the_cdn(
    settings, django_capture_on_commit_callbacks
):
    page = FrameworkIndexPageFactory()
    FrameworkFactory(name="Django")
    FrameworkFactory(name="Litestar", live=False)
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.frameworks.purge_recorder.RecordingBackend", "HOSTNAMES": ["localhost"]}
    }
    purge_recorder.purged_urls.clear()
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()
    assert purge_recorder.purged_urls == [
        "http://localhost/frameworks/",
        "http://localhost/frameworks/django/",
        "http://localhost/sitemap-pages.xml",
        "http://localhost/sitemap.xml",
    ]
    purge_recorder.purged_urls.clear()
