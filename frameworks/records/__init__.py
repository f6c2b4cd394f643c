"""The comparison data the guides draw on, kept as records so one edit reaches every guide.

- frameworks: languages, frameworks (and the runtimes some run on);
- criteria: what a comparison compares (performance, learning curve...) and each framework's value;
- surveys: adoption surveys and their per-framework figures;
- benchmarks: benchmarks and their per-framework results (tier, rank, figure);
- matrices: comparison matrices (chosen frameworks × chosen criteria);
- decision_guides: project types mapped to the frameworks to lean toward;
- publishing: what every draftable record shares (drafts, revisions, locks, previews).

The records know nothing of how they are shown: no module here imports a table, chart, profile,
block, view or admin panel, so every one of those may import the records at module level.
`frameworks.models` re-exports them for Django and the other apps, beside the page that shows them.
"""

from .benchmarks import Benchmark, BenchmarkResult, PerformanceTier
from .criteria import Criterion, CriterionValue
from .decision_guides import DecisionGuide, DecisionGuideAlternative, DecisionGuideLeanToward, DecisionGuideRow
from .frameworks import Framework, Language
from .matrices import ComparisonMatrix, ComparisonMatrixColumn, ComparisonMatrixRow
from .publishing import BOOKKEEPING_FIELDS, PublishableRecord, published
from .surveys import AdoptionFigure, AdoptionSurvey

__all__ = [
    "BOOKKEEPING_FIELDS",
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
    "Language",
    "PerformanceTier",
    "PublishableRecord",
    "published",
]
