"""Citations: a [cite:KEY] marker in rich text becomes a numbered link to that source.

Sources are numbered by their position in the guide's source list, so reordering sources
renumbers every citation, and a marker never goes stale. Keys match whatever their case:
`[cite:SO-2025]` cites the source keyed `so-2025`.
"""

import re

from django.utils.html import format_html
from django.utils.safestring import mark_safe

CITATION_MARKER = re.compile(r"\[cite:([a-z0-9-]+)\]", re.IGNORECASE)
# One or more markers in a row ("claim [cite:a] [cite:b]."), with the space before them: they
# become one superscript that sits right after the claim.
CITATION_RUN = re.compile(r"\s*(?:\[cite:[a-z0-9-]+\]\s*)*\[cite:[a-z0-9-]+\]", re.IGNORECASE)


def source_numbers(sources):
    """{key: number} for a guide's sources StreamField value."""
    return {child.value["key"].lower(): number for number, child in enumerate(sources, start=1)}


def link_citations(html, numbers):
    """Replace each run of known markers in rendered HTML with one superscript of links to the
    sources, in ascending order, with no space before it."""

    def replace(match):
        keys = CITATION_MARKER.findall(match.group(0))
        known = sorted({key.lower() for key in keys if key.lower() in numbers}, key=numbers.get)
        unknown = "".join(f"[cite:{key}]" for key in keys if key.lower() not in numbers)
        if not known:
            return match.group(0)
        links = "".join(
            format_html('<a href="#source-{}" aria-label="Source {}">[{}]</a>', key, numbers[key], numbers[key])
            for key in known
        )
        return f'<sup class="citation">{links}</sup>{unknown}'

    return mark_safe(CITATION_RUN.sub(replace, str(html)))


def strip_citations(text):
    """Plain text without its markers (nor the space before them), for search engines' data."""
    return CITATION_RUN.sub("", text)


def cited_keys(text):
    """The source keys a text cites, in lower case."""
    return {key.lower() for key in CITATION_MARKER.findall(text)}
