"""Citations: a [cite:KEY] marker in rich text becomes a numbered link to that source.

Sources are numbered by their position in the guide's source list, so reordering sources
renumbers every citation, and a marker never goes stale.
"""

import re

from django.utils.html import format_html
from django.utils.safestring import mark_safe

CITATION_MARKER = re.compile(r"\[cite:([a-z0-9-]+)\]")


def source_numbers(sources):
    """{key: number} for a guide's sources StreamField value."""
    return {child.value["key"]: number for number, child in enumerate(sources, start=1)}


def link_citations(html, numbers):
    """Replace each known marker in rendered HTML with a superscript link to its source."""

    def replace(match):
        key = match.group(1)
        if key not in numbers:
            return match.group(0)
        return format_html(
            '<sup class="citation"><a href="#source-{}" aria-label="Source {}">[{}]</a></sup>',
            key,
            numbers[key],
            numbers[key],
        )

    return mark_safe(CITATION_MARKER.sub(replace, str(html)))


def cited_keys(text):
    return set(CITATION_MARKER.findall(text))
