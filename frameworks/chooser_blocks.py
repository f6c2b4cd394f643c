"""Snippet choosers that a page resolves together: one query per model for every record chosen
anywhere in its StreamFields, instead of one per block type, per chooser field and per StreamField.

`resolve_choosers(*stream_values)` reads the stored JSON of a page's StreamFields, fetches every
chosen record with one query per model and binds every block with them. Everywhere else (the
admin, the API, a script) `SnippetChooserBlock` fetches as Wagtail's own does. Records are fetched
for each render and never kept, so an edit shows at once.
"""

import copy
from collections import defaultdict
from contextvars import ContextVar

from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock as WagtailSnippetChooserBlock

# While resolve_choosers binds a page's blocks: ({model: {pk: record}}, {(model, pk) handed out}).
_fetched = ContextVar("fetched_records", default=None)


class SnippetChooserBlock(WagtailSnippetChooserBlock):
    """Wagtail's snippet chooser; inside resolve_choosers it takes its records from those fetched
    for the whole page."""

    def bulk_to_python(self, values):
        fetched, handed_out = _fetched.get() or ({}, set())
        if self.model_class not in fetched:
            return super().bulk_to_python(values)
        records, pk = fetched[self.model_class], self.model_class._meta.pk
        result = []
        for value in values:
            record = records.get(_pk_value(pk, value))
            if record is not None:
                # Each block gets its own instance, as Wagtail's does when two blocks choose one record.
                if (self.model_class, record.pk) in handed_out:
                    record = copy.copy(record)
                handed_out.add((self.model_class, record.pk))
            result.append(record)
        return result


def resolve_choosers(*stream_values):
    """Bind every block of these StreamField values, fetching their chosen records in one query per model."""
    chosen = defaultdict(set)
    for stream_value in stream_values:
        _collect(stream_value.stream_block, list(stream_value.raw_data), chosen)
    fetched = {
        model: {record.pk: record for record in model.objects.filter(pk__in=ids - {None})}
        for model, ids in chosen.items()
    }
    token = _fetched.set((fetched, set()))
    try:
        for stream_value in stream_values:
            for _ in stream_value:  # binding a block converts every block of its type, in bulk
                pass
    finally:
        _fetched.reset(token)


def _collect(block, raw, chosen):
    """Add {model: {pk}} of every record chosen in `raw`, the stored JSON of `block`."""
    if raw is None:
        return
    if isinstance(block, SnippetChooserBlock):
        chosen[block.model_class].add(_pk_value(block.model_class._meta.pk, raw))
    elif isinstance(block, blocks.StreamBlock):
        for item in raw:
            child_block = block.child_blocks.get(item.get("type"))
            if child_block is not None:
                _collect(child_block, item.get("value"), chosen)
    elif isinstance(block, blocks.ListBlock):
        for item in raw:
            _collect(block.child_block, item["value"] if block._item_is_in_block_format(item) else item, chosen)
    elif isinstance(block, blocks.StructBlock) and isinstance(raw, dict):
        for name, child_block in block.child_blocks.items():
            if name in raw:
                _collect(child_block, raw[name], chosen)


def _pk_value(pk_field, value):
    """A stored choice as its primary key's type: JSON may hold the same key as 3 or "3"."""
    try:
        return pk_field.to_python(value)
    except Exception:  # noqa: BLE001 - a malformed stored id chooses nothing, as in Wagtail
        return None
