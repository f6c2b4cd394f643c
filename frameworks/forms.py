"""Admin forms for frameworks records (their models' `base_form_class`).

- A record's rows may name a framework or criterion once: a second row for it gets an error on
  its chooser that names it ("Django appears twice in this survey's figures"), in place of
  Django's generic "Please correct the duplicate data" above the whole list.
- Every chooser in a record's rows shows its record from one query per model (core/admin_forms.py).
- A survey's or benchmark's slug may be left blank: it is made from the publisher and the year
  or edition, as the existing ones were ("stack-overflow-2025").
"""

from django.utils.text import slugify
from wagtail.admin.forms import WagtailAdminModelForm

from core.admin_forms import RowsInBulk


class RecordForm(RowsInBulk, WagtailAdminModelForm):
    """A record's form: its rows and the records they choose come in one query per model."""


class NamedDuplicatesForm(RecordForm):
    # {formset name: (field naming the record, message with {name})}
    duplicate_messages = {}

    def clean(self):
        cleaned_data = super().clean()
        for formset_name, (field, message) in self.duplicate_messages.items():
            if formset_name in self.formsets:
                self._name_duplicates(self.formsets[formset_name], field, message)
        return cleaned_data

    @staticmethod
    def _name_duplicates(formset, field, message):
        """Put the error on every row after the first that names the same record. The form's own
        clean runs before the formset's, so a row flagged here is no longer valid and the formset's
        generic unique check passes over it."""
        seen = set()
        for form in formset.forms:
            if not form.is_valid() or formset._should_delete_form(form):
                continue
            record = form.cleaned_data.get(field)
            if record is None:
                continue
            if record.pk in seen:
                form.add_error(field, message.format(name=record))
            seen.add(record.pk)


class FrameworkForm(NamedDuplicatesForm):
    duplicate_messages = {"criterion_values": ("criterion", "{name} appears twice in this framework's values.")}


class ComparisonMatrixForm(NamedDuplicatesForm):
    duplicate_messages = {
        "columns": ("criterion", "{name} appears twice in this matrix's columns."),
        "rows": ("framework", "{name} appears twice in this matrix's rows."),
    }


class SlugFromEditionForm(NamedDuplicatesForm):
    """Leaves the slug optional and makes it from `slug_sources` (field names) when blank."""

    slug_sources = ()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "slug" in self.fields:
            self.fields["slug"].required = False
            self.fields["slug"].help_text = "Leave blank to make one from the {}.".format(
                " and ".join(self.fields[name].label.lower() for name in self.slug_sources)
            )

    def clean(self):
        cleaned_data = super().clean()
        if "slug" in self.fields and not cleaned_data.get("slug"):
            parts = [cleaned_data.get(name) for name in self.slug_sources]
            if all(part not in (None, "") for part in parts):
                cleaned_data["slug"] = self._unused_slug(slugify(" ".join(str(part) for part in parts)))
            else:
                self.add_error(
                    "slug",
                    "Enter a slug, or fill in the {} to make one.".format(
                        " and ".join(self.fields[name].label.lower() for name in self.slug_sources)
                    ),
                )
        return cleaned_data

    def _unused_slug(self, base):
        taken = set(
            type(self.instance)
            .objects.exclude(pk=self.instance.pk)
            .filter(slug__startswith=base)
            .values_list("slug", flat=True)
        )
        slug, number = base, 2
        while slug in taken:
            slug, number = f"{base}-{number}", number + 1
        return slug


class AdoptionSurveyForm(SlugFromEditionForm):
    slug_sources = ("publisher", "year")
    duplicate_messages = {"figures": ("framework", "{name} appears twice in this survey's figures.")}


class BenchmarkForm(SlugFromEditionForm):
    slug_sources = ("publisher", "edition")
    duplicate_messages = {"results": ("framework", "{name} appears twice in this benchmark's results.")}
