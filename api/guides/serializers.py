"""Guides, categories and calls to action as API data.

A guide's body is a list of typed blocks, each `{"type", "id", "value"}` with the block's stable id,
and its value is the block's own representation (`get_api_representation` in guides/blocks.py and
frameworks/blocks.py): rich text is HTML as readers get it, internal links expanded to public
(absolute) addresses and [cite:KEY] markers turned into the page's numbered links
(guides/citations.py, the one place that resolves them); data blocks name their records by id, slug
and API URL and carry the resolved data, table rows keyed by criterion slug as the page's tables are.
"""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.authors.serializers import AuthorReferenceSerializer, author_reference, reviewer_data
from api.blocks import TypedBlocksField, body_data
from api.images import requested_size, sized_rendition
from api.serializers import SparseFieldsMixin
from core.references import api_url, record_reference
from frameworks.models import published
from guides.blocks import GuideBodyBlock
from guides.citations import PageText
from guides.models import CallToAction, GuideCategory, GuidePage
from renditions.ready import ready

# The hero image's renditions: the same ones the page's <picture> offers, so they already exist.
HERO_FORMATS = ("avif", "webp", "jpeg")
HERO_WIDTHS = (480, 960, 1440)
HERO_RENDITIONS = [f"format-{fmt}|width-{width}" for fmt in HERO_FORMATS for width in HERO_WIDTHS]


def root_url(request):
    return request.build_absolute_uri("/").rstrip("/") if request else ""


def page_url(page, request):
    return page.get_full_url(request) or ""


