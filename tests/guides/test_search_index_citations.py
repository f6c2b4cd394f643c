"""The search index holds the words a reader reads: citation markers are resolved away by
guides/citations.py, as for JSON-LD, not indexed as "[cite:KEY]"."""

import pytest

from tests.guides.factories import GuidePageFactory, paragraph, source

pytestmark = pytest.mark.django_db


def test_a_paragraphs_searchable_text_has_no_citation_markers():
    guide = GuidePageFactory(
        body=[paragraph("<p>Queues smooth out load [cite:a] [cite:b].</p>")], sources=[source("a"), source("b")]
    )

    assert guide.body.stream_block.get_searchable_content(guide.body) == ["Queues smooth out load."]
