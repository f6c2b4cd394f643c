"""The demo guide as a reader sees it: every element of the anatomy, in order, with the
reference guide's figures exactly."""

import pytest
from bs4 import BeautifulSoup

from tests.conftest import DEMO_GUIDE_URL

pytestmark = pytest.mark.django_db


def text_of(element):
    return " ".join(element.get_text().split())


@pytest.fixture
def soup(guide_html):
    return BeautifulSoup(guide_html, "html.parser")


def table_rows(table):
    return [[text_of(cell) for cell in row.find_all(["th", "td"])] for row in table.find_all("tr")]


def test_every_anatomy_element_appears_in_reading_order(guide_html):
    markers = [
        'class="site-nav"',  # header navigation
        ">Case Studies</a>",
        ">Book a 30-minute discovery call</a>",
        "<h1>Backend frameworks compared: a fair 2026 guide to choosing one</h1>",
        'class="standfirst"',
        'class="byline__author"',
        "Reviewed by Resourcifi engineering",
        "Published <time",
        "Updated <time",
        "min read</span>",
        'class="hero"',
        'class="toc"',
        "Key takeaways",
        "The short version",
        '<h2 id="the-major-backend-frameworks-in-2026">',
        '<h3 id="javascript-and-typescript">',
        '<h3 id="python">',
        '<h3 id="java-c-php-go-ruby-and-elixir">',
        '<h2 id="how-the-frameworks-compare">',
        "Backend framework comparison matrix",
        "A note on AI workloads",
        '<h2 id="what-the-adoption-data-actually-says">',
        "Most-used backend and web frameworks, 2025",
        "Data behind this chart",
        '<h2 id="the-performance-question-honestly">',
        "Top tier (compiled / JVM):",
        '<h2 id="how-to-choose-a-backend-framework">',
        "Match the framework to the project",
        "/services/custom-software-development/",
        "/services/web-application-development/",
        "Frequently asked",
        "Backend framework questions</h2>",
        'class="author-bio"',
        "Resourcifi on LinkedIn",
        '<h2 id="sources-heading">Sources</h2>',
        "Keep reading",
        "Related guides worth your time",
        "Talk through the framework call",
        "Not sure which backend framework fits?",
    ]
    positions = [guide_html.find(marker) for marker in markers]
    missing = [marker for marker, position in zip(markers, positions, strict=True) if position == -1]
    assert missing == []
    assert positions == sorted(positions)


def test_header_credits_author_role_reviewer_dates_and_category(soup):
    assert text_of(soup.select_one(".byline__author")) == "By Kanika Mathur, Head of Service Delivery"
    assert soup.select_one(".byline__author a")["href"] == "/authors/kanika-mathur/"
    assert text_of(soup.select_one(".byline__reviewer")) == "Reviewed by Resourcifi engineering on Jun 28, 2026"
    times = soup.select(".byline__meta time")
    assert [(t["datetime"], text_of(t)) for t in times] == [
        ("2026-06-28", "Jun 28, 2026"),
        ("2026-06-28", "Jun 28, 2026"),
    ]
    assert text_of(soup.select_one(".guide-header__category")) == "Engineering"


def test_hero_image_has_alt_text_and_avif_webp_renditions_with_a_jpeg_fallback(soup):
    picture = soup.select_one(".hero picture")
    assert [source["type"] for source in picture.find_all("source")] == ["image/avif", "image/webp"]
    assert " 960w" in picture.find("source")["srcset"]
    img = picture.find("img")
    assert img["src"].endswith(".jpg")
    assert img["alt"] == (
        "Colourful 3D render of glossy server-stack blocks in many bright colours, arranged in a "
        "row next to one another against a plain, light background"
    )


def test_key_takeaways_has_five_points_with_inline_emphasis(soup):
    takeaways = soup.select_one(".takeaways")
    items = takeaways.select("li")
    assert len(items) == 5
    assert takeaways.find(["b", "strong", "i", "em"]) is not None
    assert "48.7%" in text_of(takeaways)
    assert "9.9%" in text_of(takeaways) and "14.8%" in text_of(takeaways)


def test_table_of_contents_lists_the_sections_and_links_to_their_headings(soup):
    toc = soup.select_one("nav.toc")
    top_level = [text_of(li.find("a")) for li in toc.select(":scope > ol > li")]
    assert top_level == [
        "The major backend frameworks in 2026",
        "How the frameworks compare",
        "What the adoption data actually says",
        "The performance question, honestly",
        "How to choose a backend framework",
        "Backend framework questions",
        "Sources",
    ]
    nested = [text_of(a) for a in toc.select("ol ol a")]
    assert nested == ["JavaScript and TypeScript", "Python", "Java, C#, PHP, Go, Ruby and Elixir"]
    for link in toc.find_all("a"):
        assert soup.find(id=link["href"][1:]) is not None, link["href"]


