"""Criteria, benchmark results and decision-guide choices as records (schema added beside the old
fields; 0003 carries the data over, 0004 removes what it replaced)."""

import django.db.models.deletion
import modelcluster.fields
import modelsearch.index
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("frameworks", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RenameModel("BenchmarkSource", "Benchmark"),
        # The old cells make way for the relations of the same names; 0004 removes them.
        migrations.RenameField("decisionguiderow", "lean_toward", "lean_toward_text"),
        migrations.RenameField("decisionguiderow", "alternative", "alternative_text"),
        migrations.AddField(
            model_name="benchmark",
            name="published_on",
            field=models.DateField(
                blank=True, null=True, help_text="When this edition came out; readers see the month and year."
            ),
        ),
        migrations.AddField(
            model_name="benchmark",
            name="figure_unit",
            field=models.CharField(
                blank=True, help_text="Unit of the results' figures, e.g. 'responses per second'.", max_length=40
            ),
        ),
        migrations.CreateModel(
            name="Criterion",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "name",
                    models.CharField(
                        help_text="As a column heading, e.g. 'Learning curve'.", max_length=80, unique=True
                    ),
                ),
                ("slug", models.SlugField(max_length=80, unique=True)),
                (
                    "description",
                    models.TextField(blank=True, help_text="What the criterion measures and how values are judged."),
                ),
                (
                    "unit",
                    models.CharField(blank=True, help_text="Unit of the scores, e.g. 'req/s'. Optional.", max_length=30),
                ),
                (
                    "scale_max",
                    models.PositiveSmallIntegerField(
                        blank=True,
                        null=True,
                        help_text="Scores run from 0 to this, e.g. 5. Blank when scores are measurements.",
                    ),
                ),
                (
                    "latest_revision",
                    models.ForeignKey(
                        blank=True,
                        editable=False,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.revision",
                        verbose_name="latest revision",
                    ),
                ),
            ],
            options={"ordering": ["name"], "verbose_name_plural": "criteria"},
            bases=(modelsearch.index.Indexed, models.Model),
        ),
        migrations.CreateModel(
            name="CriterionValue",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("text", models.CharField(help_text="What a table shows, e.g. 'Low to moderate'.", max_length=200)),
                (
                    "score",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="Optional, for sorting and charts.",
                        max_digits=8,
                        null=True,
                    ),
                ),
                (
                    "criterion",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, related_name="values", to="frameworks.criterion"
                    ),
                ),
                (
                    "framework",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="criterion_values",
                        to="frameworks.framework",
                    ),
                ),
            ],
            options={"ordering": ["criterion__name"]},
        ),
        migrations.AddConstraint(
            model_name="criterionvalue",
            constraint=models.UniqueConstraint(
                fields=("framework", "criterion"), name="one_value_per_framework_per_criterion"
            ),
        ),
        migrations.CreateModel(
            name="BenchmarkResult",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                (
                    "tier",
                    models.CharField(
                        choices=[("top", "Top tier"), ("middle", "Middle"), ("lower", "Lower")], max_length=20
                    ),
                ),
                (
                    "rank",
                    models.PositiveSmallIntegerField(default=1, help_text="Order within its tier (1 comes first)."),
                ),
                (
                    "figure",
                    models.DecimalField(
                        blank=True,
                        decimal_places=2,
                        help_text="The measured result, if published.",
                        max_digits=12,
                        null=True,
                    ),
                ),
                (
                    "benchmark",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE, related_name="results", to="frameworks.benchmark"
                    ),
                ),
                (
                    "framework",
                    models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="benchmark_results",
                        to="frameworks.framework",
                    ),
                ),
            ],
            options={"ordering": ["rank", "pk"]},
        ),
        migrations.AddConstraint(
            model_name="benchmarkresult",
            constraint=models.UniqueConstraint(
                fields=("benchmark", "framework"), name="one_result_per_framework_per_benchmark"
            ),
        ),
        migrations.AddField(
            model_name="comparisonmatrix",
            name="show_language",
            field=models.BooleanField(default=True, help_text="Show each framework's language after its name."),
        ),
        migrations.AddField(
            model_name="comparisonmatrixcolumn",
            name="criterion",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="matrix_columns",
                to="frameworks.criterion",
            ),
        ),
        migrations.CreateModel(
            name="DecisionGuideLeanToward",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "label",
                    models.CharField(
                        blank=True,
                        help_text="Shown instead of the framework's name; required without a framework.",
                        max_length=80,
                    ),
                ),
                (
                    "note",
                    models.CharField(blank=True, help_text="Shown after the name, e.g. 'with gateways'.", max_length=80),
                ),
                (
                    "connector",
                    models.CharField(
                        choices=[(",", "comma (A, B)"), ("or", "'or' (A or B)")],
                        default=",",
                        help_text="How it joins the choice before it.",
                        max_length=2,
                    ),
                ),
                (
                    "framework",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="decision_guide_picks",
                        to="frameworks.framework",
                    ),
                ),
                (
                    "row",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="lean_toward",
                        to="frameworks.decisionguiderow",
                    ),
                ),
            ],
            options={"ordering": ["sort_order"], "abstract": False},
        ),
        migrations.CreateModel(
            name="DecisionGuideAlternative",
            fields=[
                ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                ("sort_order", models.IntegerField(blank=True, editable=False, null=True)),
                (
                    "label",
                    models.CharField(
                        blank=True,
                        help_text="Shown instead of the framework's name; required without a framework.",
                        max_length=80,
                    ),
                ),
                (
                    "note",
                    models.CharField(blank=True, help_text="Shown after the name, e.g. 'with gateways'.", max_length=80),
                ),
                (
                    "connector",
                    models.CharField(
                        choices=[(",", "comma (A, B)"), ("or", "'or' (A or B)")],
                        default=",",
                        help_text="How it joins the choice before it.",
                        max_length=2,
                    ),
                ),
                (
                    "framework",
                    models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="decision_guide_alternatives",
                        to="frameworks.framework",
                    ),
                ),
                (
                    "row",
                    modelcluster.fields.ParentalKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="alternatives",
                        to="frameworks.decisionguiderow",
                    ),
                ),
            ],
            options={"ordering": ["sort_order"], "abstract": False},
        ),
    ]
