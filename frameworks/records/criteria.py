"""What a comparison compares, and each framework's value for it.

A new comparison ("ORM / admin / async support") is a few criteria and their values, entered in
the admin: no code and no migration.
"""

from django.db import models
from modelcluster.fields import ParentalKey
from wagtail.search import index

from .publishing import PublishableRecord, remembered_search_fields, remembered_words


class Criterion(PublishableRecord, index.Indexed, models.Model):
    name = models.CharField(max_length=80, unique=True, help_text="As a column heading, e.g. 'Learning curve'.")
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True, help_text="What the criterion measures and how values are judged.")
    unit = models.CharField(max_length=30, blank=True, help_text="Unit of the scores, e.g. 'req/s'. Optional.")
    scale_max = models.PositiveSmallIntegerField(
        null=True, blank=True, help_text="Scores run from 0 to this, e.g. 5. Blank when scores are measurements."
    )

    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), *remembered_search_fields()]

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "criteria"

    def __str__(self):
        return self.name

    def remembered_as(self):
        return remembered_words(self.slug, self.unit)


class CriterionValue(models.Model):
    """One framework's value for one criterion: the text a table shows and an optional score."""

    framework = ParentalKey("frameworks.Framework", on_delete=models.CASCADE, related_name="criterion_values")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="values")
    text = models.CharField(max_length=200, help_text="What a table shows, e.g. 'Low to moderate'.")
    score = models.DecimalField(
        max_digits=8, decimal_places=2, null=True, blank=True, help_text="Optional, for sorting and charts."
    )

    class Meta:
        ordering = ["criterion__name"]
        constraints = [
            models.UniqueConstraint(fields=["framework", "criterion"], name="one_value_per_framework_per_criterion")
        ]

    def __str__(self):
        return f"{self.criterion}: {self.text}"
