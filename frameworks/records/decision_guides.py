"""Decision guides: kinds of project, each with the frameworks to lean toward and the alternatives.

A row chooses framework records, so renaming a framework renames it in every row; a choice may
also name something that is not kept as a record (e.g. 'Next.js API routes'), and add a note.
"""

from django.core.exceptions import ValidationError
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.models import Orderable
from wagtail.search import index

from ..forms import RecordForm
from .publishing import PublishableRecord, remembered_search_fields, remembered_words


class DecisionGuide(PublishableRecord, index.Indexed, ClusterableModel):
    """A table that maps kinds of project to the frameworks to lean toward."""

    base_form_class = RecordForm

    title = models.CharField(max_length=160)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    caption = models.CharField(max_length=200)
    project_heading = models.CharField(max_length=60, default="If your project is")
    lean_toward_heading = models.CharField(max_length=60, default="Lean toward")
    why_heading = models.CharField(max_length=60, default="Why")
    alternative_heading = models.CharField(max_length=60, default="Alternative")
    footnote = models.TextField(blank=True)

    search_fields = [index.SearchField("title"), index.AutocompleteField("title"), *remembered_search_fields()]

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title

    def remembered_as(self):
        return remembered_words(self.slug, self.caption)


class DecisionGuideRow(Orderable, ClusterableModel):
    guide = ParentalKey(DecisionGuide, on_delete=models.CASCADE, related_name="rows")
    project_type = models.CharField(max_length=120)
    why = models.CharField(max_length=255)

    def __str__(self):
        return self.project_type


class DecisionGuideChoice(Orderable):
    """A framework named in a row: a record, or a name for something not kept as one."""

    class Connector(models.TextChoices):
        COMMA = ",", "comma (A, B)"
        OR = "or", "'or' (A or B)"

    framework = models.ForeignKey(
        "frameworks.Framework", null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    label = models.CharField(
        max_length=80, blank=True, help_text="Shown instead of the framework's name; required without a framework."
    )
    note = models.CharField(max_length=80, blank=True, help_text="Shown after the name, e.g. 'with gateways'.")
    connector = models.CharField(
        max_length=2,
        choices=Connector.choices,
        default=Connector.COMMA,
        help_text="How it joins the choice before it.",
    )

    class Meta(Orderable.Meta):
        abstract = True

    def clean(self):
        if not self.framework_id and not self.label:
            raise ValidationError({"framework": "Choose a framework, or name one in the label."})

    def text(self, framework=None):
        """As a reader sees it; `framework` is the record to name (a previewed draft, say)."""
        name = self.label or (framework or self.framework).name
        return f"{name} {self.note}" if self.note else name


class DecisionGuideLeanToward(DecisionGuideChoice):
    row = ParentalKey(DecisionGuideRow, on_delete=models.CASCADE, related_name="lean_toward")
    framework = models.ForeignKey(
        "frameworks.Framework",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decision_guide_picks",
    )


class DecisionGuideAlternative(DecisionGuideChoice):
    row = ParentalKey(DecisionGuideRow, on_delete=models.CASCADE, related_name="alternatives")
    framework = models.ForeignKey(
        "frameworks.Framework",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="decision_guide_alternatives",
    )
