"""StreamField blocks for guides: the article's text elements, FAQ, sources and related guides.

Blocks that show frameworks data live in frameworks/blocks.py and are combined here into the
guide body. Every block has its own template under templates/guides/blocks/, and each block of the
body says how it reads as data (`get_api_representation`, the one shape the API serves): rich text
as HTML through the page's `PageText` (citations numbered, links absolute; guides/citations.py).
"""

from django.core.validators import RegexValidator
from django.utils.text import slugify
from wagtail import blocks

from core.choosers import PageChooserBlock
from core.links import WebLinkBlock
from core.references import OPTIONAL_TEXT, TEXT, list_of, object_schema
from frameworks.blocks import (
    AdoptionChartBlock,
    ComparisonMatrixBlock,
    DecisionGuideBlock,
    TieredRankingBlock,
)
from frameworks.chooser_blocks import SnippetChooserBlock
from frameworks.models import published

from .citations import PageText, plain_text
from .related import related_guides

INLINE_FEATURES = ["bold", "italic", "link"]
PARAGRAPH_FEATURES = ["bold", "italic", "link", "ol", "ul"]


class HeadingBlock(blocks.StructBlock):
    """An h2 or h3; the table of contents is built from these."""

    text = blocks.CharBlock()
    level = blocks.ChoiceBlock(choices=[("h2", "Section (h2)"), ("h3", "Sub-section (h3)")], default="h2")
    anchor = blocks.CharBlock(
        required=False,
        validators=[RegexValidator(r"^[a-z0-9-]+$", "Use lower-case letters, digits and hyphens.")],
        help_text="The #link to this heading. Blank derives it from the text.",
    )

    class Meta:
        icon = "title"
        template = "guides/blocks/heading.html"
        description = "A section (h2) or sub-section (h3) heading; the table of contents lists them."

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["anchor"] = heading_anchor(value)
        return context

    def get_api_representation(self, value, context=None):
        anchor = heading_anchor(value)
        url = PageText.of(context).anchor_url(anchor)
        return {"text": value["text"], "level": value["level"], "anchor": anchor, "url": url}

    # The shape of get_api_representation, as JSON Schema: the API's schema gives each block its own.
    api_schema = object_schema(text=TEXT, level={"type": "string", "enum": ["h2", "h3"]}, anchor=TEXT, url=TEXT)


def heading_anchor(value):
    return value.get("anchor") or slugify(value["text"])


