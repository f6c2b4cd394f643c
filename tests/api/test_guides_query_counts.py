"""Each list and detail of the guides and authors API runs the same number of queries however many
guides, authors, blocks and sources there are (counts pinned at two volumes)."""

import pytest
from django.core.cache import caches

from tests.authors.factories import AuthorPageFactory, TeamFactory
from tests.frameworks.factories import (
    BenchmarkFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import (
    CallToActionFactory,
    GuidePageFactory,
    ImageFactory,
    adoption_chart,
    benchmark_source,
    comparison_matrix,
    decision_guide,
    heading,
    paragraph,
    site_chrome,
    source,
    survey_source,
    tiered_ranking,
)

pytestmark = pytest.mark.django_db


def build(volume):
    """`volume` guides by `volume` authors, each showing every data block over `volume` frameworks."""
    site_chrome(default_cta=CallToActionFactory())
    frameworks = [FrameworkFactory(name=f"Framework {volume}-{n}") for n in range(volume)]
    survey = survey_with_figures(dict.fromkeys(frameworks, "1.0"))
    benchmark = BenchmarkFactory(results=[(framework, "top", rank) for rank, framework in enumerate(frameworks, 1)])
    choices = DecisionGuideFactory()
    for _ in range(volume):
        DecisionGuideRowFactory(guide=choices, lean_toward=frameworks[:2], alternatives=["Other", frameworks[-1]])
    matrix = matrix_of(frameworks)
    linked = GuidePageFactory(slug=f"linked-{volume}", author=AuthorPageFactory(slug=f"linked-author-{volume}"))
    guides = []
    for n in range(volume):
        guides.append(
            GuidePageFactory(
                slug=f"guide-{n}",
                author=AuthorPageFactory(slug=f"author-{n}", photo=ImageFactory()),
                reviewer_team=TeamFactory(),
                hero_image=ImageFactory(),
                body=[heading(f"Part {part}") for part in range(volume)]
                + [paragraph(f'<p>A claim [cite:a], <a linktype="page" id="{linked.pk}">linked</a>.</p>')] * volume
                + [
                    comparison_matrix(matrix),
                    adoption_chart(survey),
                    tiered_ranking(benchmark),
                    decision_guide(choices),
                ],
                sources=[source("a"), survey_source("s", survey), benchmark_source("b", benchmark)],
            )
        )
    # Renditions are made on a first request; the counts are of requests after it.
    return guides[0]


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content


@pytest.mark.parametrize("volume", [2, 5])
@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # version, restrictions, count, page, the authors and reviewing people (one query: joined to the
        # page's, PostgreSQL took longer to plan it than to run both), hero images, their renditions, the
        # site (its cache is cold)
        ("/api/v1/guides/", 8),
        # version, restrictions, guide, hero image, renditions, site (twice: once for the cold cache),
        # site chrome; the records the body and sources choose (survey, benchmark, matrix, decision
        # guide: one query per kind, frameworks/chooser_blocks.py), the pages its text links to (one
        # query for the whole body), matrix cells (3), chart figures, ranking results, decision rows
        # and choices (3)
        ("/api/v1/guides/{pk}/", 21),
        # version, restrictions (authors, guides), count, page, their photos and the photos' renditions,
        # their guides, the site
        ("/api/v1/authors/", 9),
        ("/api/v1/teams/", 3),
        ("/api/v1/guide-categories/", 3),
        ("/api/v1/calls-to-action/", 3),
    ],
)
def test_queries_do_not_grow_with_the_data(client, django_assert_num_queries, volume, url, queries):
    url = url.format(pk=build(volume).pk)
    get_ok(client, url)
    for cache in caches.all():  # a cold cache (Redis restarted): nothing may be looked up one by one
        cache.clear()

    with django_assert_num_queries(queries):
        get_ok(client, url)
