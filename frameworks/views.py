"""CSV downloads of the data behind every chart and table readers see, from live records only.

Each view builds its table with the function the page uses (tables.py, charts.py, comparison.py,
framework_chart.py), so a download holds the rows and columns the reader was looking at.
"""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from .charts import build_adoption_chart
from .comparison import build_comparison
from .csv_export import adoption_chart_table, benchmark_table, table_csv_response
from .framework_chart import framework_adoption_chart
from .records import AdoptionSurvey, Benchmark, ComparisonMatrix, DecisionGuide, Framework
from .tables import comparison_matrix_table, decision_guide_table


@require_safe
def comparison_csv(request):
    """/frameworks/ as CSV: the same filters, sort and criteria, every matching framework."""
    comparison = build_comparison(request.GET, every_row=True)
    return table_csv_response(comparison.as_table(), "frameworks-compared.csv")


@require_safe
def matrix_csv(request, slug):
    matrix = get_object_or_404(ComparisonMatrix, slug=slug, live=True)
    return table_csv_response(comparison_matrix_table(matrix), f"{slug}.csv")


@require_safe
def decision_guide_csv(request, slug):
    guide = get_object_or_404(DecisionGuide, slug=slug, live=True)
    return table_csv_response(decision_guide_table(guide), f"{slug}.csv")


@require_safe
def survey_csv(request, slug):
    """Every figure of a survey; an adoption chart's link adds the survey it is compared with
    (`compared-with`) and how many bars it shows (`bars`), so the file matches its data table."""
    survey = get_object_or_404(AdoptionSurvey, slug=slug, live=True)
    earlier = None
    if request.GET.get("compared-with"):
        earlier = get_object_or_404(AdoptionSurvey, slug=request.GET["compared-with"], live=True)
    bars = request.GET.get("bars", "")
    if bars and not (bars.isdigit() and int(bars) > 0):
        raise Http404("bars must be a positive number")
    chart = build_adoption_chart(
        title=str(survey),
        description="",
        survey=survey,
        comparison_survey=earlier,
        max_bars=int(bars) if bars else None,
    )
    return table_csv_response(adoption_chart_table(chart), f"{slug}.csv")


@require_safe
def benchmark_csv(request, slug):
    benchmark = get_object_or_404(Benchmark, slug=slug, live=True)
    return table_csv_response(benchmark_table(benchmark), f"{slug}.csv")


@require_safe
def framework_adoption_csv(request, slug):
    """A framework's profile adoption table: its share in every live survey."""
    framework = get_object_or_404(Framework, slug=slug, live=True)
    return table_csv_response(framework_adoption_chart(framework).table(), f"{slug}-adoption.csv")
