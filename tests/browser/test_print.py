"""The demo guide printed to PDF (A4 and Letter) in Chromium: every column and row of every table,
no row split across pages, source addresses written out, no navigation, contents or cards, and the
call to action as one line of text."""

import io
import re
import unicodedata

import pytest
from pypdf import PdfReader

pytestmark = pytest.mark.browser

GUIDE = "/guides/backend-frameworks-compared/"


def squeezed(text):
    """Text to compare: ligatures (ﬁ) unfolded and white space dropped, since a PDF's text breaks
    lines (and words at hyphens) wherever the printed column wraps."""
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


@pytest.fixture(params=["A4", "Letter"])
def printed(request, demo_site, page):
    page.goto(f"{demo_site.url}{GUIDE}")
    page.emulate_media(media="print")
    rows = page.eval_on_selector_all(
        "section.data-table tbody tr, figure.chart tbody tr",
        "rows => rows.map(row => Array.from(row.cells, cell => cell.innerText.trim()))",
    )
    pdf = PdfReader(io.BytesIO(page.pdf(format=request.param, print_background=False)))
    return {"pages": [squeezed(p.extract_text()) for p in pdf.pages], "rows": rows}


def test_every_table_row_prints_whole_with_its_last_column(printed):
    everything = "".join(printed["pages"])
    assert squeezed("Best-fit use case") in everything
    assert squeezed("Real-time (chat, presence, IoT, live dashboards)") in everything  # the matrix's last column
    assert squeezed("Next.js API routes for small apps") in everything  # the decision guide's last column
    assert len(printed["rows"]) == 11 + 7 + 10  # matrix, decision guide and chart data rows
    for cells in printed["rows"]:
        first, last = squeezed(cells[0]), squeezed(cells[-1])
        assert any(first in text and last in text for text in printed["pages"]), cells


def test_sources_print_their_addresses(printed):
    everything = "".join(printed["pages"])
    for url in [
        "https://survey.stackoverflow.co/2025/",
        "https://survey.stackoverflow.co/2024/",
        "https://www.techempower.com/benchmarks/",
        "https://fastapi.tiangolo.com/async/",
    ]:
        assert f"({url})" in everything


def test_navigation_contents_cards_and_buttons_do_not_print_and_the_cta_is_one_line(printed):
    everything = "".join(printed["pages"])
    for hidden in [
        "On this page",
        "Related guides worth your time",
        "Download the data (CSV)",
        "Case Studies",  # the header navigation
        "Not sure which backend framework fits?",
    ]:
        assert squeezed(hidden) not in everything, hidden
    assert squeezed("Book a 30-minute discovery call: http") in everything


def page_fill(pdf_page, margin):
    """How far down its printable area a PDF page's content reaches, 0 to 1: the lowest line of
    text or image placed on it (PDF space runs upwards from the page's foot)."""
    lowest = []

    def text(content, matrix, text_matrix, font, size):
        if content.strip():
            lowest.append(text_matrix[5] * matrix[3] + matrix[5])

    def operator(name, operands, matrix, text_matrix):
        if name == b"Do":  # an image, drawn into the unit square the matrix places
            lowest.append(matrix[5])

    pdf_page.extract_text(visitor_text=text, visitor_operand_before=operator)
    height = float(pdf_page.mediabox.height)
    return (height - min(lowest) - margin) / (height - 2 * margin)


@pytest.mark.parametrize("paper", ["A4", "Letter"])
def test_no_page_but_the_last_is_left_under_60_percent_full(demo_site, page, paper):
    page.goto(f"{demo_site.url}{GUIDE}")
    page.emulate_media(media="print")
    pdf = PdfReader(io.BytesIO(page.pdf(format=paper, print_background=False)))
    margin = 14 / 25.4 * 72  # the stylesheet's @page margin, 14 mm, in points
    fills = [round(page_fill(pdf_page, margin), 2) for pdf_page in pdf.pages]
    assert len(fills) <= 14, fills
    assert min(fills[:-1]) >= 0.6, fills