class CategorySerializer(SparseFieldsMixin, serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The category in the API.")
    guides_url = serializers.SerializerMethodField(help_text="Its published guides in the API.")

    class Meta:
        model = GuideCategory
        fields = ["id", "slug", "name", "url", "guides_url"]

    def get_url(self, category) -> str:
        return api_url(self.context.get("request"), "guide-category", category.slug)

    def get_guides_url(self, category) -> str:
        request = self.context.get("request")
        path = reverse("api:guide-list") + f"?category={category.slug}"
        return request.build_absolute_uri(path) if request else path


class CallToActionSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    """A call to action as a page shows it; `url` is where its button leads (a page's public address
    when it links a live page, else its own URL)."""

    url = serializers.SerializerMethodField()

    class Meta:
        model = CallToAction
        fields = ["id", "eyebrow", "heading", "body", "button_label", "url"]

    def get_url(self, cta) -> str:
        request = self.context.get("request")
        page = cta.link_page if cta.link_page_id else None
        if page is not None and page.live:
            return page.get_full_url(request) or cta.link_url
        return cta.link_url


class RenditionSerializer(serializers.Serializer):
    format = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    url = serializers.URLField()


class SizedRenditionSerializer(serializers.Serializer):
    size = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    url = serializers.URLField()


class HeroImageSerializer(serializers.Serializer):
    alt = serializers.CharField(help_text="The image's description, its alternative text.")
    width = serializers.IntegerField()
    height = serializers.IntegerField()
    renditions = RenditionSerializer(many=True, help_text="AVIF, WebP and JPEG at 480, 960 and 1440 px wide.")
    sized = SizedRenditionSerializer(
        required=False, help_text="With `?hero_size=`: the hero at that size, once the worker has made it."
    )


def hero_image_data(image, request):
    if image is None:
        return None
    # Renditions the worker made, as the page shows them: one not made yet is left out, never made here.
    renditions = ready(image).made_renditions(*HERO_RENDITIONS)
    root = root_url(request)
    data = {
        "alt": image.default_alt_text,
        "width": image.width,
        "height": image.height,
        "renditions": [
            {
                "format": spec.split("|")[0].removeprefix("format-"),
                "width": rendition.width,
                "height": rendition.height,
                "url": rendition.url if rendition.url.startswith("http") else root + rendition.url,
            }
            for spec, rendition in renditions.items()
        ],
    }
    size = requested_size(request)
    sized = sized_rendition(image, size, root) if size else None
    if sized is not None:  # not made yet: the field is missing, never made here
        data["sized"] = sized
    return data


class GuideSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    """A guide as a list shows it (no body)."""

    url = serializers.SerializerMethodField(help_text="The guide's public page.")
    api_url = serializers.SerializerMethodField(help_text="This guide in the API, with its body.")
    category = CategorySerializer()
    author = serializers.SerializerMethodField()
    reviewer = serializers.SerializerMethodField()
    published_at = serializers.DateTimeField(source="first_published_at")
    updated_at = serializers.DateTimeField(source="last_published_at")
    reading_minutes = serializers.IntegerField(help_text="Worked out from the words of the body.")
    hero_image = serializers.SerializerMethodField()

    class Meta:
        model = GuidePage
        fields = [
            "id",
            "slug",
            "url",
            "api_url",
            "title",
            "standfirst",
            "category",
            "author",
            "reviewer",
            "published_at",
            "updated_at",
            "reading_minutes",
            "hero_image",
        ]

    def get_url(self, guide) -> str:
        return page_url(guide, self.context.get("request"))

    def get_api_url(self, guide) -> str:
        request = self.context.get("request")
        path = reverse("api:guide-detail", kwargs={"pk": guide.pk})
        return request.build_absolute_uri(path) if request else path

    def get_author(self, guide) -> AuthorReferenceSerializer(allow_null=True):
        author = guide.author
        if author is None or not author.live:
            return None
        return author_reference(author, self.context.get("request"))

    @extend_schema_field(
        {
            "type": "object",
            "nullable": True,
            "description": "A person (an author page) or a team.",
            "properties": {
                "type": {"type": "string", "enum": ["person", "team"]},
                "id": {"type": "integer"},
                "slug": {"type": "string"},
                "name": {"type": "string"},
                "url": {"type": "string", "format": "uri", "nullable": True},
                "api_url": {"type": "string", "format": "uri"},
            },
        }
    )
    def get_reviewer(self, guide):
        return reviewer_data(guide.reviewer_person, guide.reviewer_team, self.context.get("request"))

    def get_hero_image(self, guide) -> HeroImageSerializer(allow_null=True):
        return hero_image_data(guide.hero_image, self.context.get("request"))


class SourceSerializer(serializers.Serializer):
    number = serializers.IntegerField(help_text="The number citations show, e.g. [1].")
    key = serializers.CharField(help_text="The anchor of the source on the page: #source-KEY.")
    publisher = serializers.CharField()
    title = serializers.CharField()
    detail = serializers.CharField()
    note = serializers.CharField()
    url = serializers.CharField(help_text="Where the source is published, or empty.")
    record = serializers.DictField(allow_null=True, help_text="The survey or benchmark it is generated from.")


class GuideDetailSerializer(GuideSerializer):
    """A guide with its body as typed blocks, its numbered sources and its call to action."""

    body = serializers.SerializerMethodField()
    table_of_contents = serializers.SerializerMethodField()
    sources = serializers.SerializerMethodField()
    call_to_action = serializers.SerializerMethodField(help_text="Its own, else the site's default.")

    class Meta(GuideSerializer.Meta):
        fields = GuideSerializer.Meta.fields + ["body", "table_of_contents", "sources", "call_to_action"]

    def to_representation(self, guide):
        # Every record and page the body and sources choose, and the pages its rich text links to, as the
        # page does: one query per model instead of one per block type and StreamField.
        guide.resolve_choices()
        return super().to_representation(guide)

    @extend_schema_field(TypedBlocksField(GuideBodyBlock()))
    def get_body(self, guide):
        request = self.context.get("request")
        return body_data(guide.body, {"request": request, "page": guide, "text": PageText(guide, request)})

    @extend_schema_field(
        {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {
                    "text": {"type": "string"},
                    "anchor": {"type": "string"},
                    "url": {"type": "string", "format": "uri"},
                    "children": {"type": "array", "items": {"type": "object"}},
                },
            },
        }
    )
    def get_table_of_contents(self, guide):
        base = page_url(guide, self.context.get("request"))

        def entry(item):
            return {
                "text": item.text,
                "anchor": item.anchor,
                "url": f"{base}#{item.anchor}",
                "children": [entry(child) for child in item.children],
            }

        return [entry(item) for item in guide.table_of_contents()]

    def get_sources(self, guide) -> SourceSerializer(many=True):
        sources = []
        for number, child in enumerate(guide.sources, start=1):
            citation = child.block.citation(child.value)
            record = None
            if child.block_type == "survey_source":
                survey = published(child.value["survey"])
                record = survey and {
                    "type": "adoption_survey",
                    **record_reference(survey, "adoption-survey", self.context.get("request"), "name"),
                }
            elif child.block_type == "benchmark_source":
                benchmark = published(child.value["benchmark"])
                record = benchmark and {
                    "type": "benchmark",
                    **record_reference(benchmark, "benchmark", self.context.get("request"), "name"),
                }
            sources.append(
                {
                    "number": number,
                    "key": child.value["key"],
                    **{name: citation.get(name) or "" for name in ("publisher", "title", "detail", "note", "url")},
                    "record": record,
                }
            )
        return sources

    def get_call_to_action(self, guide) -> CallToActionSerializer(allow_null=True):
        cta = guide.cta or self.context.get("default_cta")
        return CallToActionSerializer(cta, context=self.context).data if cta else None
