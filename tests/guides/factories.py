"""Factories for guide pages and the snippets they point to, and builders for their StreamField blocks.

Pages hang from one home page (tests/site_tree.py) at http://localhost/; a guide goes under the
guide index at /guides/. Block builders return StreamField data, so a test writes
`body=[heading("Intro"), paragraph("<p>Text [cite:a]</p>")]` and nothing more.
"""

from datetime import UTC, datetime, timedelta
from uuid import uuid4

import factory
import wagtail_factories
from django.utils.text import slugify
from factory.django import DjangoModelFactory
from wagtail.models import Collection, Site

from guides.models import (
    CallToAction,
    CaseStudyIndexPage,
    CaseStudyOutcome,
    CaseStudyPage,
    ContentPage,
    GuideCategory,
    GuideIndexPage,
    GuidePage,
    SiteChrome,
)
from tests.authors.factories import AuthorPageFactory
from tests.site_tree import home_page

FIRST_PUBLISHED = datetime(2026, 1, 1, 9, 0, tzinfo=UTC)


# Snippets -------------------------------------------------------------------------------------
class GuideCategoryFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.LazyAttribute(lambda category: slugify(category.name))

    class Meta:
        model = GuideCategory
        django_get_or_create = ["name"]


class CallToActionFactory(DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Call to action {n}")
    heading = "Talk to us"
    button_label = "Book a call"
    link_url = "https://example.com/book"

    class Meta:
        model = CallToAction


def site_chrome(**fields):
    """The default site's chrome (navigation, header and default calls to action) with these fields."""
    home_page()
    chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
    for name, value in fields.items():
        setattr(chrome, name, value)
    chrome.save()
    return chrome


class ImageFactory(wagtail_factories.ImageFactory):
    title = factory.Sequence(lambda n: f"Image {n}")
    description = "A row of server racks"
    collection = factory.LazyFunction(lambda: Collection.get_first_root_node() or Collection.add_root(name="Root"))
    file = factory.django.ImageField(width=1600, height=900, color="steelblue")


# Pages ----------------------------------------------------------------------------------------
def guide_index():
    return GuideIndexPage.objects.first() or GuideIndexPageFactory()


class _PublishedPageFactory(wagtail_factories.PageFactory):
    """A live page, first published a minute after the one made before it (all in early 2026, in the past)."""

    first_published_at = factory.Sequence(lambda n: FIRST_PUBLISHED + timedelta(minutes=n))
    last_published_at = factory.LazyAttribute(lambda page: page.first_published_at)


class GuideIndexPageFactory(_PublishedPageFactory):
    title = "Guides"
    slug = "guides"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = GuideIndexPage


class GuidePageFactory(_PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Guide {n}")
    parent = factory.LazyFunction(guide_index)
    standfirst = "What this guide is about."
    category = factory.SubFactory(GuideCategoryFactory)
    author = factory.SubFactory(AuthorPageFactory)
    body = factory.LazyFunction(lambda: [paragraph("<p>Some words to read.</p>")])

    class Meta:
        model = GuidePage


class ContentPageFactory(_PublishedPageFactory):
    title = factory.Sequence(lambda n: f"Content page {n}")
    parent = factory.LazyFunction(home_page)
    intro = "About this page."

    class Meta:
        model = ContentPage


def case_study_index():
    return CaseStudyIndexPage.objects.first() or CaseStudyIndexPageFactory()


class CaseStudyIndexPageFactory(_PublishedPageFactory):
    title = "Case Studies"
    slug = "case-studies"
    parent = factory.LazyFunction(home_page)

    class Meta:
        model = CaseStudyIndexPage


class CaseStudyPageFactory(_PublishedPageFactory):
    """A case study under /case-studies/; `outcomes=[("40%", "faster checkout")]` sets its figures,
    `stack=["Go", "Redis"]` its technologies."""

    title = factory.Sequence(lambda n: f"Case study {n}")
    parent = factory.LazyFunction(case_study_index)
    client_sector = "Retail"
    summary = "What the client needed and what changed."
    challenge = "<p>The problem we were asked to solve.</p>"
    stack = factory.LazyFunction(lambda: ["Python"])
    outcomes = factory.LazyFunction(lambda: [("40%", "faster checkout")])

    class Meta:
        model = CaseStudyPage

    @classmethod
    def _create(cls, model_class, *args, stack=(), outcomes=(), **kwargs):
        kwargs["stack"] = [_block("technology", name) for name in stack]
        kwargs["outcomes"] = [CaseStudyOutcome(figure=figure, label=label) for figure, label in outcomes]
        return super()._create(model_class, *args, **kwargs)


# StreamField blocks ---------------------------------------------------------------------------
def _block(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid4())}


def _item(value):
    return {"type": "item", "value": value, "id": str(uuid4())}


def paragraph(html):
    return _block("paragraph", html)


def heading(text, level="h2", anchor=""):
    return _block("heading", {"text": text, "level": level, "anchor": anchor})


def aside(title, html):
    return _block("aside", {"title": title, "body": html})


def key_takeaways(*items, heading="The short version"):
    return _block("key_takeaways", {"eyebrow": "Key takeaways", "heading": heading, "items": [_item(i) for i in items]})


def faq(*questions, heading="Questions"):
    """An FAQ block from (question, answer HTML) pairs."""
    items = [_item({"question": question, "answer": answer}) for question, answer in questions]
    return _block("faq", {"eyebrow": "Frequently asked", "heading": heading, "items": items})


def comparison_matrix(matrix):
    return _block("comparison_matrix", {"matrix": matrix.pk})


def decision_guide(guide):
    return _block("decision_guide", {"guide": guide.pk})


def adoption_chart(survey, comparison_survey=None, title="Adoption", max_bars=10, axis_max=None):
    return _block(
        "adoption_chart",
        {
            "title": title,
            "description": "",
            "survey": survey.pk,
            "comparison_survey": comparison_survey.pk if comparison_survey else None,
            "max_bars": max_bars,
            "axis_max": axis_max,
        },
    )


def tiered_ranking(benchmark, tiers=(("top", "Top tier"), ("middle", "Middle"), ("lower", "Lower"))):
    return _block(
        "tiered_ranking",
        {
            "heading": "",
            "benchmark": benchmark.pk,
            "intro": "",
            "tiers": [_item({"tier": tier, "label": label, "description": ""}) for tier, label in tiers],
            "caveat": "",
        },
    )


def source(key, publisher="Publisher", title="A source", detail="", note="", url=""):
    return _block(
        "source",
        {"key": key, "publisher": publisher, "title": title, "detail": detail, "note": note, "url": url},
    )


def survey_source(key, survey, note=""):
    return _block("survey_source", {"key": key, "survey": survey.pk, "note": note})


def benchmark_source(key, benchmark, note=""):
    return _block("benchmark_source", {"key": key, "benchmark": benchmark.pk, "note": note})


def related_guides(*picks, count=3):
    return _block(
        "related_guides",
        {
            "eyebrow": "Keep reading",
            "heading": "Related guides",
            "count": count,
            "picks": [_item(page.pk) for page in picks],
        },
    )


# Whole pages for tests about more than one block ---------------------------------------------
def guide_showing_every_block_twice():
    """A guide at /guides/twice-over/ with two blocks of every kind that has a heading or a table."""
    from tests.frameworks.factories import DecisionGuideRowFactory, FrameworkFactory, matrix_of

    django = FrameworkFactory(name="Django")
    matrices = [matrix_of([django], title=title) for title in ("Python frameworks", "Web frameworks")]
    decisions = [DecisionGuideRowFactory(guide__title=title).guide for title in ("Choosing", "Choosing again")]
    other = GuidePageFactory(title="Another guide")
    return GuidePageFactory(
        title="Twice over",
        body=[
            key_takeaways("<p>First point.</p>", heading="First summary"),
            key_takeaways("<p>Second point.</p>", heading="Second summary"),
            comparison_matrix(matrices[0]),
            comparison_matrix(matrices[1]),
            decision_guide(decisions[0]),
            decision_guide(decisions[1]),
            faq(("First question?", "<p>Yes.</p>"), heading="First questions"),
            faq(("Second question?", "<p>No.</p>"), heading="Second questions"),
        ],
        related=[related_guides(other, count=1)],
    )
