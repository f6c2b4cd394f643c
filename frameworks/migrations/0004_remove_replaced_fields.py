"""Remove what 0003 carried over: the framework's matrix cells and tier, the fixed matrix columns,
the decision guide's text cells and the benchmark's publication text."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("frameworks", "0003_carry_data_over")]

    operations = [
        migrations.RemoveField("framework", "raw_performance"),
        migrations.RemoveField("framework", "ecosystem"),
        migrations.RemoveField("framework", "learning_curve"),
        migrations.RemoveField("framework", "best_fit"),
        migrations.RemoveField("framework", "performance_tier"),
        migrations.RemoveField("framework", "tier_rank"),
        migrations.RemoveField("comparisonmatrixcolumn", "field"),
        migrations.AlterField(
            model_name="comparisonmatrixcolumn",
            name="criterion",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.PROTECT, related_name="matrix_columns", to="frameworks.criterion"
            ),
        ),
        migrations.AddConstraint(
            model_name="comparisonmatrixcolumn",
            constraint=models.UniqueConstraint(fields=("matrix", "criterion"), name="one_column_per_criterion_per_matrix"),
        ),
        migrations.AddConstraint(
            model_name="comparisonmatrixrow",
            constraint=models.UniqueConstraint(fields=("matrix", "framework"), name="one_row_per_framework_per_matrix"),
        ),
        migrations.RemoveField("decisionguiderow", "lean_toward_text"),
        migrations.RemoveField("decisionguiderow", "alternative_text"),
        migrations.RemoveField("benchmark", "published"),
        migrations.AlterModelOptions(name="benchmark", options={"ordering": ["publisher", "-published_on", "-edition"]}),
        migrations.AlterField(
            model_name="comparisonmatrixcolumn",
            name="heading",
            field=models.CharField(blank=True, help_text="Blank uses the criterion's name.", max_length=60),
        ),
    ]
