"""Carry today's content over unchanged: the four matrix columns that were framework fields become
criteria with each framework's value, tiers become the results of every benchmark, publication
dates become dates, and decision-guide cells become choices of framework records."""

import re
from datetime import datetime

from django.db import migrations

CRITERIA = [
    # (old framework field or matrix column, criterion name, slug)
    ("raw_performance", "Raw performance", "raw-performance"),
    ("ecosystem", "Ecosystem / productivity", "ecosystem"),
    ("learning_curve", "Learning curve", "learning-curve"),
    ("best_fit", "Best-fit use case", "best-fit"),
]
COMPUTED_CRITERIA = {
    # matrix columns that were computed from the record, kept as criteria with the same text
    "performance_tier": ("Performance tier", "performance-tier"),
    "runtime": ("Runtime", "runtime"),
}
TIER_LABELS = {"top": "Top tier", "middle": "Middle", "lower": "Lower"}
DATE_FORMATS = ["%B %Y", "%b %Y", "%Y-%m-%d", "%d %B %Y", "%Y"]


def carry_over(apps, schema_editor):
    Framework = apps.get_model("frameworks", "Framework")
    criteria = carry_criteria(apps, Framework)
    carry_matrix_columns(apps, Framework, criteria)
    carry_benchmarks(apps, Framework)
    carry_decision_rows(apps, Framework)


def carry_criteria(apps, Framework):
    Criterion = apps.get_model("frameworks", "Criterion")
    CriterionValue = apps.get_model("frameworks", "CriterionValue")
    Column = apps.get_model("frameworks", "ComparisonMatrixColumn")
    criteria = {}
    for field, name, slug in CRITERIA:
        with_values = Framework.objects.exclude(**{field: ""})
        if not with_values.exists() and not Column.objects.filter(field=field).exists():
            continue  # nothing to carry over (a new database): no criterion to make
        criteria[field], _ = Criterion.objects.get_or_create(slug=slug, defaults={"name": name})
        for framework in with_values:
            CriterionValue.objects.create(framework=framework, criterion=criteria[field], text=getattr(framework, field))
    return criteria


def computed_text(framework, field):
    if field == "performance_tier":
        return TIER_LABELS.get(framework.performance_tier, "")
    return framework.runtime.name if framework.runtime_id else ""


def carry_matrix_columns(apps, Framework, criteria):
    Criterion = apps.get_model("frameworks", "Criterion")
    CriterionValue = apps.get_model("frameworks", "CriterionValue")
    ComparisonMatrix = apps.get_model("frameworks", "ComparisonMatrix")
    Column = apps.get_model("frameworks", "ComparisonMatrixColumn")
    for matrix in ComparisonMatrix.objects.all():
        columns = Column.objects.filter(matrix=matrix)
        matrix.show_language = columns.filter(field="language").exists()
        matrix.save(update_fields=["show_language"])
        columns.filter(field="language").delete()
    for field, (name, slug) in COMPUTED_CRITERIA.items():
        if not Column.objects.filter(field=field).exists():
            continue
        criteria[field], made = Criterion.objects.get_or_create(slug=slug, defaults={"name": name})
        if made:
            for framework in Framework.objects.all():
                if text := computed_text(framework, field):
                    CriterionValue.objects.create(framework=framework, criterion=criteria[field], text=text)
    for column in Column.objects.order_by("matrix_id", "sort_order", "pk"):
        if Column.objects.filter(matrix_id=column.matrix_id, criterion=criteria[column.field]).exists():
            column.delete()  # the same field twice in one matrix: one column is enough
        else:
            column.criterion = criteria[column.field]
            column.save(update_fields=["criterion"])


def parse_date(text):
    for date_format in DATE_FORMATS:
        try:
            return datetime.strptime(text.strip(), date_format).date()
        except ValueError:
            continue
    return None


def carry_benchmarks(apps, Framework):
    Benchmark = apps.get_model("frameworks", "Benchmark")
    BenchmarkResult = apps.get_model("frameworks", "BenchmarkResult")
    ranked = list(Framework.objects.exclude(performance_tier=""))
    for benchmark in Benchmark.objects.all():
        if benchmark.published:
            benchmark.published_on = parse_date(benchmark.published)
            if benchmark.published_on is None:  # keep what could not be read as a date
                benchmark.notes = f"{benchmark.notes}\n\nPublished: {benchmark.published}".strip()
            benchmark.save(update_fields=["published_on", "notes"])
        for framework in ranked:
            BenchmarkResult.objects.create(
                benchmark=benchmark, framework=framework, tier=framework.performance_tier, rank=framework.tier_rank
            )


def squeezed(text):
    return re.sub(r"\s+", "", text)


def match_framework(piece, names):
    """(framework, label, note) for one named choice, e.g. 'NestJS with gateways' or 'Go (Gin/Echo)'."""
    for name, framework in names:
        if piece == name or piece.startswith(name + " "):
            return framework, "", piece[len(name) :].strip()
    for name, framework in names:
        if not squeezed(piece).startswith(squeezed(name)):
            continue
        consumed, end = 0, 0
        while consumed < len(squeezed(name)):
            if not piece[end].isspace():
                consumed += 1
            end += 1
        if end == len(piece) or piece[end].isspace():
            return framework, piece[:end], piece[end:].strip()
    return None, piece, ""


def parse_choices(text, names):
    """'Express or NestJS if JS-native' -> [(framework, label, note, connector), ...]."""
    choices = []
    for part in [part.strip() for part in text.split(",") if part.strip()]:
        for position, piece in enumerate(part.split(" or ")):
            framework, label, note = match_framework(piece.strip(), names)
            connector = "or" if position else ","
            choices.append((framework, label, note, connector))
    return choices


def carry_decision_rows(apps, Framework):
    Row = apps.get_model("frameworks", "DecisionGuideRow")
    LeanToward = apps.get_model("frameworks", "DecisionGuideLeanToward")
    Alternative = apps.get_model("frameworks", "DecisionGuideAlternative")
    names = []
    for framework in Framework.objects.all():
        names += [(name, framework) for name in {framework.name, framework.table_label} if name]
    names.sort(key=lambda item: -len(item[0]))  # longest first: 'Go (Gin / Echo)' before 'Go'
    for row in Row.objects.all():
        for model, text in ((LeanToward, row.lean_toward_text), (Alternative, row.alternative_text)):
            for position, (framework, label, note, connector) in enumerate(parse_choices(text, names)):
                model.objects.create(
                    row=row, framework=framework, label=label, note=note, connector=connector, sort_order=position
                )


class Migration(migrations.Migration):
    dependencies = [("frameworks", "0002_criteria_results_and_choices")]

    operations = [migrations.RunPython(carry_over, migrations.RunPython.noop)]
