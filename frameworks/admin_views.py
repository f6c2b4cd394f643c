"""Admin views for surveys beyond editing: copy as the next edition, and import figures from a CSV.

Import runs inside the request. The work is small (a parse, two queries, one revision), so a
background task would buy nothing: this site's task backend runs tasks inline anyway, and a
worker plus a result store to poll would cost a 2-core server more than the import does. What
can take a while on a long file is the upload and the row checks, so a browser that asks for it
(`Accept: application/x-ndjson`, the page's script) gets progress as a stream of JSON lines and
then the result; without script the same form posts and the page comes back with the result.
"""

import json
import re

from django import forms
from django.contrib.admin.utils import quote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log
from wagtail.permissions import policy_registry

from .importing import MAX_FILE_BYTES, ImportFileError, apply_plan, checking, decode, why_locked
from .records import AdoptionFigure, AdoptionSurvey


class SurveyActionView(WagtailAdminTemplateMixin, TemplateView):
    """A view about one survey, for users holding `permission_required` on surveys."""

    model = AdoptionSurvey
    permission_required = "change"
    edit_url_name = None
    index_url_name = None
    action_label = ""

    def dispatch(self, request, pk):
        policy = policy_registry.get_by_type(self.model)
        if not policy.user_has_permission(request.user, self.permission_required):
            raise PermissionDenied
        self.survey = get_object_or_404(self.model, pk=pk)
        return super().dispatch(request, pk)

    @cached_property
    def edit_url(self):
        return reverse(self.edit_url_name, args=[quote(self.survey.pk)])

    def get_page_title(self):
        return f"{self.action_label}: {self.survey}"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [
            {"url": reverse(self.index_url_name), "label": "Adoption surveys"},
            {"url": self.edit_url, "label": str(self.survey)},
            {"url": "", "label": self.action_label},
        ]

    def get_context_data(self, **kwargs):
        return super().get_context_data(survey=self.survey, edit_url=self.edit_url, **kwargs)


# Copy as next edition


def next_edition_slug(survey, year):
    old = str(survey.year)
    candidates = [survey.slug.replace(old, str(year))] if old in survey.slug else []
    candidates.append(slugify(f"{survey.publisher} {survey.name} {year}"))
    for candidate in candidates:
        if not AdoptionSurvey.objects.filter(slug=candidate).exists():
            return candidate
    number = 2
    while AdoptionSurvey.objects.filter(slug=f"{candidates[-1]}-{number}").exists():
        number += 1
    return f"{candidates[-1]}-{number}"


def copy_as_next_edition(survey, user=None):
    """A draft of the survey one year on with the same figures to start from (what readers see of
    this edition, not its unpublished changes)."""
    year = survey.year + 1
    with transaction.atomic():
        copy = AdoptionSurvey(
            publisher=survey.publisher,
            name=survey.name,
            year=year,
            slug=next_edition_slug(survey, year),
            sample_size=survey.sample_size,
            section=survey.section,
            # The next edition's page usually sits at the same address with the year changed.
            source_url=re.sub(rf"\b{survey.year}\b", str(year), survey.source_url),
            live=False,
        )
        copy.figures = [
            AdoptionFigure(framework_id=figure.framework_id, share=figure.share, sort_order=figure.sort_order)
            for figure in survey.figures.all()
        ]
        copy.save()
        revision = copy.save_revision(user=user)
        log(instance=copy, action="wagtail.create", user=user, revision=revision, content_changed=True)
    return copy


class NextEditionView(SurveyActionView):
    template_name = "frameworks/admin/next_edition.html"
    permission_required = "add"
    action_label = "Copy as next edition"

    @cached_property
    def existing(self):
        return AdoptionSurvey.objects.filter(
            publisher=self.survey.publisher, name=self.survey.name, year=self.survey.year + 1
        ).first()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next_year"] = self.survey.year + 1
        context["figure_count"] = self.survey.figures.count()
        if self.existing:
            context["existing_url"] = reverse(self.edit_url_name, args=[quote(self.existing.pk)])
        return context

    def post(self, request, pk):
        if self.existing:
            messages.warning(request, f"'{self.existing}' already exists.")
            return redirect(self.edit_url_name, quote(self.existing.pk))
        copy = copy_as_next_edition(self.survey, user=request.user)
        messages.success(
            request,
            f"Draft '{copy}' created with the {copy.figures.count()} figures of {self.survey.year}: "
            "update its figures, sample size and source, then publish it.",
        )
        return redirect(self.edit_url_name, quote(copy.pk))


