"""Adoption surveys (one record per edition) and the share of developers using each framework."""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from core.links import WebLinkField

from ..forms import AdoptionSurveyForm
from .publishing import PublishableRecord, remembered_search_fields, remembered_words


class AdoptionSurvey(PublishableRecord, index.Indexed, ClusterableModel):
    publisher = models.CharField(max_length=80, help_text="e.g. 'Stack Overflow'.")
    name = models.CharField(max_length=120, help_text="e.g. 'Developer Survey'.")
    year = models.PositiveSmallIntegerField()
    slug = models.SlugField(max_length=80, unique=True)
    sample_size = models.PositiveIntegerField(help_text="Respondents who answered the question (n).")
    section = models.CharField(max_length=80, blank=True, help_text="Which part of the survey, e.g. 'Technology'.")
    source_url = WebLinkField(blank=True)
    license_url = WebLinkField(
        blank=True, help_text="The licence the publisher gives its data under, e.g. the ODbL's address."
    )

    base_form_class = AdoptionSurveyForm
    search_fields = [
        index.SearchField("publisher"),
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("year"),
        *remembered_search_fields(),
    ]

    class Meta:
        ordering = ["-year", "publisher"]
        constraints = [models.UniqueConstraint(fields=["publisher", "name", "year"], name="unique_survey_edition")]

    def __str__(self):
        return f"{self.publisher} {self.name} {self.year}"

    def remembered_as(self):
        return remembered_words(self.publisher, self.year, self.slug, self.section)

    def citation(self):
        """How a guide's source list cites this survey."""
        section = f"{self.section} " if self.section else ""
        return {
            "publisher": self.publisher,
            "title": f"{self.name} {self.year}",
            "detail": f"{section}(n={self.sample_size:,})",
            "url": self.source_url,
        }


class AdoptionFigure(Orderable):
    survey = ParentalKey(AdoptionSurvey, on_delete=models.CASCADE, related_name="figures")
    framework = models.ForeignKey("frameworks.Framework", on_delete=models.PROTECT, related_name="adoption_figures")
    share = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text="Percentage of respondents, e.g. 48.7.",
    )

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["survey", "framework"], name="one_figure_per_framework_per_survey")
        ]

    def __str__(self):
        return f"{self.framework}: {self.share}%"
