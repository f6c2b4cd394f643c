"""Pages' queries are planned: their number does not grow with what the page shows.

Each page is built twice, with two and with six of everything it can have many of, and rendered
twice: the first render makes the image renditions and fills Django's and Wagtail's caches, the
second is counted.
"""

from datetime import UTC, datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import caches

from tests.authors.factories import AuthorPageFactory, TeamFactory
from tests.frameworks.factories import (
    BenchmarkFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    RuntimeFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import (
    CallToActionFactory,
    ContentPageFactory,
    GuideCategoryFactory,
    GuidePageFactory,
    ImageFactory,
    adoption_chart,
    aside,
    benchmark_source,
    comparison_matrix,
    decision_guide,
    faq,
    heading,
    key_takeaways,
    paragraph,
    related_guides,
    site_chrome,
    source,
    survey_source,
    tiered_ranking,
)
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db

# Found by its address (core/routing.py: the site, the pages on the way with whether any has a
# view restriction, the guide with the records its byline shows), its people, the site's chrome, the
# records its blocks choose (one query a model), the pages they choose, its text and the navigation
# link to (one query, core/choosers.py), each data block's rows, the related guides, and 1 for where
# the framework profiles are (frameworks/profile_links.py).
GUIDE_PAGE_QUERIES = 20
# The same render with the body's parts kept between requests (page_cache/fragments.py).
GUIDE_PAGE_QUERIES_PARTS_KEPT = 5
# 13, and 1 for the page's stored social card (guides_tags.page_social_image).
GUIDE_INDEX_QUERIES = 14
# 8, 1 for the page's stored social card (guides_tags.page_social_image), 4 for the lead:
# the editor's choice with its picture, the categories and the guides page they link to, and 1 for
# the cards' pictures (their renditions, prefetched together, so a cold rendition cache costs no more;
# the heroes come joined to the guides).
HOME_PAGE_QUERIES = 14
# 12, and 1 for the page's stored social card (guides_tags.page_social_image).
AUTHOR_PAGE_QUERIES = 13

SIZES = [pytest.param(2, id="two of each"), pytest.param(6, id="six of each")]


def numbered(label, size):
    return [f"{label} {number}" for number in range(1, size + 1)]


def site_with_chrome(size):
    """The site's chrome as every page shows it: `size` navigation links, a header and a default call to action.
    Returns the linked pages."""
    home = home_page()
    linked = [ContentPageFactory(title=title) for title in numbered("Linked page", size)]
    site_chrome(
        linkedin_url="https://www.linkedin.com/company/resourcifi",
        navigation=[{"type": "link", "value": {"label": page.title, "page": page.pk}} for page in linked],
        header_cta=CallToActionFactory(name="Header call", button_label="Talk to us", link_page=home),
        default_cta=CallToActionFactory(name="Discovery call", heading="Plan your backend with us"),
    )
    return linked


def guide_with_everything(size):
    """A guide that uses every block, with `size` of each thing a guide can have many of."""
    linked = site_with_chrome(size)
    category = GuideCategoryFactory(name="Engineering")
    author = AuthorPageFactory(
        title="Kanika Mathur",
        photo=ImageFactory(),
        bio="<p>I run delivery.</p>",
        linkedin_url="https://www.linkedin.com/company/resourcifi",
    )
    language = LanguageFactory(name="Elixir")
    runtime = RuntimeFactory(name="BEAM", language=language)
    frameworks = [
        FrameworkFactory(
            name=name, language=language, runtime=runtime, values={"raw-performance": "High", "learning-curve": "Low"}
        )
        for name in numbered("Grown framework", size)
    ]
    matrix = matrix_of(frameworks, criteria=["raw-performance", "learning-curve"])
    benchmark = BenchmarkFactory(
        edition="Round 23", results=[(framework, "top", rank) for rank, framework in enumerate(frameworks)]
    )
    survey = survey_with_figures(dict.fromkeys(frameworks, "20.5"), year=2025)
    last_year = survey_with_figures(dict.fromkeys(frameworks, "10.5"), year=2024)
    decisions = DecisionGuideFactory(title="Which framework")
    for project_type in numbered("Grown project", size):
        DecisionGuideRowFactory(
            guide=decisions, project_type=project_type, lean_toward=frameworks, alternatives=["Next.js API routes"]
        )
    related = [
        GuidePageFactory(title=title, category=category, author=author)
        for title in numbered("Grown related guide", size)
    ]
    return GuidePageFactory(
        title="Backend frameworks compared",
        slug="frameworks-compared",
        category=category,
        author=author,
        reviewer_team=TeamFactory(name="Platform team"),
        last_reviewed_at=datetime(2026, 5, 4, tzinfo=UTC),
        hero_image=ImageFactory(),
        body=[
            key_takeaways(*numbered("Grown takeaway", size)),
            heading("The frameworks"),
            paragraph("<p>How they compare [cite:grown-1], how many use them [cite:survey].</p>"),
            comparison_matrix(matrix),
            adoption_chart(survey, comparison_survey=last_year),
            tiered_ranking(benchmark),
            decision_guide(decisions),
            aside("A caveat", "<p>Benchmarks are not workloads.</p>"),
            *[paragraph(f'<p>Read <a linktype="page" id="{page.pk}">{page.title}</a>.</p>') for page in linked],
            faq(*[(question + "?", "<p>An answer.</p>") for question in numbered("Grown question", size)]),
        ],
        sources=[source(f"grown-{number}", title=f"Grown source {number}") for number in range(1, size + 1)]
        + [
            survey_source("survey", survey),
            survey_source("last-year", last_year),
            benchmark_source("bench", benchmark),
        ],
        related=[related_guides(*related, count=size)],
    )


def texts(soup, selector):
    return [element.get_text(" ", strip=True) for element in soup.select(selector)]


@pytest.mark.parametrize("size", SIZES)
def test_with_its_parts_kept_a_guide_renders_in_fewer_queries_and_the_same_html(
    client, settings, django_assert_num_queries, size
):
    guide_with_everything(size)
    fresh = client.get("/guides/frameworks-compared/").content
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    # A made-up query parameter (a newsletter's) is never answered from the whole-page cache: a render.
    client.get("/guides/frameworks-compared/?utm_source=letter")

    with django_assert_num_queries(GUIDE_PAGE_QUERIES_PARTS_KEPT):
        kept = client.get("/guides/frameworks-compared/?utm_source=letter").content

    assert kept == fresh
    caches["pages"].clear()


def render(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content.decode(), "html.parser")


@pytest.mark.parametrize("size", SIZES)
def test_a_guide_renders_in_the_same_number_of_queries_however_much_it_shows(client, django_assert_num_queries, size):
    guide_with_everything(size)
    render(client, "/guides/frameworks-compared/")

    with django_assert_num_queries(GUIDE_PAGE_QUERIES):
        page = render(client, "/guides/frameworks-compared/")

    # The counted render showed all of it.
    matrix, decisions = page.select("section.data-table")
    assert texts(matrix, "tbody th") == numbered("Grown framework", size)
    assert texts(decisions, "tbody th") == numbered("Grown project", size)
    assert texts(page, "figure.chart tbody th") == numbered("Grown framework", size)
    top_tier = texts(page, "section.tiers li")[0]
    assert [name for name in numbered("Grown framework", size) if name not in top_tier] == []
    assert texts(page, "section.takeaways li") == numbered("Grown takeaway", size)
    assert texts(page, "section.faq h3") == [question + "?" for question in numbered("Grown question", size)]
    assert texts(page, "section.sources li") == [f"Publisher, {title}." for title in numbered("Grown source", size)] + [
        "Stack Overflow, Developer Survey 2025, Technology (n=1,000).",
        "Stack Overflow, Developer Survey 2024, Technology (n=1,000).",
        "TechEmpower, Framework Benchmarks Round 23 (March 2025).",
    ]
    assert texts(page, "section.related .card__title") == numbered("Grown related guide", size)
    links = page.select(".guide-body p a[href^='/linked-page']")
    assert [(link.get_text(), link["href"]) for link in links] == [
        (f"Linked page {number}", f"/linked-page-{number}/") for number in range(1, size + 1)
    ]
    assert texts(page, "nav.site-nav li") == [*numbered("Linked page", size), "Search", "Talk to us"]
    assert texts(page, "p.byline__reviewer") == ["Reviewed by Platform team on May 4, 2026"]
    assert texts(page, "section.cta-band h2") == ["Plan your backend with us"]
    assert page.select_one("figure.hero img")["alt"] == "A row of server racks"


def guides_in_categories(size, author=None, pictured=False):
    """`size` guides, each in a category of its own and, unless `author` is given, by an author of its own;
    `pictured`, each with a hero image of its own."""
    authors = {"author": author} if author else {}
    for number in range(1, size + 1):
        GuidePageFactory(
            title=f"Listed guide {number}",
            category=GuideCategoryFactory(name=f"Topic {number}"),
            hero_image=ImageFactory() if pictured else None,
            **authors,
        )


def newest_first(label, size):
    return numbered(label, size)[::-1]


@pytest.mark.parametrize("size", SIZES)
def test_the_guide_index_renders_in_the_same_number_of_queries_however_many_guides_it_lists(
    client, django_assert_num_queries, size
):
    site_with_chrome(size)
    guides_in_categories(size)
    render(client, "/guides/")

    with django_assert_num_queries(GUIDE_INDEX_QUERIES):
        page = render(client, "/guides/")

    assert texts(page, ".card__title") == newest_first("Listed guide", size)


@pytest.mark.parametrize("size", SIZES)
def test_the_home_page_renders_in_the_same_number_of_queries_however_many_guides_it_lists(
    client, django_assert_num_queries, size
):
    site_with_chrome(size)
    guides_in_categories(size, pictured=True)
    render(client, "/")

    with django_assert_num_queries(HOME_PAGE_QUERIES):
        page = render(client, "/")

    newest, *rest = newest_first("Listed guide", size)
    assert texts(page, ".featured__title") == [newest]  # no editor's choice: the newest leads
    assert texts(page, ".card__title") == rest
    assert len(page.select(".card__picture img")) == size - 1


@pytest.mark.parametrize("size", SIZES)
def test_an_author_page_renders_in_the_same_number_of_queries_however_many_guides_they_wrote(
    client, django_assert_num_queries, size
):
    site_with_chrome(size)
    author = AuthorPageFactory(title="Kanika Mathur", photo=ImageFactory())
    guides_in_categories(size, author=author)
    render(client, "/authors/kanika-mathur/")

    with django_assert_num_queries(AUTHOR_PAGE_QUERIES):
        page = render(client, "/authors/kanika-mathur/")

    assert texts(page, ".card__title") == newest_first("Listed guide", size)
