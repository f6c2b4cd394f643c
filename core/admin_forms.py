"""Admin forms of records with rows: the rows, their rows and every record they choose, in bulk.

Opened in the admin, a saved record's rows of rows (a decision guide's choices in each row) were read
one query per row, and Wagtail's chooser widget looks up the record it shows by its id, one query
per chooser: a matrix of 500 rows took 500 queries to open. `RowsInBulk`, mixed into a form,
reads each level of rows in one query, held in memory as a draft's are, then finds the value of
every chooser in the form and its child formsets, fetches each model's records in one query and
gives each widget its record (one it cannot find is looked up as Wagtail's own widget would).
"""

from collections import defaultdict

from modelcluster.models import ClusterableModel, get_all_child_relations
from wagtail.admin.widgets.chooser import BaseChooser

from .choosers import primary_key


class RowsInBulk:
    def __init__(self, *args, instance=None, **kwargs):
        if instance is not None and instance.pk is not None:
            _rows_in_memory([instance])
        super().__init__(*args, instance=instance, **kwargs)
        give_choosers_their_records(self)


def _rows_in_memory(records):
    """Each child relation of `records` (of one model) read in one query and held in memory, as a
    draft's rows are, then their rows' the same way. A relation already in memory is left as it is."""
    for relation in get_all_child_relations(type(records[0])):
        name, key = relation.get_accessor_name(), relation.field
        saved = [record for record in records if record.pk is not None and not _in_memory(record, name)]
        if saved:
            by_parent = defaultdict(list)
            for row in relation.related_model._default_manager.filter(**{f"{key.name}__in": saved}):
                by_parent[getattr(row, key.attname)].append(row)
            for record in saved:
                setattr(record, name, by_parent[record.pk])
        rows = [row for record in records for row in getattr(record, name).all()]
        if rows and issubclass(relation.related_model, ClusterableModel):
            _rows_in_memory(rows)


def _in_memory(record, name):
    return name in getattr(record, "_cluster_related_objects", {})


def give_choosers_their_records(form):
    shown = defaultdict(list)  # {model: [(widget, primary key)]}
    for each in _with_child_forms(form):
        for name, field in each.fields.items():
            if isinstance(field.widget, BaseChooser):
                model = field.widget.model_class
                key = _key(model, each[name].value())
                if key is not None:
                    shown[model].append((field.widget, key))
    for model, uses in shown.items():
        records = model._default_manager.in_bulk({key for _, key in uses})
        for widget, key in uses:
            if key in records:
                _show(widget, key, records[key])


def _show(widget, key, record):
    look_up = widget.get_instance

    def get_instance(value):
        if isinstance(value, widget.model_class):
            return value
        return record if _key(widget.model_class, value) == key else look_up(value)

    widget.get_instance = get_instance


def _with_child_forms(form):
    yield form
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            yield from _with_child_forms(child)


def _key(model, value):
    return value.pk if isinstance(value, model) else primary_key(model._meta.pk, value)