# Import figures


class ImportFiguresForm(forms.Form):
    file = forms.FileField(
        label="CSV file",
        required=False,
        allow_empty_file=True,  # the importer says so in its own words
        help_text="One row per framework: its name, slug or table label, then its share, e.g. Django,12.6. "
        "A header row is optional.",
        widget=forms.FileInput(attrs={"accept": ".csv,text/csv", "aria-describedby": "id_file-help"}),
    )
    remove_missing = forms.BooleanField(
        label="Remove the survey's figures for frameworks the file leaves out", required=False
    )
    # After a check, the file travels back with the "Save as draft" form, so it is not uploaded twice.
    content = forms.CharField(required=False, widget=forms.HiddenInput, strip=False)
    base_revision = forms.IntegerField(required=False, widget=forms.HiddenInput)

    def data_to_check(self):
        if self.cleaned_data.get("file"):
            # One byte over the limit is enough for the importer to refuse it in its own words.
            return self.cleaned_data["file"].read(MAX_FILE_BYTES + 1)
        if self.cleaned_data.get("content"):
            return self.cleaned_data["content"].encode("utf-8")
        raise ImportFileError(["Choose a CSV file to import."])


class ImportFiguresView(SurveyActionView):
    template_name = "frameworks/admin/import_figures.html"
    result_template_name = "frameworks/admin/includes/import_result.html"
    action_label = "Import figures"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.setdefault("form", ImportFiguresForm())
        context["locked"] = why_locked(self.survey, self.request.user)
        context["action_url"] = self.request.path
        return context

    def post(self, request, pk):
        form = ImportFiguresForm(request.POST, request.FILES)
        work = self.run(form, applying="apply" in request.POST)
        if "application/x-ndjson" in request.headers.get("Accept", ""):
            response = StreamingHttpResponse(self.as_events(work), content_type="application/x-ndjson")
            response["X-Accel-Buffering"] = "no"  # let a proxy pass progress on as it comes
            return response
        result = drain(work)
        return self.render_to_response(self.get_context_data(**result))

    def run(self, form, applying):
        """Yields (done, total) while rows are checked, then returns the result's context."""
        if locked := why_locked(self.survey, self.request.user):
            return {"form": form, "problems": [locked]}
        if not form.is_valid():
            return {"form": ImportFiguresForm(), "problems": [e for errors in form.errors.values() for e in errors]}
        try:
            data = form.data_to_check()
            plan = yield from checking(self.survey, data, remove_missing=form.cleaned_data["remove_missing"])
        except ImportFileError as error:
            return {"form": ImportFiguresForm(), "problems": error.problems}
        text = decode(data)  # decodes: it was just checked
        if applying and form.cleaned_data["base_revision"] != plan.base_revision_id:
            # Someone saved the survey between the check and now: show what the file does to it now.
            return {"plan": plan, "carried": self.carried(plan, text), "stale": True}
        if applying:
            revision = apply_plan(plan, user=self.request.user)
            return {"plan": plan, "saved": revision is not None}
        return {"plan": plan, "carried": self.carried(plan, text)}

    @staticmethod
    def carried(plan, text):
        """What the "Save as draft" form sends back: the checked file and the revision it was checked
        against, so saving applies exactly the file reported on, to the survey as it was."""
        return {"content": text, "base_revision": plan.base_revision_id}

    def as_events(self, work):
        while True:
            try:
                done, total = next(work)
            except StopIteration as finished:
                result = finished.value
                break
            yield json.dumps({"progress": {"done": done, "total": total}}) + "\n"
        context = self.get_context_data(**result)
        yield json.dumps({"html": render_to_string(self.result_template_name, context, request=self.request)}) + "\n"


def drain(work):
    while True:
        try:
            next(work)
        except StopIteration as finished:
            return finished.value
