"""The demo guide as a reader sees it on a phone (390 px) and a laptop (1366 px), light and dark:
measured boxes and rendered text, never screenshots compared with screenshots."""

import io

import pytest
from PIL import Image, ImageStat
from playwright.sync_api import expect

pytestmark = pytest.mark.browser

GUIDE = "/guides/backend-frameworks-compared/"


@pytest.fixture
def open_page(demo_site, browser):
    contexts = []

    def open_page(path=GUIDE, width=1366, color_scheme="light", javascript=True):
        context = browser.new_context(
            viewport={"width": width, "height": 900}, color_scheme=color_scheme, java_script_enabled=javascript
        )
        contexts.append(context)
        page = context.new_page()
        page.goto(f"{demo_site.url}{path}")
        return page

    yield open_page
    for context in contexts:
        context.close()


@pytest.mark.parametrize(("width", "hero_width", "hero_height"), [(390, 350, 197), (1366, 532, 299)])
def test_the_hero_is_shown_whole_at_16_9_not_as_a_strip(open_page, width, hero_width, hero_height):
    page = open_page(width=width)
    hero = page.locator(".hero img")
    hero.evaluate("(img) => img.decode()")
    box = hero.bounding_box()
    assert (round(box["width"]), round(box["height"])) == (hero_width, hero_height)
    assert hero.evaluate("(img) => img.naturalWidth / img.naturalHeight") == pytest.approx(16 / 9, abs=0.01)


def test_a_hero_of_another_shape_is_cropped_around_its_focal_point(open_page):
    from guides.models import GuidePage

    image = GuidePage.objects.get(slug="backend-frameworks-compared").hero_image
    # The editor marks the bottom-left corner as what matters.
    image.focal_point_x, image.focal_point_y = image.width // 10, image.height - image.height // 10
    image.focal_point_width = image.focal_point_height = 10
    image.save()

    page = open_page(width=390)
    assert page.locator(".hero img").evaluate("(img) => getComputedStyle(img).objectPosition") == "0% 100%"


def _mean_brightness(page, selector):
    element = page.locator(selector)
    element.evaluate("(img) => img.decode()")
    picture = Image.open(io.BytesIO(element.screenshot())).convert("L")
    return ImageStat.Stat(picture).mean[0] / 255


def test_at_night_the_hero_is_no_bright_slab_on_the_dark_page(open_page):
    by_day = _mean_brightness(open_page(color_scheme="light"), ".hero img")
    at_night = _mean_brightness(open_page(color_scheme="dark"), ".hero img")
    assert by_day > 0.85
    assert at_night < 0.7


@pytest.mark.parametrize("path", [GUIDE, "/frameworks/"])  # on the second, its link is bold (the current page)
def test_on_a_phone_the_header_is_compact_with_every_link_on_one_line(open_page, path):
    page = open_page(path=path, width=390)
    assert page.locator(".site-header").bounding_box()["height"] < 125
    links = page.locator(".site-nav li:not(:has(.button))")
    tops = {round(links.nth(i).bounding_box()["y"]) for i in range(links.count())}
    assert links.count() == 4 and len(tops) == 1


CONTROLS = """
() => {
  document.querySelectorAll("main details").forEach((details) => { details.open = true; });
  return [...document.querySelectorAll("main input:not([type=hidden]), main select, main textarea, main button")]
  .filter((control) => control.getClientRects().length && !control.closest(".booking-honeypot"))
  .map((control) => {
    const style = getComputedStyle(control);
    return {
      control: control.name || control.textContent.trim(),
      font: `${style.fontSize} ${style.fontFamily}`,
      border: `${style.borderTopStyle} ${style.borderTopWidth}`,
    };
  });
}
"""


@pytest.mark.parametrize(
    ("path", "count"), [("/book-a-discovery-call/", 14), ("/search/?q=django", 2), ("/frameworks/", 9)]
)
def test_every_form_control_is_in_the_site_type_with_a_flat_border(open_page, path, count):
    page = open_page(path=path, width=390)
    body_font = page.evaluate("getComputedStyle(document.body).fontFamily")
    controls = page.evaluate(CONTROLS)
    assert len(controls) >= count
    for control in controls:
        size, family = control["font"].split(" ", 1)
        assert family == body_font, control
        assert float(size.removesuffix("px")) >= 15, control
        assert control["border"].split()[0] == "solid", control  # the browser's buttons are outset


