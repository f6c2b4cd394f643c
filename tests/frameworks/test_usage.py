"""'Shown in guides': the live pages that display a record, directly or through another record."""

import pytest

from frameworks.usage import page_ids_showing, pages_showing
from tests.frameworks.factories import (
    BenchmarkFactory,
    CriterionFactory,
    DecisionGuideRowFactory,
    FrameworkFactory,
    matrix_of,
    survey_with_figures,
)
from tests.guides.factories import (
    GuidePageFactory,
    adoption_chart,
    comparison_matrix,
    decision_guide,
    paragraph,
    survey_source,
    tiered_ranking,
)

pytestmark = pytest.mark.django_db


def titles(pages):
    return [page.title for page in pages]


@pytest.fixture
def library():
    django, flask, phoenix = (FrameworkFactory(name=name) for name in ("Django", "Flask", "Phoenix"))
    learning_curve = CriterionFactory(slug="learning-curve", name="Learning curve")
    matrix = matrix_of([django, flask], criteria=[learning_curve])
    survey = survey_with_figures({django: "12.6"}, year=2025)
    benchmark = BenchmarkFactory(results=[(phoenix, "top", 1)])
    row = DecisionGuideRowFactory(lean_toward=[flask], alternatives=["Next.js API routes"])
    GuidePageFactory(title="Matrix guide", body=[comparison_matrix(matrix)])
    GuidePageFactory(title="Chart guide", body=[adoption_chart(survey)])
    GuidePageFactory(title="Decision guide", body=[decision_guide(row.guide)])
    GuidePageFactory(title="Ranking guide", body=[tiered_ranking(benchmark)])
    GuidePageFactory(title="Citing guide", body=[paragraph("<p>[cite:so]</p>")], sources=[survey_source("so", survey)])
    GuidePageFactory(title="Draft guide", body=[comparison_matrix(matrix)], live=False)
    GuidePageFactory(title="Plain guide")
    return locals()


def test_a_framework_is_shown_through_matrices_surveys_benchmarks_and_decision_guides(library):
    assert titles(pages_showing(library["django"])) == ["Chart guide", "Citing guide", "Matrix guide"]
    assert titles(pages_showing(library["flask"])) == ["Decision guide", "Matrix guide"]
    assert titles(pages_showing(library["phoenix"])) == ["Ranking guide"]


def test_records_are_shown_where_a_block_or_a_source_chooses_them(library):
    assert titles(pages_showing(library["survey"])) == ["Chart guide", "Citing guide"]
    assert titles(pages_showing(library["matrix"])) == ["Matrix guide"]
    assert titles(pages_showing(library["learning_curve"])) == ["Matrix guide"]
    assert titles(pages_showing(library["row"].guide)) == ["Decision guide"]


def test_a_record_no_guide_shows_has_no_pages(library):
    assert pages_showing(FrameworkFactory(name="Litestar")) == []


def test_usage_of_many_records_takes_three_queries(library, django_assert_num_queries):
    frameworks = [library["django"], library["flask"], library["phoenix"], FrameworkFactory(name="Litestar")]
    with django_assert_num_queries(3):
        counts = {
            framework.name: len(pages)
            for framework, pages in zip(frameworks, page_ids_showing(frameworks).values(), strict=True)
        }
    assert counts == {"Django": 3, "Flask": 2, "Phoenix": 1, "Litestar": 0}
