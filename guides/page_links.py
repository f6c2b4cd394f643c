"""Internal page links in a guide's rich text, resolved for the whole page at once.

Wagtail expands the page links of each rich text on its own, with two queries (the pages, then
their specific rows), so a guide with links in ten paragraphs would take twenty. `linked_pages`
fetches every page a guide's body links to in one query; its `expand` expands one rich text's stored
HTML with those pages through the registered page link handler itself, so the links come out exactly
as Wagtail writes them, and everything else (documents, embeds) as Wagtail expands it.
"""

from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.models import Page
from wagtail.rich_text import RichText, extract_references_from_rich_text, features, get_rewriter
from wagtail.rich_text.rewriters import LinkRewriter, MultiRuleRewriter


def rich_texts(value):
    """Every RichText in a StreamField value, however deep its blocks nest them."""
    if isinstance(value, RichText):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from rich_texts(child.value)
    elif isinstance(value, StructValue):
        for item in value.values():
            yield from rich_texts(item)
    elif isinstance(value, (ListValue, list, tuple)):
        for item in value:
            yield from rich_texts(item)


class LinkedPages:
    """The pages a guide's body links to, and a rich-text expander that finds them here: built once
    per render, used by every rich text of the page."""

    def __init__(self, pages):
        self.pages = pages  # {page id as text: page}
        handler = features.get_link_types()["page"]
        # The registered handler, answering from the pages already fetched instead of the database.
        prefetched = type(
            "PrefetchedPageLinkHandler",
            (handler,),
            {"get_many": classmethod(lambda cls, attrs_list: [pages.get(str(attr.get("id"))) for attr in attrs_list])},
        )
        # Wagtail's rewriter is built once and shared: this one copies its rules, the page rule replaced.
        self._rewriter = MultiRuleRewriter(
            [
                LinkRewriter(
                    bulk_rules={**rule.bulk_rules, "page": prefetched.expand_db_attributes_many},
                    reference_extractors=rule.reference_extractors,
                )
                if isinstance(rule, LinkRewriter)
                else rule
                for rule in get_rewriter().rewriters
            ]
        )

    def expand(self, html):
        """Stored rich-text HTML as readers get it, exactly as Wagtail's expand_db_html writes it."""
        return self._rewriter(html)


def linked_pages(*stream_values):
    """The pages these values' rich text links to (a LinkedPages), fetched in one query."""
    ids = {
        str(object_id)
        for stream_value in stream_values
        for text in rich_texts(stream_value)
        # Parsing a rich text costs more than this test, and most hold no internal link.
        if "linktype" in text.source
        for model, object_id, *_ in extract_references_from_rich_text(text.source)
        if issubclass(model, Page)
    }
    if not ids:
        return LinkedPages({})
    # Specific pages with their own fields deferred: a page type's URL rules apply, for one query.
    pages = Page.objects.filter(id__in=ids).defer_streamfields().specific(defer=True)
    return LinkedPages({str(page.pk): page for page in pages})
