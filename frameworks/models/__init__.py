"""The comparison data the guides draw on, kept as records so one edit reaches every guide.

- frameworks: languages, frameworks (and the runtimes some run on);
- criteria: what a comparison compares (performance, learning curve...) and each framework's value;
- surveys: adoption surveys and their per-framework figures;
- benchmarks: benchmarks and their per-framework results (tier, rank, figure);
- matrices: comparison matrices (chosen frameworks × chosen criteria);
- decision_guides: project types mapped to the frameworks to lean toward.
"""

from .benchmarks import Benchmark, BenchmarkResult, PerformanceTier
from .criteria import Criterion, CriterionValue
from .decision_guides import DecisionGuide, DecisionGuideAlternative, DecisionGuideLeanToward, DecisionGuideRow
from .frameworks import Framework, Language
from .matrices import ComparisonMatrix, ComparisonMatrixColumn, ComparisonMatrixRow
from .pages import FrameworkIndexPage
from .publishing import PublishableRecord, published
from .surveys import AdoptionFigure, AdoptionSurvey

__all__ = [
    "AdoptionFigure",
    "AdoptionSurvey",
    "Benchmark",
    "BenchmarkResult",
    "ComparisonMatrix",
    "ComparisonMatrixColumn",
    "ComparisonMatrixRow",
    "Criterion",
    "CriterionValue",
    "DecisionGuide",
    "DecisionGuideAlternative",
    "DecisionGuideLeanToward",
    "DecisionGuideRow",
    "Framework",
    "FrameworkIndexPage",
    "Language",
    "PerformanceTier",
    "PublishableRecord",
    "published",
]
