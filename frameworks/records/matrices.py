"""Comparison matrices: a named table of chosen frameworks (rows) by chosen criteria (columns)."""

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from ..forms import ComparisonMatrixForm
from .publishing import PublishableRecord, remembered_search_fields, remembered_words


class ComparisonMatrix(PublishableRecord, index.Indexed, ClusterableModel):
    title = models.CharField(max_length=160)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True, help_text="One line under the title.")
    caption = models.CharField(max_length=200, help_text="The table's caption, read out by screen readers.")
    row_heading = models.CharField(max_length=60, default="Framework")
    show_language = models.BooleanField(default=True, help_text="Show each framework's language after its name.")
    footnote = models.TextField(blank=True)

    base_form_class = ComparisonMatrixForm
    search_fields = [index.SearchField("title"), index.AutocompleteField("title"), *remembered_search_fields()]

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "comparison matrices"

    def __str__(self):
        return self.title

    def remembered_as(self):
        return remembered_words(self.slug, self.caption)


class ComparisonMatrixColumn(Orderable):
    matrix = ParentalKey(ComparisonMatrix, on_delete=models.CASCADE, related_name="columns")
    criterion = models.ForeignKey("frameworks.Criterion", on_delete=models.PROTECT, related_name="matrix_columns")
    heading = models.CharField(max_length=60, blank=True, help_text="Blank uses the criterion's name.")

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["matrix", "criterion"], name="one_column_per_criterion_per_matrix")
        ]

    @property
    def label(self):
        return self.heading_for(self.criterion)

    def heading_for(self, criterion):
        """The column's heading: the editor's, else the name of `criterion` (a previewed draft, say)."""
        return self.heading or criterion.name


class ComparisonMatrixRow(Orderable):
    matrix = ParentalKey(ComparisonMatrix, on_delete=models.CASCADE, related_name="rows")
    framework = models.ForeignKey("frameworks.Framework", on_delete=models.PROTECT, related_name="matrix_rows")

    class Meta(Orderable.Meta):
        constraints = [models.UniqueConstraint(fields=["matrix", "framework"], name="one_row_per_framework_per_matrix")]
