"""Filters for the frameworks data listings in the admin: status on every draftable record, and
language, runtime and kind on frameworks.

Status is Wagtail's DraftStateMixin status (as the edit view's side panel shows it), split into
four states an editor asks for: draft, live, live with a newer draft ("changed"), scheduled.
"""

import django_filters
from django import forms
from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Exists, OuterRef, Q
from django.db.models.functions import Cast
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Revision

from .records import AdoptionSurvey, Benchmark, ComparisonMatrix, Criterion, DecisionGuide, Framework, Language

STATUS_CHOICES = [
    ("draft", "Draft"),
    ("live", "Live"),
    ("changed", "Live, with unpublished changes"),
    ("scheduled", "Scheduled"),
]


def with_schedule(queryset):
    """Annotate `_scheduled`: whether a revision is approved to go live later (one subquery)."""
    scheduled = Revision.objects.filter(
        base_content_type=ContentType.objects.get_for_model(queryset.model),
        object_id=Cast(OuterRef("pk"), CharField()),
        approved_go_live_at__isnull=False,
    )
    return queryset.annotate(_scheduled=Exists(scheduled))


def status_label(record):
    """Wagtail's status_string ("live + draft"...), from the `_scheduled` annotation when the
    queryset has it; status_string itself asks the database once per record."""
    if not hasattr(record, "_scheduled"):
        return record.status_string
    if not record.live:
        return "expired" if record.expired else "scheduled" if record._scheduled else "draft"
    if record._scheduled:
        return "live + scheduled"
    return "live + draft" if record.has_unpublished_changes else "live"


class StatusFilter(django_filters.ChoiceFilter):
    """The four states partition records as Wagtail's status_string does: a scheduled change
    counts as scheduled whether or not the record is live; an expired record is none of them."""

    def __init__(self, **kwargs):
        super().__init__(label="Status", choices=STATUS_CHOICES, empty_label="All", widget=forms.RadioSelect, **kwargs)

    def filter(self, queryset, value):
        if not value:
            return queryset
        if "_scheduled" not in queryset.query.annotations:
            queryset = with_schedule(queryset)
        conditions = {
            "draft": Q(live=False, expired=False, _scheduled=False),
            "live": Q(live=True, has_unpublished_changes=False, _scheduled=False),
            "changed": Q(live=True, has_unpublished_changes=True, _scheduled=False),
            "scheduled": Q(_scheduled=True),
        }
        return queryset.filter(conditions[value])


class RecordFilterSet(WagtailFilterSet):
    status = StatusFilter()


class FrameworkFilterSet(RecordFilterSet):
    language = django_filters.ModelChoiceFilter(queryset=Language.objects.all(), empty_label="All languages")
    runtime = django_filters.ModelChoiceFilter(
        queryset=Framework.objects.filter(kind=Framework.Kind.RUNTIME), empty_label="Any runtime"
    )
    kind = django_filters.ChoiceFilter(choices=Framework.Kind.choices, empty_label="All", widget=forms.RadioSelect)

    class Meta:
        model = Framework
        fields = ["language", "runtime", "kind", "status"]


class CriterionFilterSet(RecordFilterSet):
    class Meta:
        model = Criterion
        fields = ["status"]


class AdoptionSurveyFilterSet(RecordFilterSet):
    publisher = django_filters.AllValuesFilter(empty_label="All publishers")

    class Meta:
        model = AdoptionSurvey
        fields = ["publisher", "status"]


class BenchmarkFilterSet(RecordFilterSet):
    publisher = django_filters.AllValuesFilter(empty_label="All publishers")

    class Meta:
        model = Benchmark
        fields = ["publisher", "status"]


class ComparisonMatrixFilterSet(RecordFilterSet):
    class Meta:
        model = ComparisonMatrix
        fields = ["status"]


class DecisionGuideFilterSet(RecordFilterSet):
    class Meta:
        model = DecisionGuide
        fields = ["status"]
