"""Reading time, computed from the words a reader reads in a StreamField (never typed in)."""

import math

from django.utils.html import strip_tags
from wagtail import blocks

WORDS_PER_MINUTE = 230


def stream_words(stream_value):
    """Count the words in the text blocks of a StreamField value (data tables are not prose)."""
    return sum(len(text.split()) for text in _texts(stream_value.stream_block, stream_value))


def reading_minutes(*stream_values):
    words = sum(stream_words(value) for value in stream_values)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _texts(block, value):
    if value is None:
        return
    if isinstance(block, blocks.RichTextBlock):
        yield strip_tags(value.source.replace("<", " <"))
    elif isinstance(block, (blocks.CharBlock, blocks.TextBlock)):
        yield value
    elif isinstance(block, blocks.StructBlock):
        for name, child_block in block.child_blocks.items():
            yield from _texts(child_block, value.get(name))
    elif isinstance(block, blocks.ListBlock):
        for item in value:
            yield from _texts(block.child_block, item)
    elif isinstance(block, blocks.StreamBlock):
        for child in value:
            yield from _texts(child.block, child.value)
