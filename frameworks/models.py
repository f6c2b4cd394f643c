"""The comparison data the guides draw on, kept as records so one edit reaches every guide.

Frameworks (and the runtimes some of them run on), languages, adoption surveys with their
per-framework figures, benchmark sources, named comparison matrices and decision guides.
Each record keeps revisions (RevisionMixin), so drafts and history can be added without a rewrite.
"""

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import Orderable, RevisionMixin
from wagtail.search import index


class Language(models.Model):
    name = models.CharField(max_length=60, unique=True, help_text="Full name, e.g. 'JavaScript / TypeScript'.")
    short_name = models.CharField(
        max_length=30, blank=True, help_text="How tables show it, e.g. 'JS / TS'. Blank uses the full name."
    )

    panels = [FieldPanel("name"), FieldPanel("short_name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return self.short_name or self.name


class PerformanceTier(models.TextChoices):
    TOP = "top", "Top tier"
    MIDDLE = "middle", "Middle"
    LOWER = "lower", "Lower"


class Framework(RevisionMixin, index.Indexed, models.Model):
    class Kind(models.TextChoices):
        FRAMEWORK = "framework", "Framework"
        RUNTIME = "runtime", "Runtime"

    name = models.CharField(max_length=80, unique=True)
    slug = models.SlugField(max_length=80, unique=True)
    kind = models.CharField(
        max_length=20,
        choices=Kind.choices,
        default=Kind.FRAMEWORK,
        help_text="A runtime (Node.js) is not a framework but still appears in adoption data.",
    )
    table_label = models.CharField(
        max_length=80,
        blank=True,
        help_text="How comparison tables name it, e.g. 'Express (Node.js)'. Blank uses the name.",
    )
    runtime = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="frameworks_on_runtime",
        limit_choices_to={"kind": "runtime"},
        help_text="The runtime it runs on, where that is not the language itself.",
    )
    language = models.ForeignKey(Language, on_delete=models.PROTECT, related_name="frameworks")
    raw_performance = models.CharField(max_length=200, blank=True)
    ecosystem = models.CharField("ecosystem / productivity", max_length=200, blank=True)
    learning_curve = models.CharField(max_length=100, blank=True)
    best_fit = models.CharField("best-fit use case", max_length=200, blank=True)
    performance_tier = models.CharField(
        max_length=20,
        choices=PerformanceTier.choices,
        blank=True,
        help_text="Where benchmark rankings place it; blank leaves it out of tiered rankings.",
    )
    tier_rank = models.PositiveSmallIntegerField(
        default=0, help_text="Order within its performance tier (lower comes first)."
    )
    website = models.URLField(blank=True)

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("kind"), FieldPanel("table_label")],
            heading="Identity",
        ),
        MultiFieldPanel(
            [FieldPanel("language"), FieldPanel("runtime"), FieldPanel("website")],
            heading="Language and runtime",
        ),
        MultiFieldPanel(
            [
                FieldPanel("raw_performance"),
                FieldPanel("ecosystem"),
                FieldPanel("learning_curve"),
                FieldPanel("best_fit"),
            ],
            heading="Comparison matrix cells",
        ),
        FieldRowPanel([FieldPanel("performance_tier"), FieldPanel("tier_rank")], heading="Benchmark tier"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return self.table_label or self.name


class AdoptionSurvey(RevisionMixin, ClusterableModel):
    publisher = models.CharField(max_length=80, help_text="e.g. 'Stack Overflow'.")
    name = models.CharField(max_length=120, help_text="e.g. 'Developer Survey'.")
    year = models.PositiveSmallIntegerField()
    slug = models.SlugField(max_length=80, unique=True)
    sample_size = models.PositiveIntegerField(help_text="Respondents who answered the question (n).")
    section = models.CharField(max_length=80, blank=True, help_text="Which part of the survey, e.g. 'Technology'.")
    source_url = models.URLField(blank=True)

    panels = [
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("name"), FieldPanel("year")]),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("sample_size"), FieldPanel("section")]),
        FieldPanel("source_url"),
        InlinePanel("figures", heading="Share of developers using each technology", label="Figure"),
    ]

    class Meta:
        ordering = ["-year", "publisher"]
        constraints = [models.UniqueConstraint(fields=["publisher", "name", "year"], name="unique_survey_edition")]

    def __str__(self):
        return f"{self.publisher} {self.name} {self.year}"


class AdoptionFigure(Orderable):
    survey = ParentalKey(AdoptionSurvey, on_delete=models.CASCADE, related_name="figures")
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="adoption_figures")
    share = models.DecimalField(
        max_digits=4,
        decimal_places=1,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text="Percentage of respondents, e.g. 48.7.",
    )

    panels = [FieldPanel("framework"), FieldPanel("share")]

    class Meta(Orderable.Meta):
        constraints = [
            models.UniqueConstraint(fields=["survey", "framework"], name="one_figure_per_framework_per_survey")
        ]

    def __str__(self):
        return f"{self.framework}: {self.share}%"


