"""Each list and detail of the frameworks API runs the same number of queries however much data it
shows (counts pinned at two volumes). The session and throttle add none: the client has no cookie
and throttle counts live in the cache."""

import pytest

from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    DecisionGuideFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    LanguageFactory,
    RuntimeFactory,
    matrix_of,
    survey_with_figures,
)

pytestmark = pytest.mark.django_db


def build(volume):
    """`volume` frameworks with values, each in a matrix, a survey, a benchmark and a decision guide."""
    criteria = [CriterionFactory(slug=f"criterion-{n}") for n in range(3)]
    node = RuntimeFactory(name="Node.js", slug="nodejs")
    frameworks = [
        FrameworkFactory(
            name=f"Framework {volume}-{n}",
            language=LanguageFactory(name=f"Language {n}"),
            runtime=node,
            values=dict.fromkeys(criteria, f"value {n}"),
        )
        for n in range(volume)
    ]
    for n in range(volume):
        matrix_of(frameworks, criteria=criteria, slug=f"matrix-{n}")
        survey_with_figures(dict.fromkeys(frameworks, "1.0"), year=2000 + n)
        BenchmarkFactory(
            slug=f"benchmark-{n}", results=[(framework, "top", rank) for rank, framework in enumerate(frameworks, 1)]
        )
        guide = DecisionGuideFactory(slug=f"guide-{n}")
        for _ in range(volume):
            DecisionGuideRowFactory(guide=guide, lean_toward=frameworks[:2], alternatives=["Other", frameworks[-1]])


def get_ok(client, url):
    response = client.get(url)
    assert response.status_code == 200, response.content


LISTS = [
    ("/api/v1/frameworks/", 4),  # count, page, values of live criteria
    ("/api/v1/languages/", 3),
    ("/api/v1/criteria/", 3),
    ("/api/v1/comparison-matrices/", 3),
    ("/api/v1/adoption-surveys/", 4),
    ("/api/v1/benchmarks/", 4),
    ("/api/v1/decision-guides/", 6),  # count, page, rows, their lean-toward and alternative choices
]
DETAILS = [
    ("/api/v1/frameworks/framework-{volume}-0/", 3),
    ("/api/v1/criteria/criterion-0/", 2),
    ("/api/v1/comparison-matrices/matrix-0/", 5),  # matrix, columns, rows, their values
    ("/api/v1/adoption-surveys/stack-overflow-2000/", 3),
    ("/api/v1/benchmarks/benchmark-0/", 3),
    ("/api/v1/decision-guides/guide-0/", 5),
]


@pytest.mark.parametrize("volume", [2, 6])
@pytest.mark.parametrize(("url", "queries"), LISTS + DETAILS)
def test_queries_do_not_grow_with_the_data(client, django_assert_num_queries, volume, url, queries):
    build(volume)

    with django_assert_num_queries(queries):
        get_ok(client, url.format(volume=volume))
