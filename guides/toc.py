"""The table of contents of a guide, derived from its h2 and h3 heading blocks."""

from dataclasses import dataclass, field

from .blocks import heading_anchor


@dataclass
class TocEntry:
    text: str
    anchor: str
    children: list = field(default_factory=list)


def table_of_contents(body):
    entries = []
    for child in body:
        if child.block_type != "heading":
            continue
        entry = TocEntry(text=child.value["text"], anchor=heading_anchor(child.value))
        if child.value["level"] == "h3" and entries:
            entries[-1].children.append(entry)
        else:
            entries.append(entry)
    return entries


def page_contents(body, has_sources=False):
    """The contents list a reader of the page gets: the sections, each FAQ where it stands, then the
    sources (the API's `table_of_contents` keeps to the heading blocks)."""
    entries = []
    for child in body:
        if child.block_type == "faq":
            entries.append(TocEntry(text=child.value["heading"], anchor=f"faq-{child.id}"))
        elif child.block_type == "heading":
            entry = TocEntry(text=child.value["text"], anchor=heading_anchor(child.value))
            if child.value["level"] == "h3" and entries:
                entries[-1].children.append(entry)
            else:
                entries.append(entry)
    if has_sources:
        entries.append(TocEntry(text="Sources", anchor="sources-heading"))
    return entries


def heading_anchors(body):
    return [heading_anchor(child.value) for child in body if child.block_type == "heading"]