def test_the_consent_checkbox_is_drawn_in_the_accent_colour_when_ticked(open_page):
    page = open_page(path="/book-a-discovery-call/")
    consent = page.locator("input[name=consent]")
    assert consent.bounding_box()["width"] == 20
    before = consent.evaluate("(box) => getComputedStyle(box).border")
    consent.check()
    after = consent.evaluate("(box) => [getComputedStyle(box).backgroundColor, getComputedStyle(box).backgroundImage]")
    assert before == "2px solid rgb(74, 85, 99)"
    assert after[0] == "rgb(31, 95, 209)" and after[1].startswith('url("data:image/svg+xml')


@pytest.mark.parametrize("path", ["/", GUIDE, "/guides/"])
def test_no_card_excerpt_ends_inside_a_word(open_page, path):
    page = open_page(path=path)
    cards = page.locator(".card:has(.card__excerpt)")
    assert cards.count() >= 3
    cut = 0
    for i in range(cards.count()):
        excerpt = cards.nth(i).locator(".card__excerpt").inner_text()
        guide = open_page(path=cards.nth(i).locator(".card__title a").get_attribute("href"))
        whole = guide.locator(".standfirst").inner_text()
        guide.context.close()
        if excerpt.endswith("…"):
            cut += 1
            kept = excerpt.removesuffix("…")
            assert whole.startswith(kept), (excerpt, whole)
            assert whole[len(kept)] in " ,;:.", (excerpt, whole)  # the next character ends a word
    assert cut >= 1


CRITERION_COLUMN = """
(region, criterion) => {
  const table = region.querySelector("table");
  const headings = [...table.querySelectorAll("thead th")].map((th) => th.textContent.trim());
  const column = headings.indexOf(criterion);
  const names = table.querySelector("tbody th");
  region.scrollLeft = table.querySelector(`thead th:nth-child(${column + 1})`).offsetLeft - names.offsetWidth;
  return [...table.querySelectorAll("tbody tr")].map((row) => {
    const name = row.querySelector("th").getBoundingClientRect();
    const cell = row.children[column].getBoundingClientRect();
    return {
      framework: row.querySelector("th").textContent.trim(), value: row.children[column].textContent.trim(),
      name: [name.left, name.right], cell: [cell.left, cell.right], top: cell.top, bottom: cell.bottom,
    };
  });
}
"""


def test_on_a_phone_one_criterion_reads_down_every_framework_beside_its_name(open_page):
    page = open_page(width=390)
    region = page.locator("#main .table-scroll--compare").first
    region.scroll_into_view_if_needed()
    rows = region.evaluate(CRITERION_COLUMN, "Learning curve")
    assert [(row["framework"], row["value"]) for row in rows][:3] == [
        ("Express (Node.js)", "Low to moderate"),
        ("NestJS", "Moderate"),
        ("Django", "Moderate"),
    ]
    assert len(rows) == 11
    for row in rows:  # the name and the value side by side, inside the phone's width
        assert 0 <= row["name"][0] < row["name"][1] <= row["cell"][0] + 1 and row["cell"][1] <= 390, row
    assert rows[-1]["bottom"] - rows[0]["top"] < 1000  # every framework within about a screen


def test_with_no_javascript_the_phone_comparison_is_a_table_with_every_value(open_page):
    page = open_page(width=390, javascript=False)
    table = page.locator("#main .table-scroll--compare table").first
    assert table.locator("tbody tr").count() == 11
    assert table.locator("tbody tr").first.locator("td").nth(3).inner_text() == "Low to moderate"
    assert table.bounding_box()["height"] < 1100


def test_on_a_phone_the_author_bio_reads_under_the_photo_at_full_width(open_page):
    page = open_page(width=390)
    photo = page.locator(".author-bio__photo").bounding_box()
    text = page.locator(".author-bio__text").bounding_box()
    assert text["y"] >= photo["y"] + photo["height"]
    assert text["width"] >= 300


