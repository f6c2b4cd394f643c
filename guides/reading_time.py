"""Reading time, computed from every word a reader reads in a StreamField (never typed in).

Text blocks are counted from their values. Blocks that show frameworks data (the comparison
matrix, the decision guide, the adoption chart's summary and data table, the tiered ranking) hold
only record choices, so they are rendered and their visible text counted: the rows and cells are
words a reader reads as surely as the prose. A chart's drawing (SVG) repeats its data table's
labels and values, so it is left out. The FAQ's questions and answers are text blocks.
"""

import math
import re

from django.utils.html import strip_tags
from wagtail import blocks

from frameworks.blocks import AdoptionChartBlock, ComparisonMatrixBlock, DecisionGuideBlock, TieredRankingBlock

WORDS_PER_MINUTE = 230
DATA_BLOCKS = (AdoptionChartBlock, ComparisonMatrixBlock, DecisionGuideBlock, TieredRankingBlock)
DRAWING = re.compile(r"<svg\b.*?</svg>", re.DOTALL)


def stream_words(stream_value):
    """Count the words a reader reads in a StreamField value, its data tables included."""
    return sum(len(text.split()) for text in _texts(stream_value.stream_block, stream_value))


def reading_minutes(*stream_values):
    words = sum(stream_words(value) for value in stream_values)
    return max(1, math.ceil(words / WORDS_PER_MINUTE))


def _texts(block, value):
    if value is None:
        return
    if isinstance(block, DATA_BLOCKS):
        yield _visible_text(block.render(value, context={"block_id": "reading-time"}))
    elif isinstance(block, blocks.RichTextBlock):
        yield _visible_text(value.source)
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


def _visible_text(html):
    # A space before each tag keeps "<td>Go</td><td>Fast</td>" two words, not one.
    return strip_tags(DRAWING.sub(" ", html).replace("<", " <"))
