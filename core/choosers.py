"""Chooser blocks that a page resolves together: one query per model for every record and page chosen
anywhere in its StreamFields, instead of one per block type, per chooser field and per StreamField.

`resolve_choosers(*stream_values)` reads the stored JSON of a page's StreamFields, fetches every
chosen record with one query per model (and every page chosen or linked from rich text in one),
binds every block with them and returns what it fetched, so the rich text's links can be expanded
from it too (guides/page_links.py). Everywhere else (the admin, the API's lists, a script) the blocks
fetch as Wagtail's own do. Nothing is kept between requests, so an edit shows at once.
"""

import copy
from collections import defaultdict
from contextvars import ContextVar

from wagtail import blocks
from wagtail.models import Page
from wagtail.rich_text import extract_references_from_rich_text

# While resolve_choosers binds a page's blocks: ({model: {pk: record}}, {(model, pk) handed out}).
_fetched = ContextVar("fetched_records", default=None)


class ResolvedTogether:
    """A chooser block that, inside resolve_choosers, takes its records from those fetched for the whole page."""

    @property
    def fetched_as(self):
        """The model whose records resolve_choosers fetches for this block."""
        return self.model_class

    def bulk_to_python(self, values):
        fetched, handed_out = _fetched.get() or ({}, set())
        if self.fetched_as not in fetched:
            return super().bulk_to_python(values)
        records, pk = fetched[self.fetched_as], self.fetched_as._meta.pk
        result = []
        for value in values:
            record = records.get(primary_key(pk, value))
            if record is not None and not isinstance(record, self.model_class):
                record = None  # a page of another type than the chooser's, as Wagtail's own lookup finds none
            if record is not None:
                # Each block gets its own instance, as Wagtail's does when two blocks choose one record.
                if (self.fetched_as, record.pk) in handed_out:
                    record = copy.copy(record)
                handed_out.add((self.fetched_as, record.pk))
            result.append(record)
        return result


class PageChooserBlock(ResolvedTogether, blocks.PageChooserBlock):
    """Wagtail's page chooser. Inside resolve_choosers its pages are specific with their own fields
    deferred, fetched with every other page the page chooses: what a link or a card's pick needs."""

    @property
    def fetched_as(self):
        return Page


def resolve_choosers(*stream_values, with_parents=False):
    """Bind every block of these StreamField values, fetching their chosen records in one query per
    model, and the pages chosen or linked from rich text in one. Returns {model: {pk: record}}.
    `with_parents` fetches the pages' parents too, in one more query: the admin's page chooser opens
    at a chosen page's parent."""
    chosen = defaultdict(set)
    for stream_value in stream_values:
        _collect(stream_value.stream_block, list(stream_value.raw_data), chosen)
    fetched = {model: _fetch(model, ids - {None}) for model, ids in chosen.items()}
    if with_parents and fetched.get(Page):
        _fetch_parents(fetched[Page].values())
    token = _fetched.set((fetched, set()))
    try:
        for stream_value in stream_values:
            for _ in stream_value:  # binding a block converts every block of its type, in bulk
                pass
    finally:
        _fetched.reset(token)
    return fetched


def _fetch(model, ids):
    if not ids:
        return {}
    if model is Page:
        # Specific pages with their own fields deferred: a page type's URL rules apply, for one query.
        return {page.pk: page for page in Page.objects.filter(pk__in=ids).defer_streamfields().specific(defer=True)}
    return {record.pk: record for record in model.objects.filter(pk__in=ids)}


def _fetch_parents(pages):
    """Keep each page's parent where treebeard's get_parent looks for it first."""
    below_root = [page for page in pages if page.depth > 1]
    parents = Page.objects.filter(path__in={page.path[: -page.steplen] for page in below_root}).in_bulk(
        field_name="path"
    )
    for page in below_root:
        if (parent := parents.get(page.path[: -page.steplen])) is not None:
            page._cached_parent_obj = parent


def _collect(block, raw, chosen):
    """Add {model: {pk}} of every record chosen in `raw`, the stored JSON of `block`."""
    if raw is None:
        return
    if isinstance(block, ResolvedTogether):
        chosen[block.fetched_as].add(primary_key(block.fetched_as._meta.pk, raw))
    elif isinstance(block, blocks.RichTextBlock):
        # Parsing a rich text costs more than this test, and most hold no internal link.
        if isinstance(raw, str) and "linktype" in raw:
            for model, object_id, *_ in extract_references_from_rich_text(raw):
                if issubclass(model, Page):
                    chosen[Page].add(primary_key(Page._meta.pk, object_id))
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


def primary_key(pk_field, value):
    """A stored or posted choice as its primary key's type: JSON and forms may hold the same key as 3
    or "3"; None for an empty or malformed one."""
    try:
        return pk_field.to_python(value)
    except Exception:  # noqa: BLE001 - a malformed stored id chooses nothing, as in Wagtail
        return None