def test_comparison_matrix_shows_every_cell_of_the_reference(soup):
    section = soup.select("section.data-table")[0]
    assert text_of(section.find("h3")) == "Backend framework comparison matrix"
    assert text_of(section.find("caption")) == "The 2026 backend framework landscape, compared"
    assert table_rows(section.find("table")) == [
        ["Framework", "Language", "Raw performance", "Ecosystem / productivity", "Learning curve", "Best-fit use case"],
        [
            "Express (Node.js)",
            "JS / TS",
            "High for I/O, single-thread CPU limit",
            "Huge (npm), full-stack JS",
            "Low to moderate",
            "REST/GraphQL APIs, real-time, I/O-heavy services",
        ],
        [
            "NestJS",
            "TS",
            "Same Node runtime as Express",
            "Strong TS tooling, opinionated structure",
            "Moderate",
            "Large TS backends, enterprise Node, microservices",
        ],
        [
            "Django",
            "Python",
            "Moderate (sync WSGI), async maturing",
            "Very high (ORM, admin, auth built in)",
            "Moderate",
            "Content and CRUD apps, dashboards, data-backed web apps",
        ],
        [
            "FastAPI",
            "Python",
            "High (async ASGI)",
            "High, auto OpenAPI docs, Pydantic validation",
            "Low to moderate",
            "High-throughput APIs, microservices, AI/ML serving",
        ],
        [
            "Flask",
            "Python",
            "Moderate (sync), minimal overhead",
            "High for small scope, fewer batteries",
            "Low",
            "Prototypes, small services, internal APIs",
        ],
        [
            "Spring Boot",
            "Java",
            "High on JVM (JIT, mature concurrency)",
            "Very large enterprise ecosystem, verbose",
            "Steep",
            "Enterprise systems, regulated industries, large teams",
        ],
        [
            "Ruby on Rails",
            "Ruby",
            "Moderate",
            "Very high, convention over configuration",
            "Low to moderate",
            "MVPs, SaaS, rapid product iteration",
        ],
        [
            "Laravel",
            "PHP",
            "Moderate (strong with Octane)",
            "Very high, expressive, full ecosystem",
            "Low to moderate",
            "Web apps, SaaS, content platforms",
        ],
        [
            "ASP.NET Core",
            "C#",
            "Very high (top of benchmarks)",
            "Large Microsoft ecosystem, great tooling",
            "Moderate to steep",
            "Enterprise APIs, high-performance services",
        ],
        [
            "Go (Gin / Echo)",
            "Go",
            "Very high (compiled, low memory)",
            "Lean stdlib, smaller but growing ecosystem",
            "Moderate",
            "Microservices, high-throughput APIs, cloud-native",
        ],
        [
            "Phoenix",
            "Elixir",
            "High, excels at concurrent connections",
            "Smaller ecosystem, LiveView cuts JS",
            "Steep",
            "Real-time (chat, presence, IoT, live dashboards)",
        ],
    ]
    assert [th["scope"] for th in section.select("thead th")] == ["col"] * 6
    assert all(row.find("th")["scope"] == "row" for row in section.select("tbody tr"))


def test_chart_data_table_has_all_twenty_adoption_figures(soup):
    chart = soup.select_one("figure.chart")
    assert text_of(chart.find("h3")) == "Most-used backend and web frameworks, 2025"
    table = chart.find("table")
    assert text_of(table.find("caption")) == "Data behind this chart"
    assert table_rows(table) == [
        ["Framework", "Used by (2024)", "Used by (2025)"],
        ["Node.js", "40.8%", "48.7%"],
        ["Express", "17.8%", "19.9%"],
        ["ASP.NET Core", "16.9%", "19.7%"],
        ["FastAPI", "9.9%", "14.8%"],
        ["Spring Boot", "12.7%", "14.7%"],
        ["Flask", "12.9%", "14.4%"],
        ["Django", "12.0%", "12.6%"],
        ["Laravel", "7.9%", "8.9%"],
        ["NestJS", "5.8%", "6.7%"],
        ["Ruby on Rails", "4.7%", "5.9%"],
    ]
    source = text_of(chart.select_one(".chart__source"))
    assert source.startswith(
        "Source: Stack Overflow Developer Survey 2025 (n=23,678) and 2024 (n=48,503), Technology section."
    )


