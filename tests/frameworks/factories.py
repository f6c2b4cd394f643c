"""Factories for frameworks records: each makes a valid record, so a test names only what it is about."""

from decimal import Decimal

import factory
from django.utils.text import slugify
from factory.django import DjangoModelFactory

from frameworks.models import (
    AdoptionFigure,
    AdoptionSurvey,
    BenchmarkSource,
    ComparisonMatrix,
    ComparisonMatrixColumn,
    ComparisonMatrixRow,
    DecisionGuide,
    DecisionGuideRow,
    Framework,
    Language,
)


class LanguageFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Language {n}")

    class Meta:
        model = Language
        django_get_or_create = ["name"]


class FrameworkFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Framework {n}")
    slug = factory.LazyAttribute(lambda framework: slugify(framework.name))
    language = factory.SubFactory(LanguageFactory)
    raw_performance = "High"
    ecosystem = "Large"
    learning_curve = "Moderate"
    best_fit = "APIs"

    class Meta:
        model = Framework


class RuntimeFactory(FrameworkFactory):
    kind = Framework.Kind.RUNTIME
    raw_performance = ""
    ecosystem = ""
    learning_curve = ""
    best_fit = ""


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


class BenchmarkSourceFactory(DjangoModelFactory):
    publisher = "TechEmpower"
    name = "Framework Benchmarks"
    edition = factory.Sequence(lambda n: f"Round {n}")
    slug = factory.LazyAttribute(lambda benchmark: slugify(f"techempower {benchmark.edition}"))
    published = "March 2025"
    test_type = "Fortunes"

    class Meta:
        model = BenchmarkSource


class ComparisonMatrixFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Comparison {n}")
    slug = factory.LazyAttribute(lambda matrix: slugify(matrix.title))
    caption = factory.LazyAttribute(lambda matrix: f"{matrix.title}, compared")

    class Meta:
        model = ComparisonMatrix


def matrix_of(frameworks, columns=("language", "raw_performance"), **fields):
    """A comparison matrix showing these frameworks (rows) and fields (columns), in order."""
    matrix = ComparisonMatrixFactory(**fields)
    for position, column in enumerate(columns):
        ComparisonMatrixColumn.objects.create(matrix=matrix, field=column, sort_order=position)
    for position, framework in enumerate(frameworks):
        ComparisonMatrixRow.objects.create(matrix=matrix, framework=framework, sort_order=position)
    return matrix


class DecisionGuideFactory(DjangoModelFactory):
    title = factory.Sequence(lambda n: f"Decision guide {n}")
    slug = factory.LazyAttribute(lambda guide: slugify(guide.title))
    caption = factory.LazyAttribute(lambda guide: f"{guide.title} by project type")

    class Meta:
        model = DecisionGuide


class DecisionGuideRowFactory(DjangoModelFactory):
    guide = factory.SubFactory(DecisionGuideFactory)
    project_type = factory.Sequence(lambda n: f"Project type {n}")
    lean_toward = "Django"
    why = "Batteries included"
    alternative = "Flask"
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = DecisionGuideRow
