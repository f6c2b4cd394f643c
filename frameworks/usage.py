"""Which pages show a frameworks record, directly or through another record.

A guide shows a record directly (a block chooses the matrix, survey, benchmark or decision guide;
a source cites the survey) or through another record (a framework is a row of a matrix, a figure
of a survey, a result of a benchmark, a choice of a decision guide; a criterion is a column of a
matrix). Wagtail's reference index holds both kinds of reference, so two lookups answer for any
number of records, and this app never needs to import the guides app. It reads no model of its own
app either (the records' previews use it): a record is any draftable model of the app.
"""

from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.models import DraftStateMixin, Page, ReferenceIndex

from core.pages import not_expired


def page_ids_showing(records):
    """{record pk: {live page id, ...}} for records of one model: three queries however many."""
    records = list(records)
    if not records:
        return {}
    record_type = ContentType.objects.get_for_model(type(records[0]))
    page_type = ContentType.objects.get_for_model(Page)
    pages = defaultdict(set)  # record pk -> page ids
    containers = defaultdict(set)  # (content type id, object id) -> record pks it holds
    inbound = ReferenceIndex.objects.filter(
        to_content_type=record_type, to_object_id__in=[str(record.pk) for record in records]
    ).values_list("to_object_id", "base_content_type_id", "object_id")
    for record_id, source_type, source_id in inbound:
        if source_type == page_type.pk:
            pages[record_id].add(int(source_id))
        else:
            containers[(source_type, source_id)].add(record_id)

    if containers:
        condition = Q()
        for source_type, source_id in containers:
            condition |= Q(to_content_type_id=source_type, to_object_id=source_id)
        through = ReferenceIndex.objects.filter(condition, base_content_type=page_type).values_list(
            "to_content_type_id", "to_object_id", "object_id"
        )
        for source_type, source_id, page_id in through:
            for record_id in containers[(source_type, source_id)]:
                pages[record_id].add(int(page_id))

    every_page = set().union(*pages.values()) if pages else set()
    # A page past its expiry time is gone for readers before the scheduler unpublishes it.
    live = set(Page.objects.live().filter(not_expired(), pk__in=every_page).values_list("pk", flat=True))
    return {record.pk: pages[str(record.pk)] & live for record in records}


def pages_showing(record):
    """The live pages that show this record, by title."""
    page_ids = page_ids_showing([record])[record.pk]
    return list(Page.objects.filter(pk__in=page_ids).order_by("title").specific())


def records_shown_by(page):
    """The live, draftable frameworks records a page shows, directly or through another record."""
    page_type = ContentType.objects.get_for_model(Page)
    types = {content_type.pk: content_type for content_type in ContentType.objects.filter(app_label="frameworks")}
    direct = set(
        ReferenceIndex.objects.filter(
            base_content_type=page_type, object_id=str(page.pk), to_content_type__in=list(types)
        ).values_list("to_content_type_id", "to_object_id")
    )
    through = set()
    if direct:
        condition = Q()
        for content_type, object_id in direct:
            condition |= Q(base_content_type_id=content_type, object_id=object_id)
        through = set(
            ReferenceIndex.objects.filter(condition, to_content_type__in=list(types)).values_list(
                "to_content_type_id", "to_object_id"
            )
        )
    ids_by_type = defaultdict(set)
    for content_type, object_id in direct | through:
        ids_by_type[content_type].add(object_id)
    records = []
    for content_type, ids in ids_by_type.items():
        model = types[content_type].model_class()
        # Draftable means published or not: a language has no drafts, and the /frameworks/ page is a page.
        if model is not None and issubclass(model, DraftStateMixin) and not issubclass(model, Page):
            records += model.objects.filter(pk__in=ids, live=True)
    return records