class BenchmarkSource(RevisionMixin, models.Model):
    publisher = models.CharField(max_length=80, help_text="e.g. 'TechEmpower'.")
    name = models.CharField(max_length=120, help_text="e.g. 'Framework Benchmarks'.")
    edition = models.CharField(max_length=60, help_text="e.g. 'Round 23'.")
    slug = models.SlugField(max_length=80, unique=True)
    published = models.CharField(max_length=40, blank=True, help_text="As cited, e.g. 'March 2025'.")
    test_type = models.CharField(max_length=80, blank=True, help_text="The test the ranking rests on, e.g. 'Fortunes'.")
    url = models.URLField(blank=True)
    notes = models.TextField(
        blank=True, help_text="Caveats a reader should know, e.g. hardware changes between rounds."
    )

    panels = [
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("name"), FieldPanel("edition")]),
        FieldPanel("slug"),
        FieldRowPanel([FieldPanel("published"), FieldPanel("test_type")]),
        FieldPanel("url"),
        FieldPanel("notes"),
    ]

    class Meta:
        ordering = ["publisher", "-edition"]

    def __str__(self):
        return f"{self.publisher} {self.name} {self.edition}"


class ComparisonMatrix(RevisionMixin, ClusterableModel):
    """A named table of frameworks: which frameworks in which order, which columns."""

    title = models.CharField(max_length=160)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True, help_text="One line under the title.")
    caption = models.CharField(max_length=200, help_text="The table's caption, read out by screen readers.")
    row_heading = models.CharField(max_length=60, default="Framework")
    footnote = models.TextField(blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("caption"),
        FieldPanel("row_heading"),
        InlinePanel("columns", heading="Columns", label="Column", min_num=1),
        InlinePanel("rows", heading="Frameworks (rows)", label="Framework", min_num=1),
        FieldPanel("footnote"),
    ]

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "comparison matrices"

    def __str__(self):
        return self.title


class MatrixColumn(models.TextChoices):
    """The framework fields a comparison matrix can show, with their default headings."""

    LANGUAGE = "language", "Language"
    RAW_PERFORMANCE = "raw_performance", "Raw performance"
    ECOSYSTEM = "ecosystem", "Ecosystem / productivity"
    LEARNING_CURVE = "learning_curve", "Learning curve"
    BEST_FIT = "best_fit", "Best-fit use case"
    PERFORMANCE_TIER = "performance_tier", "Performance tier"
    RUNTIME = "runtime", "Runtime"


def matrix_cell(framework, column):
    """The text a matrix shows for one framework in one column."""
    if column == MatrixColumn.LANGUAGE:
        return framework.language.label
    if column == MatrixColumn.PERFORMANCE_TIER:
        return framework.get_performance_tier_display()
    if column == MatrixColumn.RUNTIME:
        return framework.runtime.name if framework.runtime_id else ""
    return getattr(framework, column)


class ComparisonMatrixColumn(Orderable):
    matrix = ParentalKey(ComparisonMatrix, on_delete=models.CASCADE, related_name="columns")
    field = models.CharField(max_length=40, choices=MatrixColumn.choices)
    heading = models.CharField(max_length=60, blank=True, help_text="Blank uses the column's standard heading.")

    panels = [FieldPanel("field"), FieldPanel("heading")]

    @property
    def label(self):
        return self.heading or MatrixColumn(self.field).label


class ComparisonMatrixRow(Orderable):
    matrix = ParentalKey(ComparisonMatrix, on_delete=models.CASCADE, related_name="rows")
    framework = models.ForeignKey(Framework, on_delete=models.PROTECT, related_name="matrix_rows")

    panels = [FieldPanel("framework")]


class DecisionGuide(RevisionMixin, ClusterableModel):
    """A table that maps kinds of project to the frameworks to lean toward."""

    title = models.CharField(max_length=160)
    slug = models.SlugField(max_length=80, unique=True)
    description = models.TextField(blank=True)
    caption = models.CharField(max_length=200)
    project_heading = models.CharField(max_length=60, default="If your project is")
    lean_toward_heading = models.CharField(max_length=60, default="Lean toward")
    why_heading = models.CharField(max_length=60, default="Why")
    alternative_heading = models.CharField(max_length=60, default="Alternative")
    footnote = models.TextField(blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("caption"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("project_heading"), FieldPanel("lean_toward_heading")]),
                FieldRowPanel([FieldPanel("why_heading"), FieldPanel("alternative_heading")]),
            ],
            heading="Column headings",
        ),
        InlinePanel("rows", heading="Rows", label="Row", min_num=1),
        FieldPanel("footnote"),
    ]

    class Meta:
        ordering = ["title"]

    def __str__(self):
        return self.title


class DecisionGuideRow(Orderable):
    guide = ParentalKey(DecisionGuide, on_delete=models.CASCADE, related_name="rows")
    project_type = models.CharField(max_length=120)
    lean_toward = models.CharField(max_length=160)
    why = models.CharField(max_length=255)
    alternative = models.CharField(max_length=160, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("project_type"), FieldPanel("lean_toward")]),
        FieldPanel("why"),
        FieldPanel("alternative"),
    ]

    def __str__(self):
        return self.project_type