def test_chart_is_an_svg_with_ten_labelled_bars_an_axis_to_fifty_percent_and_a_text_summary(soup):
    svg = soup.select_one("figure.chart svg.chart__svg--wide")
    assert svg["role"] == "img"
    assert len(svg.select("g.chart__bar rect:not(.chart__previous)")) == 10
    assert len(svg.select("g.chart__bar rect.chart__previous")) == 10  # each bar beside its 2024 figure
    assert [text_of(t) for t in svg.select(".chart__value")][:3] == ["48.7%", "19.9%", "19.7%"]
    assert [text_of(t) for t in svg.select(".chart__previous-value")][:3] == ["40.8%", "17.8%", "16.9%"]
    assert [text_of(t) for t in svg.select(".chart__tick")] == ["0%", "12.5%", "25%", "37.5%", "50%"]
    summary = soup.find(id=svg["aria-describedby"])
    assert text_of(summary).startswith(
        "Per the Stack Overflow Developer Survey 2025, Node.js is used by 48.7 percent of developers, Express 19.9"
    )


def test_tiered_ranking_names_the_frameworks_in_each_tier_from_their_records(soup):
    tiers = [text_of(li) for li in soup.select(".tiers__tier")]
    assert tiers[0].startswith("Top tier (compiled / JVM): ASP.NET Core, Go (Gin / Echo) and Spring Boot")
    assert tiers[1].startswith("Middle: FastAPI")
    assert tiers[2].startswith("Lower on this test: Express, Ruby on Rails, Django and Laravel")
    assert "TechEmpower Framework Benchmarks Round 23 (March 2025), Fortunes test" in text_of(
        soup.select_one(".tiers__source")
    )


def test_decision_guide_shows_all_seven_rows_and_its_caption(soup):
    section = soup.select("section.data-table")[1]
    assert text_of(section.find("h3")) == "Match the framework to the project"
    assert text_of(section.find("caption")) == "Choosing a backend framework by project type"
    assert table_rows(section.find("table")) == [
        ["If your project is", "Lean toward", "Why", "Alternative"],
        [
            "API-heavy / microservices",
            "Go (Gin/Echo), FastAPI",
            "High throughput, clean API ergonomics, OpenAPI tooling",
            "NestJS, ASP.NET Core",
        ],
        [
            "Real-time (chat, presence, IoT)",
            "Phoenix, Node.js",
            "BEAM concurrency or event loop handles many persistent connections",
            "NestJS with gateways",
        ],
        ["Data / ML / AI workloads", "FastAPI", "Async ASGI plus the Python-native ML ecosystem", "Flask, Django"],
        [
            "Enterprise / regulated / large teams",
            "Spring Boot, ASP.NET Core",
            "Mature, deeply tooled, strong typing, long-term support",
            "Django for Python shops",
        ],
        [
            "Rapid MVP / startup",
            "Ruby on Rails, Laravel, Django",
            "Convention over configuration, batteries included, ship fast",
            "Express or NestJS if JS-native",
        ],
        [
            "Single-language full stack",
            "Node.js, NestJS",
            "Share TypeScript across frontend and backend, one talent pool",
            "Next.js API routes for small apps",
        ],
        [
            "Content / CRUD / dashboards",
            "Django, Laravel",
            "Built-in ORM, admin and auth shorten the build",
            "Ruby on Rails",
        ],
    ]


def test_faq_has_the_five_questions(soup):
    faq = soup.select_one("section.faq")
    assert [text_of(h) for h in faq.select("h3")] == [
        "What is the best backend framework in 2026?",
        "Which backend framework is the fastest?",
        "Node.js vs Django vs Spring Boot, which should I choose?",
        "What is the best backend framework for a startup or MVP?",
        "What is the best backend framework for AI apps?",
    ]


def test_author_bio_has_photo_name_role_company_bio_the_guides_own_note_and_linkedin(soup):
    bio = soup.select_one(".author-bio")
    assert bio.select_one("img.author-bio__photo")["src"].endswith(".jpg")
    assert soup.select_one(".byline img.byline__photo")["alt"] == ""  # the name beside it says who it is
    assert text_of(bio.find("h2")) == "Kanika Mathur"
    assert text_of(bio.select_one(".author-bio__role")) == "Head of Service Delivery, Resourcifi"
    assert text_of(bio.select_one(".author-bio__text")).startswith("I lead service delivery at Resourcifi")
    assert "this guide" not in text_of(bio.select_one(".author-bio__text"))  # the bio is about the author
    assert text_of(bio.select_one(".author-bio__note")) == (
        "That is why this guide puts fit ahead of bragging rights on benchmarks."
    )
    link = bio.select_one(".author-bio__link")
    assert text_of(link) == "Resourcifi on LinkedIn →"
    assert link["href"].startswith("https://www.linkedin.com/")


