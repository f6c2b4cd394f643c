"""Reading time, computed from every word a reader reads in a StreamField (never typed in).

Text blocks are counted from their values. Blocks that show frameworks data (the comparison
matrix, the decision guide, the adoption chart's summary and data table, the tiered ranking) hold
only record choices, so they are rendered and their visible text counted: the rows and cells are
words a reader reads as surely as the prose. A chart's drawing (SVG) repeats its data table's
labels and values, so it is left out, and so is its summary for screen readers (it says what the
table does). The FAQ's questions and answers are text blocks.

Prose is read at 238 words a minute, the average silent reading rate for non-fiction in Brysbaert's
2019 review of 190 studies. A table is scanned, not read word by word: a reader runs down
the row names and across to the column that matters, about four times as fast, so each word in a
table cell counts a quarter (the demo guide: about 2,700 words outside its tables and 420 in them,
12 minutes, as the reference guide says; counted whole at 230 a minute it was 14).
"""

import math
import re

from django.utils.html import strip_tags
from wagtail import blocks

from frameworks.blocks import AdoptionChartBlock, ComparisonMatrixBlock, DecisionGuideBlock, TieredRankingBlock

WORDS_PER_MINUTE = 238
TABLE_WORD_WEIGHT = 0.25  # scanning a table runs at about four times the pace of reading prose
DATA_BLOCKS = (AdoptionChartBlock, ComparisonMatrixBlock, DecisionGuideBlock, TieredRankingBlock)
DRAWING = re.compile(r"<svg\b.*?</svg>", re.DOTALL)
TABLE = re.compile(r"<table\b.*?</table>", re.DOTALL)
CAPTION = re.compile(r"<caption\b.*?</caption>", re.DOTALL)
# The chart's text summary is for readers who cannot see the drawing; it repeats the table.
SUMMARY = re.compile(r'<p [^>]*class="chart__summary[^"]*"[^>]*>.*?</p>', re.DOTALL)


def stream_words(stream_value):
    """The words a reader reads in a StreamField value, a table's words weighted as scanned."""
    return sum(len(text.split()) * weight for text, weight in _weighted(stream_value.stream_block, stream_value))


def reading_minutes(*stream_values):
    words = sum(stream_words(value) for value in stream_values)
    return max(1, math.ceil(round(words) / WORDS_PER_MINUTE))


def _weighted(block, value):
    """(text, weight) pairs: prose at 1, the cells of a data block's tables at TABLE_WORD_WEIGHT."""
    for text in _texts(block, value):
        if isinstance(text, tuple):
            yield text
        else:
            yield text, 1


def _texts(block, value):
    if value is None:
        return
    if isinstance(block, DATA_BLOCKS):
        html = SUMMARY.sub(" ", DRAWING.sub(" ", block.render(value, context={"block_id": "reading-time"})))
        tables = TABLE.findall(html)
        yield _visible_text(TABLE.sub(" ", html))
        for table in tables:
            yield _visible_text(" ".join(CAPTION.findall(table))), 1
            yield _visible_text(CAPTION.sub(" ", table)), TABLE_WORD_WEIGHT
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
