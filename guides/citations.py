"""Citations: a [cite:KEY] marker in rich text becomes a numbered link to that source.

Sources are numbered by their position in the guide's source list, so reordering sources
renumbers every citation, and a marker never goes stale. Keys match whatever their case:
`[cite:SO-2025]` cites the source keyed `so-2025`.

This module is the one place markers are resolved: the page (the `cited` template tag), the API
(`PageText`, with the page's address before each #source link), JSON-LD and the search index
(`plain_text`, markers dropped) all call it.
"""

import re

from django.utils.html import format_html, strip_tags
from django.utils.safestring import mark_safe
from wagtail.rich_text import RichText, expand_db_html

# A link or image source within this site ("/guides/x/", not "//cdn.example.com/x"), in rendered HTML.
SITE_RELATIVE_LINK = re.compile(r'(\s(?:href|src)=")(/[^/"][^"]*|/)"')
CITATION_MARKER = re.compile(r"\[cite:([a-z0-9-]+)\]", re.IGNORECASE)
# One or more markers in a row ("claim [cite:a] [cite:b]."), with the space before them: they
# become one superscript that sits right after the claim.
CITATION_RUN = re.compile(r"\s*(?:\[cite:[a-z0-9-]+\]\s*)*\[cite:[a-z0-9-]+\]", re.IGNORECASE)


def source_numbers(sources):
    """{key: number} for a guide's sources StreamField value."""
    return {child.value["key"].lower(): number for number, child in enumerate(sources, start=1)}


def link_citations(html, numbers, page_url=""):
    """Replace each run of known markers in rendered HTML with one superscript of links to the
    sources, in ascending order, with no space before it. `page_url` goes before each #source
    link where the HTML is read away from the page (the API)."""

    def replace(match):
        keys = CITATION_MARKER.findall(match.group(0))
        known = sorted({key.lower() for key in keys if key.lower() in numbers}, key=numbers.get)
        unknown = "".join(f"[cite:{key}]" for key in keys if key.lower() not in numbers)
        if not known:
            return match.group(0)
        links = "".join(
            format_html(
                '<a href="{}#source-{}" aria-label="Source {}">[{}]</a>', page_url, key, numbers[key], numbers[key]
            )
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


def cited_html(value, numbers, page_url="", linked_pages=None):
    """Rich text (a RichText value or stored HTML) as readers get it: internal links and images
    expanded to their public form, citation markers linked to the numbered sources. `linked_pages`
    (guides/page_links.py) holds the pages its links point to, fetched for the whole page."""
    source = value.source if isinstance(value, RichText) else str(value)
    html = expand_db_html(source) if linked_pages is None else linked_pages.expand(source)
    return link_citations(html, numbers, page_url)


def plain_text(html):
    """Text without tags or markers, whitespace collapsed: for search engines' data and the search index."""
    return " ".join(strip_citations(strip_tags(html)).split())


def absolute_links(html, root):
    """Site-relative links (an internal page, a document) made absolute, for use away from the site."""
    return SITE_RELATIVE_LINK.sub(lambda match: f'{match.group(1)}{root}{match.group(2)}"', str(html))


class PageText:
    """A page's rich text as it reads away from the page (the API): citations are the page's numbered
    links, with the page's full address before each #source, and site-relative links are absolute.

    The blocks' API representations find it in their context as `text` (the API puts it there once
    per page); `PageText.of(context)` makes one from the context's page when it is missing.
    """

    def __init__(self, page, request):
        parts = page.get_url_parts(request)
        self.site_root = parts[1] if parts else (request.build_absolute_uri("/").rstrip("/") if request else "")
        self.page_url = page.get_full_url(request) or ""
        self.numbers = getattr(page, "source_numbers", None) or {}
        # The pages its body links to, fetched once for the whole page where the page keeps them
        # (a guide's `linked_pages`), as the page's `cited` tag reads them.
        self.linked_pages = getattr(page, "linked_pages", None)

    @classmethod
    def of(cls, context):
        context = context or {}
        return context.get("text") or cls(context["page"], context.get("request"))

    def html(self, rich_text):
        return absolute_links(cited_html(rich_text, self.numbers, self.page_url, self.linked_pages), self.site_root)

    def anchor_url(self, anchor):
        return f"{self.page_url}#{anchor}"
