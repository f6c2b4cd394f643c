"""Creating a comparison matrix or a decision guide from a guide's chooser, without leaving the guide.

The chooser's "Create" tab asks for what makes the record usable at once (a matrix: its criteria and
frameworks, in the order listed; a decision guide: its first row) and saves it as a draft with a
revision, as "Save draft" in its own editor would: the guide's content checks then say it is a draft
and its preview shows it as it will look. Everything else is edited in the record's own editor.
"""

from django import forms
from django.db import transaction
from django.utils.text import slugify
from wagtail.snippets.views.chooser import SnippetChooserViewSet, SnippetCreateView

from .records import (
    ComparisonMatrix,
    ComparisonMatrixColumn,
    ComparisonMatrixRow,
    Criterion,
    DecisionGuide,
    DecisionGuideAlternative,
    DecisionGuideLeanToward,
    DecisionGuideRow,
    Framework,
)


class _DraftRecordForm(forms.ModelForm):
    slug = forms.SlugField(required=False, help_text="Blank makes it from the title.")

    def clean_slug(self):
        slug = self.cleaned_data.get("slug") or slugify(self.cleaned_data.get("title") or self.data.get("title", ""))
        if not slug:
            raise forms.ValidationError("Give it a title or a slug.")
        if self._meta.model.objects.filter(slug=slug).exists():
            raise forms.ValidationError(f"The slug '{slug}' is taken: choose another.")
        return slug

    def save(self, commit=True):
        with transaction.atomic():
            record = super().save(commit=False)
            record.live = False
            record.has_unpublished_changes = True
            record.save()
            self.save_parts(record)
            record.save_revision(user=getattr(self, "user", None))
        return record

    def save_parts(self, record):
        raise NotImplementedError


class ComparisonMatrixCreationForm(_DraftRecordForm):
    criteria = forms.ModelMultipleChoiceField(
        Criterion.objects.filter(live=True), widget=forms.CheckboxSelectMultiple, help_text="The columns."
    )
    frameworks = forms.ModelMultipleChoiceField(
        Framework.objects.filter(live=True), widget=forms.CheckboxSelectMultiple, help_text="The rows."
    )

    class Meta:
        model = ComparisonMatrix
        fields = ["title", "slug", "caption"]

    def save_parts(self, matrix):
        for position, criterion in enumerate(self.cleaned_data["criteria"]):
            ComparisonMatrixColumn.objects.create(matrix=matrix, criterion=criterion, sort_order=position)
        for position, framework in enumerate(self.cleaned_data["frameworks"]):
            ComparisonMatrixRow.objects.create(matrix=matrix, framework=framework, sort_order=position)


class DecisionGuideCreationForm(_DraftRecordForm):
    project_type = forms.CharField(label="First row: if your project is", max_length=200)
    lean_toward = forms.ModelMultipleChoiceField(
        Framework.objects.filter(live=True), widget=forms.CheckboxSelectMultiple, label="Lean toward"
    )
    why = forms.CharField(label="Why", widget=forms.Textarea(attrs={"rows": 2}))
    alternatives = forms.ModelMultipleChoiceField(
        Framework.objects.filter(live=True), widget=forms.CheckboxSelectMultiple, required=False
    )

    class Meta:
        model = DecisionGuide
        fields = ["title", "slug", "caption"]

    def save_parts(self, guide):
        row = DecisionGuideRow.objects.create(
            guide=guide, project_type=self.cleaned_data["project_type"], why=self.cleaned_data["why"], sort_order=0
        )
        for position, framework in enumerate(self.cleaned_data["lean_toward"]):
            DecisionGuideLeanToward.objects.create(row=row, framework=framework, sort_order=position)
        for position, framework in enumerate(self.cleaned_data["alternatives"]):
            DecisionGuideAlternative.objects.create(row=row, framework=framework, sort_order=position)


class DraftCreateView(SnippetCreateView):
    def get_creation_form(self):
        form = super().get_creation_form()
        if form is not None:
            form.user = self.request.user
        return form


class ComparisonMatrixChooserViewSet(SnippetChooserViewSet):
    creation_form_class = ComparisonMatrixCreationForm
    create_view_class = DraftCreateView
    create_action_label = "Create a draft matrix"
    creation_tab_label = "New matrix"


class DecisionGuideChooserViewSet(SnippetChooserViewSet):
    creation_form_class = DecisionGuideCreationForm
    create_view_class = DraftCreateView
    create_action_label = "Create a draft decision guide"
    creation_tab_label = "New decision guide"