class ParagraphBlock(blocks.RichTextBlock):
    """Running text. A [cite:KEY] marker cites the source with that key."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", PARAGRAPH_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        template = "guides/blocks/paragraph.html"
        description = "Running text. Write [cite:KEY] after a claim to cite a source."

    def get_searchable_content(self, value):
        # The search index holds the words a reader reads, not the [cite:KEY] markers.
        return [plain_text(value.source)] if self.search_index else []

    def get_api_representation(self, value, context=None):
        return {"html": PageText.of(context).html(value)}

    api_schema = object_schema(html=TEXT)


class KeyTakeawaysBlock(blocks.StructBlock):
    eyebrow = blocks.CharBlock(default="Key takeaways")
    heading = blocks.CharBlock(default="The short version")
    items = blocks.ListBlock(blocks.RichTextBlock(features=INLINE_FEATURES), min_num=1)

    class Meta:
        icon = "tick"
        template = "guides/blocks/key_takeaways.html"
        description = "The boxed summary near the top: an eyebrow, a heading and a few points."

    def get_api_representation(self, value, context=None):
        text = PageText.of(context)
        return {
            "eyebrow": value["eyebrow"],
            "heading": value["heading"],
            "items": [text.html(i) for i in value["items"]],
        }

    api_schema = object_schema(eyebrow=TEXT, heading=TEXT, items=list_of(TEXT))


class AsideBlock(blocks.StructBlock):
    title = blocks.CharBlock()
    body = ParagraphBlock()

    class Meta:
        icon = "help"
        template = "guides/blocks/aside.html"
        description = "A note set apart from the running text."

    def get_api_representation(self, value, context=None):
        return {"title": value["title"], "html": PageText.of(context).html(value["body"])}

    api_schema = object_schema(title=TEXT, html=TEXT)


class QuestionBlock(blocks.StructBlock):
    question = blocks.CharBlock()
    answer = blocks.RichTextBlock(features=INLINE_FEATURES)


class FAQBlock(blocks.StructBlock):
    eyebrow = blocks.CharBlock(default="Frequently asked", required=False)
    heading = blocks.CharBlock(default="Questions")
    items = blocks.ListBlock(QuestionBlock(), min_num=1)

    class Meta:
        icon = "help"
        label = "FAQ"
        template = "guides/blocks/faq.html"
        description = "Questions and answers; search engines get them as FAQPage data."

    def get_api_representation(self, value, context=None):
        text = PageText.of(context)
        return {
            "eyebrow": value["eyebrow"],
            "heading": value["heading"],
            "items": [
                {"question": item["question"], "answer_html": text.html(item["answer"])} for item in value["items"]
            ],
        }

    api_schema = object_schema(
        eyebrow=OPTIONAL_TEXT, heading=TEXT, items=list_of(object_schema(question=TEXT, answer_html=TEXT))
    )


class CallToActionBlock(blocks.StructBlock):
    """A call to action inside the text; blank shows the one the page shows at its end."""

    cta = SnippetChooserBlock("guides.CallToAction", required=False, label="Call to action")

    class Meta:
        icon = "pick"
        label = "Call to action"
        template = "guides/blocks/cta.html"
        description = "A call to action (the discovery call) between sections."

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["cta"] = value.get("cta")
        return context

    def get_api_representation(self, value, context=None):
        # Not part of the body as data: the API serves the guide's call to action once, beside it.
        return None

    api_schema = None  # never in the body as data


class GuideBodyBlock(blocks.StreamBlock):
    key_takeaways = KeyTakeawaysBlock()
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    aside = AsideBlock()
    comparison_matrix = ComparisonMatrixBlock()
    adoption_chart = AdoptionChartBlock()
    tiered_ranking = TieredRankingBlock()
    decision_guide = DecisionGuideBlock()
    faq = FAQBlock()
    cta = CallToActionBlock()


class ContentBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    aside = AsideBlock()
    cta = CallToActionBlock()


def source_key_block():
    return blocks.CharBlock(
        max_length=40,
        validators=[RegexValidator(r"^[a-z0-9-]+$", "Use lower-case letters, digits and hyphens.")],
        help_text="Short name the text cites it by: write [cite:KEY] after a claim.",
    )


class _CitedBlock(blocks.StructBlock):
    """A numbered source; its number is its position in the list, its template a list item."""

    def citation(self, value):
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        context["citation"] = self.citation(value)
        return context


def record_citation(record, note):
    """A survey's or benchmark's citation (publisher, title, year, n, URL), generated from the record
    so it never drifts from the data the guide shows; a deleted or unpublished record leaves the note alone."""
    record = published(record)
    citation = record.citation() if record else {"publisher": "", "title": "", "detail": "", "url": ""}
    return {**citation, "note": note}


class SourceBlock(_CitedBlock):
    """A source written out by hand."""

    key = source_key_block()
    publisher = blocks.CharBlock()
    title = blocks.CharBlock()
    detail = blocks.CharBlock(required=False, help_text="Date, edition or sample size, e.g. 'Technology (n=23,678)'.")
    note = blocks.CharBlock(required=False, help_text="A caveat shown after the citation.")
    url = WebLinkBlock(required=False)

    class Meta:
        icon = "link"
        template = "guides/blocks/source.html"

    def citation(self, value):
        return {name: value[name] for name in ("publisher", "title", "detail", "note", "url")}


class SurveySourceBlock(_CitedBlock):
    """An adoption survey kept under Frameworks data, cited from its record."""

    key = source_key_block()
    survey = SnippetChooserBlock("frameworks.AdoptionSurvey")
    note = blocks.CharBlock(required=False, help_text="A caveat shown after the citation.")

    class Meta:
        icon = "table"
        label = "Survey source"
        template = "guides/blocks/source.html"

    def citation(self, value):
        return record_citation(value["survey"], value["note"])


class BenchmarkSourceBlock(_CitedBlock):
    """A benchmark kept under Frameworks data, cited from its record."""

    key = source_key_block()
    benchmark = SnippetChooserBlock("frameworks.Benchmark")
    note = blocks.CharBlock(required=False, help_text="A caveat shown after the citation.")

    class Meta:
        icon = "history"
        label = "Benchmark source"
        template = "guides/blocks/source.html"

    def citation(self, value):
        return record_citation(value["benchmark"], value["note"])


class SourcesBlock(blocks.StreamBlock):
    source = SourceBlock()
    survey_source = SurveySourceBlock()
    benchmark_source = BenchmarkSourceBlock()


class RelatedGuidesBlock(blocks.StructBlock):
    """The editor's picks, topped up with the newest guides of the same category."""

    eyebrow = blocks.CharBlock(default="Keep reading", required=False)
    heading = blocks.CharBlock(default="Related guides worth your time")
    count = blocks.IntegerBlock(default=6, min_value=1, max_value=12, help_text="How many cards to show.")
    # Optional and empty to begin with: Wagtail's list would start with one required, empty pick.
    picks = blocks.ListBlock(
        PageChooserBlock(page_type="guides.GuidePage", required=False),
        required=False,
        default=[],
        help_text="Shown first, in this order. Fewer picks than the count are topped up from the guide's category.",
    )

    class Meta:
        icon = "doc-full"
        template = "guides/blocks/related_guides.html"
        description = "Cards for other guides: your picks first, then the newest of the same category."

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        context["guides"] = related_guides(page, [pick.pk for pick in value["picks"] if pick], value["count"])
        return context


class RelatedBlock(blocks.StreamBlock):
    related_guides = RelatedGuidesBlock()
