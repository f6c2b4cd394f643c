"""Tables as CSV downloads that are safe to open in a spreadsheet.

Every chart and data table on the site offers its data as CSV; each view builds the same Table
(frameworks/tables.py) the page shows and writes it here, so the file's columns are the table's.
"""

import csv

from django.http import HttpResponse

from core.spreadsheets import neutralise

from .profiles import tier_name
from .records import PerformanceTier
from .tables import Table, frameworks_by_tier


def table_csv_response(table, filename):
    """The table's headings, then one line per row (its heading, then its cells)."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # A byte-order mark makes Excel read the file as UTF-8 (names like "Phoenix – Elixir" survive).
    response.write("\ufeff")
    writer = csv.writer(response)
    writer.writerow([neutralise(heading) for heading in table.headings])
    for heading, cells in table.rows:
        writer.writerow([neutralise(heading)] + [neutralise(cell) for cell in cells])
    return response


def adoption_chart_table(chart):
    """The adoption chart's data table ("Data behind this chart"): framework, then each survey's share."""
    headings = ["Framework"]
    if chart.comparison_survey:
        headings.append(f"Used by ({chart.comparison_survey.year})")
    headings.append(f"Used by ({chart.survey.year})")
    rows = []
    for bar in chart.bars:
        cells = []
        if chart.comparison_survey:
            cells.append(f"{bar.previous}%" if bar.previous is not None else "")
        cells.append(f"{bar.value}%")
        rows.append((bar.label, cells))
    return Table(title=chart.title, description="", caption="Data behind this chart", headings=headings, rows=rows)


def benchmark_table(benchmark):
    """A benchmark's live results by tier, in the order its tiered ranking lists them."""
    grouped = frameworks_by_tier(benchmark, PerformanceTier.values)
    return Table(
        title=str(benchmark),
        description="",
        caption=f"{benchmark} by tier",
        headings=["Framework", "Tier", "Place in tier"],
        rows=[
            (framework.name, [tier_name(PerformanceTier(tier).label), str(place)])
            for tier, frameworks in grouped.items()
            for place, framework in enumerate(frameworks, start=1)
        ],
    )
