"""The snippet chooser of the frameworks blocks: Wagtail's, resolved with every other record and page
a page chooses (core/choosers.py). Its path is named in the migrations of the StreamFields using it."""

from wagtail.snippets.blocks import SnippetChooserBlock as WagtailSnippetChooserBlock

from core.choosers import ResolvedTogether


class SnippetChooserBlock(ResolvedTogether, WagtailSnippetChooserBlock):
    """Wagtail's snippet chooser; inside resolve_choosers it takes its records from those fetched
    for the whole page."""