def test_six_numbered_sources_exactly_as_cited(soup):
    items = [text_of(li) for li in soup.select(".sources ol > li")]
    assert items == [
        "Stack Overflow, Developer Survey 2025, Technology (n=23,678).",
        "Stack Overflow, Developer Survey 2024, Technology (n=48,503).",
        "TechEmpower, Framework Benchmarks Round 23 (March 2025). Per-framework rankings are directional; "
        "round numbers are not comparable across hardware.",
        "FastAPI, Concurrency and async / await (official documentation).",
        "Django, official site; Spring, Spring Boot; Laravel, official site; ASP.NET Core, Microsoft Learn.",
        "Express, official site; NestJS, official site; Node.js, official site; Gin, official site; "
        "Phoenix, official site.",
    ]


def test_citations_in_the_text_link_to_their_numbered_source(soup):
    citations = [(text_of(link), link["href"]) for link in soup.select("sup.citation a")]
    assert citations == [
        ("[1]", "#source-so-2025"),
        ("[1]", "#source-so-2025"),
        ("[2]", "#source-so-2024"),
        ("[3]", "#source-techempower-r23"),
        ("[5]", "#source-official-sites-server"),
        ("[6]", "#source-official-sites-node"),
        ("[6]", "#source-official-sites-node"),
        ("[5]", "#source-official-sites-server"),
        ("[4]", "#source-fastapi-async"),
        ("[5]", "#source-official-sites-server"),
        ("[6]", "#source-official-sites-node"),
        ("[4]", "#source-fastapi-async"),
        ("[1]", "#source-so-2025"),
        ("[1]", "#source-so-2025"),
        ("[2]", "#source-so-2024"),
        ("[1]", "#source-so-2025"),
        ("[2]", "#source-so-2024"),
        ("[3]", "#source-techempower-r23"),
        ("[3]", "#source-techempower-r23"),
        ("[1]", "#source-so-2025"),
        ("[3]", "#source-techempower-r23"),
        ("[1]", "#source-so-2025"),
        ("[4]", "#source-fastapi-async"),
        ("[1]", "#source-so-2025"),
    ]
    # A run of markers is one superscript, ascending, with no space before it.
    assert "[1][2]" in [text_of(sup) for sup in soup.select("sup.citation")]
    assert " <sup" not in str(soup.select_one(".guide-body"))
    assert [li["id"] for li in soup.select(".sources ol > li")] == [
        "source-so-2025",
        "source-so-2024",
        "source-techempower-r23",
        "source-fastapi-async",
        "source-official-sites-server",
        "source-official-sites-node",
    ]
    assert "[cite:" not in soup.get_text()


def test_no_two_elements_share_an_id(soup):
    ids = [element["id"] for element in soup.select("[id]")]
    assert len(ids) == len(set(ids)) == 31


def test_nine_related_guide_cards_with_category_title_cut_excerpt_and_read_link(soup):
    cards = soup.select(".related .card")
    assert [(text_of(c.select_one(".card__category")), text_of(c.select_one(".card__title"))) for c in cards] == [
        ("Web & software", "Django vs Flask: choosing a Python web framework"),
        ("Web & software", "Healthcare technology trends"),
        ("Web & software", "Laravel Core Concepts"),
        ("Web & software", "Next.js vs React"),
        ("Web & software", "REST vs GraphQL: which API style for your product"),
        ("Web & software", "Shopify Store Optimization Guide"),
        ("Product & UX", "AI in UX Design: How AI Is Changing User Experience"),
        ("Mobile & apps", "App development tools"),
        ("Mobile & apps", "App Monetization Strategies: How to Make Money From Your App"),
    ]
    for card in cards:
        assert len(text_of(card.select_one(".card__excerpt"))) <= 160
        assert text_of(card.select_one(".card__more")) == "Read guide"


def test_footer_cta_band_has_eyebrow_heading_and_button(soup, demo_guide):
    from guides.models import CallToAction

    band = soup.select_one(".cta-band")
    assert text_of(band.select_one(".eyebrow")) == "Talk through the framework call"
    assert text_of(band.find("h2")) == "Not sure which backend framework fits?"
    cta = CallToAction.objects.get(name="Discovery call")
    assert band.select_one("a.button")["href"] == f"/book-a-discovery-call/?guide={demo_guide.pk}&cta={cta.pk}"


def test_reading_time_is_computed_from_the_body(soup):
    # About 2,690 words outside the tables and 420 in them, counted a quarter (scanned): 2,797 / 238
    # a minute, rounded up, the reference guide's 12 minutes.
    assert text_of(soup.select_one(".reading-time")) == "12 min read"


def test_guide_is_served_at_its_slug_under_guides(client, demo_guide):
    assert client.get(DEMO_GUIDE_URL).status_code == 200