def test_framework_names_in_the_matrix_tiers_and_decision_guide_link_to_their_profiles(open_page):
    page = open_page()
    matrix_names = page.locator(".table--compare tbody th a")
    assert matrix_names.count() == 11
    assert (matrix_names.first.inner_text(), matrix_names.first.get_attribute("href")) == (
        "Express (Node.js)",
        "/frameworks/express/",
    )
    tier_links = page.locator(".tiers__tier a")
    assert tier_links.count() >= 8
    decision_links = page.locator("section.data-table:has(h3:text('Match the framework to the project')) td a")
    assert decision_links.count() >= 10
    page.locator(".tiers__tier a", has_text="FastAPI").first.click()
    page.wait_for_url("**/frameworks/fastapi/")
    assert page.locator("h1").inner_text() == "FastAPI"


def test_the_contents_list_the_faq_and_sources_and_stay_in_reach_while_reading(open_page):
    page = open_page()
    contents = page.locator("nav.toc")
    assert contents.locator(":scope > ol > li > a").all_inner_texts()[-2:] == ["Backend framework questions", "Sources"]
    for heading in ("#sources-heading", "h2:text('How to choose a backend framework')"):
        page.locator(heading).scroll_into_view_if_needed()
        box = contents.bounding_box()
        assert box["y"] >= 0 and box["y"] + box["height"] <= 900, box
    contents.locator("a", has_text="Sources").click()
    expect(page.locator("#sources-heading")).to_be_in_viewport()


@pytest.mark.parametrize(("width", "svg"), [(1366, ".chart__svg--wide"), (390, ".chart__svg--narrow")])
def test_the_adoption_chart_draws_both_years_beside_its_table(open_page, width, svg):
    page = open_page(width=width)
    chart = page.locator("figure.chart").first
    assert chart.locator(".chart__legend").inner_text().split() == ["2024", "2025"]
    drawing = chart.locator(svg)
    assert drawing.is_visible()
    earlier, newer = drawing.locator("rect.chart__previous"), drawing.locator("rect:not(.chart__previous)")
    assert earlier.count() == newer.count() == 10
    # FastAPI's year: from 9.9% to 14.8%, the bar for 2025 half as long again as the one for 2024.
    fastapi = drawing.locator(".chart__bar", has_text="FastAPI")
    before, after = (
        fastapi.locator(selector).bounding_box()["width"]
        for selector in ("rect.chart__previous", "rect:not(.chart__previous)")
    )
    assert after / before == pytest.approx(14.8 / 9.9, rel=0.02)
    table = chart.locator("table.chart__data")
    assert table.locator("thead th").all_inner_texts() == ["Framework", "Used by (2024)", "Used by (2025)"]
    assert table.locator("tbody tr", has_text="FastAPI").locator("td").all_inner_texts() == ["9.9%", "14.8%"]


def test_the_benchmark_tiers_are_a_figure_of_bands_fastest_first(open_page):
    page = open_page()
    bands = page.locator("figure.tiers__figure .tiers__tier")
    assert bands.count() == 3
    assert [bands.nth(i).locator(".tiers__names a").count() for i in range(3)] == [3, 1, 4]
    boxes = [bands.nth(i).bounding_box() for i in range(3)]
    assert boxes[0]["y"] < boxes[1]["y"] < boxes[2]["y"]
    assert page.locator("figure.tiers__figure figcaption").inner_text().startswith("Benchmark: TechEmpower")


@pytest.mark.parametrize("width", [390, 1366])
def test_home_leads_with_the_flagship_guide_and_its_picture_then_the_categories(open_page, width):
    page = open_page(path="/", width=width)
    featured = page.locator(".featured__guide")
    assert featured.locator("h2").inner_text() == "Backend frameworks compared: a fair 2026 guide to choosing one"
    picture = featured.locator("img")
    picture.evaluate("(img) => img.decode()")
    box = picture.bounding_box()
    assert box["width"] / box["height"] == pytest.approx(16 / 9, abs=0.02) and box["width"] >= 300
    categories = page.locator(".home-categories a")
    assert categories.all_inner_texts() == ["Engineering", "Mobile & apps", "Product & UX", "Web & software"]
    assert featured.bounding_box()["y"] < page.locator("#latest-heading").bounding_box()["y"]
    assert "Backend frameworks compared" not in " ".join(page.locator(".cards .card__title").all_inner_texts())
