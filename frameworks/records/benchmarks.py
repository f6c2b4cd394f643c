"""Benchmarks (one record per edition) and the results they give each framework."""

from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.search import index

from core.links import WebLinkField

from ..forms import BenchmarkForm
from .publishing import PublishableRecord, remembered_search_fields, remembered_words


class PerformanceTier(models.TextChoices):
    TOP = "top", "Top tier"
    MIDDLE = "middle", "Middle"
    LOWER = "lower", "Lower"


class Benchmark(PublishableRecord, index.Indexed, ClusterableModel):
    publisher = models.CharField(max_length=80, help_text="e.g. 'TechEmpower'.")
    name = models.CharField(max_length=120, help_text="e.g. 'Framework Benchmarks'.")
    edition = models.CharField(max_length=60, help_text="e.g. 'Round 23'.")
    slug = models.SlugField(max_length=80, unique=True)
    published_on = models.DateField(
        null=True, blank=True, help_text="When this edition came out; readers see the month and year."
    )
    test_type = models.CharField(max_length=80, blank=True, help_text="The test the ranking rests on, e.g. 'Fortunes'.")
    figure_unit = models.CharField(
        max_length=40, blank=True, help_text="Unit of the results' figures, e.g. 'responses per second'."
    )
    url = WebLinkField(blank=True)
    notes = models.TextField(
        blank=True, help_text="Caveats a reader should know, e.g. hardware changes between rounds."
    )

    base_form_class = BenchmarkForm
    search_fields = [
        index.SearchField("publisher"),
        index.SearchField("name"),
        index.AutocompleteField("name"),
        *remembered_search_fields(),
    ]

    class Meta:
        ordering = ["publisher", "-published_on", "-edition"]

    def __str__(self):
        return f"{self.publisher} {self.name} {self.edition}"

    def remembered_as(self):
        year = self.published_on.year if self.published_on else None
        return remembered_words(self.publisher, self.edition, year, self.slug, self.test_type)

    def citation(self):
        """How a guide's source list cites this benchmark."""
        published = f" ({self.published_on:%B %Y})" if self.published_on else ""
        return {
            "publisher": self.publisher,
            "title": f"{self.name} {self.edition}{published}",
            "detail": "",
            "url": self.url,
        }


class BenchmarkResult(models.Model):
    benchmark = ParentalKey(Benchmark, on_delete=models.CASCADE, related_name="results")
    framework = models.ForeignKey("frameworks.Framework", on_delete=models.PROTECT, related_name="benchmark_results")
    tier = models.CharField(max_length=20, choices=PerformanceTier.choices)
    rank = models.PositiveSmallIntegerField(default=1, help_text="Order within its tier (1 comes first).")
    figure = models.DecimalField(
        max_digits=12, decimal_places=2, null=True, blank=True, help_text="The measured result, if published."
    )

    class Meta:
        ordering = ["rank", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["benchmark", "framework"], name="one_result_per_framework_per_benchmark")
        ]

    def __str__(self):
        return f"{self.framework}: {self.get_tier_display()}"
