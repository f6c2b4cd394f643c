"""Languages and frameworks (a runtime such as Node.js is a framework record of kind 'runtime')."""

from django.db import models
from modelcluster.models import ClusterableModel
from wagtail.search import index

from core.links import WebLinkField

from ..forms import FrameworkForm
from .publishing import PublishableRecord, remembered_search_fields, remembered_words


class Language(models.Model):
    name = models.CharField(max_length=60, unique=True, help_text="Full name, e.g. 'JavaScript / TypeScript'.")
    short_name = models.CharField(
        max_length=30, blank=True, help_text="How tables show it, e.g. 'JS / TS'. Blank uses the full name."
    )

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def label(self):
        return self.short_name or self.name


class Framework(PublishableRecord, index.Indexed, ClusterableModel):
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
    website = WebLinkField(blank=True)

    base_form_class = FrameworkForm
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), *remembered_search_fields()]

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def remembered_as(self):
        language = self.language if self.language_id else None
        names = (language.name, language.short_name) if language else ()
        return remembered_words(self.slug, self.table_label, *names)

    @property
    def label(self):
        return self.table_label or self.name
