"""Make a large volume of frameworks data for benchmarks: N frameworks with a value for each of
M criteria, S adoption surveys with a figure per framework, a benchmark with a result per
framework, a matrix of them all and a decision guide.

Records are prefixed "Volume" so they never mix with real ones, made in bulk, and made only once:
running it again with the same sizes changes nothing.
"""

from decimal import Decimal

from django.db import transaction

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
    DecisionGuideLeanToward,
    DecisionGuideRow,
    Framework,
    Language,
)

TIERS = ["top", "middle", "lower"]


@transaction.atomic
def make_volume(frameworks=500, criteria=40, surveys=20):
    """Make the volume if it is not there yet; return the matrix slug."""
    slug = f"volume-{frameworks}x{criteria}x{surveys}"
    if ComparisonMatrix.objects.filter(slug=slug).exists():
        return slug
    languages = [Language.objects.get_or_create(name=f"Volume language {n}")[0] for n in range(10)]
    made_criteria = Criterion.objects.bulk_create(
        Criterion(name=f"Volume criterion {n} ({slug})", slug=f"{slug}-criterion-{n}") for n in range(criteria)
    )
    made_frameworks = Framework.objects.bulk_create(
        Framework(name=f"Volume framework {n} ({slug})", slug=f"{slug}-framework-{n}", language=languages[n % 10])
        for n in range(frameworks)
    )
    CriterionValue.objects.bulk_create(
        CriterionValue(framework=framework, criterion=criterion, text=f"Value {f}.{c}", score=Decimal((f * c) % 10))
        for f, framework in enumerate(made_frameworks)
        for c, criterion in enumerate(made_criteria)
    )
    made_surveys = AdoptionSurvey.objects.bulk_create(
        AdoptionSurvey(
            publisher="Volume", name=f"Survey ({slug})", year=2000 + n, slug=f"{slug}-survey-{n}", sample_size=10_000
        )
        for n in range(surveys)
    )
    AdoptionFigure.objects.bulk_create(
        AdoptionFigure(survey=survey, framework=framework, share=Decimal((f * 7 + s) % 1000) / 10, sort_order=f)
        for s, survey in enumerate(made_surveys)
        for f, framework in enumerate(made_frameworks)
    )
    benchmark = Benchmark.objects.create(publisher="Volume", name="Benchmark", edition=slug, slug=f"{slug}-benchmark")
    BenchmarkResult.objects.bulk_create(
        BenchmarkResult(benchmark=benchmark, framework=framework, tier=TIERS[f % 3], rank=f)
        for f, framework in enumerate(made_frameworks)
    )
    matrix = ComparisonMatrix.objects.create(title=f"Volume matrix {slug}", slug=slug, caption="Every framework")
    ComparisonMatrixColumn.objects.bulk_create(
        ComparisonMatrixColumn(matrix=matrix, criterion=criterion, sort_order=c)
        for c, criterion in enumerate(made_criteria)
    )
    ComparisonMatrixRow.objects.bulk_create(
        ComparisonMatrixRow(matrix=matrix, framework=framework, sort_order=f)
        for f, framework in enumerate(made_frameworks)
    )
    guide = DecisionGuide.objects.create(title=f"Volume decision guide {slug}", slug=f"{slug}-decisions", caption="-")
    for n in range(10):
        row = DecisionGuideRow.objects.create(guide=guide, project_type=f"Volume use case {n}", why="-", sort_order=n)
        DecisionGuideLeanToward.objects.bulk_create(
            DecisionGuideLeanToward(row=row, framework=framework, sort_order=f)
            for f, framework in enumerate(made_frameworks[n::50])
        )
    return slug
