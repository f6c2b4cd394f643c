"""Factories for frameworks records: each makes a valid record, so a test names only what it is about."""

from datetime import UTC, date, datetime
from decimal import Decimal

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from frameworks.models import (
    AdoptionFigure,
    AdoptionSurvey,
    Benchmark,
    BenchmarkResult,
    ComparisonMatrix,
    ComparisonMatrixColumn,
    ComparisonMatrixRow,
    Criterion,
    CriterionValue,
    DecisionGuide,
    DecisionGuideAlternative,
    DecisionGuideLeanToward,
    DecisionGuideRow,
    Framework,
    FrameworkIndexPage,
    Language,
)
from tests.site_tree import home_page


class LanguageFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Language {n}")

    class Meta:
        model = Language
        django_get_or_create = ["name"]


class CriterionFactory(DjangoModelFactory):
    """A criterion; by slug, so `criterion("learning-curve")` names the same one every time."""

    slug = factory.Sequence(lambda n: f"criterion-{n}")
    name = factory.LazyAttribute(lambda criterion: criterion.slug.replace("-", " ").capitalize())

    class Meta:
        model = Criterion
        django_get_or_create = ["slug"]


def criterion(slug_or_criterion):
    if isinstance(slug_or_criterion, Criterion):
        return slug_or_criterion
    return CriterionFactory(slug=slug_or_criterion)


class FrameworkFactory(DjangoModelFactory):
    """A framework; `values={"learning-curve": "Low"}` gives its value for each criterion (by slug)."""

    name = factory.Sequence(lambda n: f"Framework {n}")
    slug = factory.LazyAttribute(lambda framework: slugify(framework.name))
    language = factory.SubFactory(LanguageFactory)

    class Meta:
        model = Framework
        skip_postgeneration_save = True

    @factory.post_generation
    def values(framework, create, values, **kwargs):
        for key, text in (values or {}).items():
            CriterionValue.objects.create(framework=framework, criterion=criterion(key), text=text)


class RuntimeFactory(FrameworkFactory):
    kind = Framework.Kind.RUNTIME


class AdoptionSurveyFactory(DjangoModelFactory):
    publisher = "Stack Overflow"
    name = "Developer Survey"
    year = factory.Sequence(lambda n: 2000 + n)
    slug = factory.LazyAttribute(lambda survey: f"stack-overflow-{survey.year}")
    sample_size = 1000
    section = "Technology"

    class Meta:
        model = AdoptionSurvey


class AdoptionFigureFactory(DjangoModelFactory):
    survey = factory.SubFactory(AdoptionSurveyFactory)
    framework = factory.SubFactory(FrameworkFactory)
    share = Decimal("10.0")
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = AdoptionFigure


def survey_with_figures(shares, **fields):
    """A survey whose figures are {framework: share}, in that order; shares are strings like "48.7"."""
    survey = AdoptionSurveyFactory(**fields)
    for position, (framework, share) in enumerate(shares.items()):
        AdoptionFigureFactory(survey=survey, framework=framework, share=Decimal(share), sort_order=position)
    return survey


class BenchmarkFactory(DjangoModelFactory):
    """A benchmark; `results=[(framework, "top", 1), ...]` gives its results (tier, rank within it)."""

    publisher = "TechEmpower"
    name = "Framework Benchmarks"
    edition = factory.Sequence(lambda n: f"Round {n}")
    slug = factory.LazyAttribute(lambda benchmark: slugify(f"techempower {benchmark.edition}"))
    published_on = date(2025, 3, 1)
    test_type = "Fortunes"

    class Meta:
        model = Benchmark
        skip_postgeneration_save = True

    @factory.post_generation
    def results(benchmark, create, results, **kwargs):
        for framework, tier, rank in results or ():
            BenchmarkResult.objects.create(benchmark=benchmark, framework=framework, tier=tier, rank=rank)


class ComparisonMatrixFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Comparison {n}")
    slug = factory.LazyAttribute(lambda matrix: slugify(matrix.title))
    caption = factory.LazyAttribute(lambda matrix: f"{matrix.title}, compared")

    class Meta:
        model = ComparisonMatrix


def matrix_of(frameworks, criteria=("raw-performance",), **fields):
    """A comparison matrix of these frameworks (rows) by these criteria (columns: slugs or records)."""
    matrix = ComparisonMatrixFactory(**fields)
    for position, column in enumerate(criteria):
        ComparisonMatrixColumn.objects.create(matrix=matrix, criterion=criterion(column), sort_order=position)
    for position, framework in enumerate(frameworks):
        ComparisonMatrixRow.objects.create(matrix=matrix, framework=framework, sort_order=position)
    return matrix


class DecisionGuideFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Decision guide {n}")
    slug = factory.LazyAttribute(lambda guide: slugify(guide.title))
    caption = factory.LazyAttribute(lambda guide: f"{guide.title} by project type")

    class Meta:
        model = DecisionGuide


def _add_choices(model, row, choices):
    """Each choice is a Framework, a label for something not kept as a record, or the choice's fields."""
    for position, choice in enumerate(choices or ()):
        if isinstance(choice, Framework):
            choice = {"framework": choice}
        elif isinstance(choice, str):
            choice = {"label": choice}
        model.objects.create(row=row, sort_order=position, **choice)


class DecisionGuideRowFactory(DjangoModelFactory):
    """A row; `lean_toward=[...]` and `alternatives=[...]` list its choices (see _add_choices)."""

    guide = factory.SubFactory(DecisionGuideFactory)
    project_type = factory.Sequence(lambda n: f"Project type {n}")
    why = "Batteries included"
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = DecisionGuideRow
        skip_postgeneration_save = True

    @factory.post_generation
    def lean_toward(row, create, choices, **kwargs):
        _add_choices(DecisionGuideLeanToward, row, choices)

    @factory.post_generation
    def alternatives(row, create, choices, **kwargs):
        _add_choices(DecisionGuideAlternative, row, choices)


class FrameworkIndexPageFactory(wagtail_factories.PageFactory):
    """The comparison page at /frameworks/ (a profile for each live framework below it)."""

    title = "Frameworks"
    slug = "frameworks"
    parent = factory.LazyFunction(home_page)
    first_published_at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)
    last_published_at = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    class Meta:
        model = FrameworkIndexPage


# Whole sets of records for tests about more than one record -------------------------------
def comparison_records():
    """Five frameworks and a runtime in three languages, two criteria and a decision guide with two rows."""
    python = LanguageFactory(name="Python")
    go = LanguageFactory(name="Go")
    js = LanguageFactory(name="JavaScript / TypeScript", short_name="JS / TS")
    CriterionFactory(slug="learning-curve", description="How soon a newcomer ships.")
    CriterionFactory(slug="raw-performance")
    node = RuntimeFactory(name="Node.js", slug="nodejs", language=js)
    django = FrameworkFactory(
        name="Django", language=python, values={"learning-curve": "Moderate", "raw-performance": "Moderate"}
    )
    FrameworkFactory(name="Flask", language=python, values={"learning-curve": "Low"})
    fastapi = FrameworkFactory(
        name="FastAPI", language=python, values={"learning-curve": "Low to moderate", "raw-performance": "High"}
    )
    gin = FrameworkFactory(
        name="Gin", language=go, values={"learning-curve": "Moderate", "raw-performance": "Very high"}
    )
    express = FrameworkFactory(
        name="Express",
        language=js,
        runtime=node,
        values={"learning-curve": "Low to moderate", "raw-performance": "High for I/O"},
    )
    row = DecisionGuideRowFactory(
        guide__title="Match the framework",
        project_type="API-heavy / microservices",
        lean_toward=[gin, fastapi],
        alternatives=[express],
    )
    DecisionGuideRowFactory(
        guide=row.guide, project_type="Content / CRUD", lean_toward=[django], alternatives=["Rails"]
    )


def measured_records():
    """comparison_records() with two live surveys and a draft one, and two live benchmarks: the table
    measures by the newest live of each (Stack Overflow 2025, TechEmpower Round 23)."""
    comparison_records()
    frameworks = {framework.name: framework for framework in Framework.objects.all()}
    django, express, fastapi, flask, gin, node = (
        frameworks[name] for name in ("Django", "Express", "FastAPI", "Flask", "Gin", "Node.js")
    )
    survey_with_figures({django: "30.0", gin: "25.0"}, year=2024, slug="so-2024")
    survey_with_figures(
        {node: "48.7", express: "19.9", fastapi: "14.8", flask: "14.4", django: "12.6"}, year=2025, slug="so-2025"
    )
    survey_with_figures({gin: "99.0"}, year=2026, slug="so-2026", live=False)
    BenchmarkFactory(edition="Round 22", published_on=date(2024, 1, 1), results=[(flask, "top", 1)])
    BenchmarkFactory(
        edition="Round 23",
        published_on=date(2025, 3, 1),
        results=[(express, "lower", 2), (django, "lower", 1), (fastapi, "middle", 1), (gin, "top", 1)],
    )
