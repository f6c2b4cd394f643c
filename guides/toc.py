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


def heading_anchors(body):
    return [heading_anchor(child.value) for child in body if child.block_type == "heading"]
