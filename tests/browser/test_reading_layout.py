"""The demo guide as a reader meets it on a 1366 x 900 screen, in light and dark: 18 px running
text at 60-75 characters a line, the key takeaways above the fold, figures right-aligned, and body
text at AAA contrast in both colour schemes."""

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.browser

GUIDE = "/guides/backend-frameworks-compared/"

# Characters on each rendered line of an element: each character's box, grouped by line.
CHARACTERS_PER_LINE = """
(element) => {
  const middles = [];
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    for (let i = 0; i < node.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      const box = range.getClientRects()[0];
      if (box && node.data[i] !== "\\n") middles.push((box.top + box.bottom) / 2);
    }
  }
  const lines = [];
  for (const middle of middles.sort((a, b) => a - b)) {
    if (lines.length && middle - lines[lines.length - 1].middle < 12) lines[lines.length - 1].count++;
    else lines.push({ middle, count: 1 });
  }
  return lines.map((line) => line.count);
}
"""

# The contrast ratio of an element's text against the page (WCAG 2 relative luminance).
CONTRAST = """
(element) => {
  const rgb = (value) => value.match(/\\d+(\\.\\d+)?/g).slice(0, 3).map(Number);
  const luminance = ([r, g, b]) => {
    const linear = (c) => (c / 255 <= 0.03928 ? c / 255 / 12.92 : ((c / 255 + 0.055) / 1.055) ** 2.4);
    const [R, G, B] = [r, g, b].map(linear);
    return 0.2126 * R + 0.7152 * G + 0.0722 * B;
  };
  const text = luminance(rgb(getComputedStyle(element).color));
  const page = luminance(rgb(getComputedStyle(document.documentElement).backgroundColor));
  return (Math.max(text, page) + 0.05) / (Math.min(text, page) + 0.05);
}
"""


@pytest.fixture
def desktop(demo_site, browser):
    def open_guide(color_scheme="light"):
        context = browser.new_context(viewport={"width": 1366, "height": 900}, color_scheme=color_scheme)
        page = context.new_page()
        page.goto(f"{demo_site.url}{GUIDE}")
        return page

    return open_guide


def test_running_text_is_18px_at_60_to_75_characters_a_line(desktop):
    page = desktop()
    paragraph = page.locator(".guide-body > p").nth(1)
    assert paragraph.evaluate("(p) => getComputedStyle(p).fontSize") == "18px"
    full_lines = paragraph.evaluate(CHARACTERS_PER_LINE)[:-1]  # the last line of a paragraph is short
    assert len(full_lines) >= 3
    assert min(full_lines) >= 60 and max(full_lines) <= 75, full_lines


def test_the_key_takeaways_start_above_the_fold(desktop):
    page = desktop()
    heading = page.locator("section.takeaways h2").bounding_box()
    assert heading["y"] + heading["height"] < 900  # their heading is read without scrolling


@pytest.mark.parametrize(("width", "rows"), [(1366, [3, 3, 3]), (800, [2, 2, 2, 2, 1])])
def test_related_cards_fill_their_rows(demo_site, browser, width, rows):
    context = browser.new_context(viewport={"width": width, "height": 900})
    page = context.new_page()
    page.goto(f"{demo_site.url}{GUIDE}")
    boxes = page.locator(".related .card").evaluate_all(
        "(cards) => cards.map((card) => { const box = card.getBoundingClientRect(); return [box.top, box.width]; })"
    )
    tops = sorted({round(top) for top, _ in boxes})
    assert [sum(1 for top, _ in boxes if round(top) == row) for row in tops] == rows
    widest, narrowest = max(width for _, width in boxes), min(width for _, width in boxes)
    if rows[-1] == rows[0]:
        assert widest - narrowest < 1
    else:
        assert widest > 1.9 * narrowest  # the lone last card spans the row
    context.close()


def test_figures_in_the_charts_data_table_are_right_aligned(desktop):
    page = desktop()
    cells = page.locator("figure.chart table td")
    assert cells.count() == 20
    assert set(cells.evaluate_all("(cells) => cells.map((cell) => getComputedStyle(cell).textAlign)")) == {"right"}


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_body_text_has_aaa_contrast_and_axe_finds_no_contrast_problem(desktop, scheme):
    page = desktop(scheme)
    assert page.locator(".guide-body > p").first.evaluate(CONTRAST) >= 7  # AAA for body text
    assert page.locator(".standfirst").evaluate(CONTRAST) >= 7
    results = Axe().run(page, options={"runOnly": ["color-contrast"]})  # AA for everything else
    assert [violation["id"] for violation in results.response["violations"]] == []


def test_on_a_phone_the_decision_guide_is_cards_the_matrix_scrolls_in_place_and_chart_text_is_12px(demo_site, browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, is_mobile=True)
    page = context.new_page()
    page.goto(f"{demo_site.url}{GUIDE}")
    cells = page.locator("section.data-table tbody th, section.data-table tbody td")
    assert cells.count() == 11 * 6 + 7 * 4
    decision_cells = page.locator("section.data-table").nth(1).locator("tbody th, tbody td")
    rights = decision_cells.evaluate_all("(cells) => cells.map((cell) => cell.getBoundingClientRect().right)")
    assert max(rights) <= 390
    # The comparison matrix stays a table that scrolls inside its own region (the names held at
    # its left edge: tests/browser/test_guide_presentation.py); the page itself never scrolls sideways.
    matrix = page.locator(".table-scroll--compare").first
    assert matrix.evaluate("(region) => region.scrollWidth > region.clientWidth")
    assert matrix.bounding_box()["x"] + matrix.bounding_box()["width"] <= 390
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    chart_text = page.locator("figure.chart svg.chart__svg--narrow text")
    assert chart_text.count() == 10 * 2 + 5  # a label and a value per bar, five ticks
    heights = chart_text.evaluate_all("(texts) => texts.map((text) => text.getBoundingClientRect().height)")
    assert min(heights) >= 12, heights
    assert page.locator("figure.chart svg.chart__svg--wide").is_hidden()
    decision_row = page.locator("section.data-table").nth(1).locator("tbody tr").first
    assert decision_row.locator("td").first.evaluate("(td) => getComputedStyle(td, '::before').content") == (
        '"Lean toward" / ""'
    )
    context.close()
