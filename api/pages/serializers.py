"""Case studies and content pages as API data.

Their bodies are typed blocks, `{"type", "id", "value"}`, each value the block's own
`get_api_representation` (guides/blocks.py), exactly as a guide's body is; rich text reads as it
does away from the page (site links absolute, guides/citations.PageText). A call to action in a
body is served beside it, once, as on a guide.
"""

from django.urls import reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.blocks import TypedBlocksField, body_data
from api.guides.serializers import CallToActionSerializer, CategorySerializer, page_url
from api.serializers import SparseFieldsMixin
from guides.blocks import ContentBodyBlock
from guides.citations import PageText
from guides.models import CaseStudyPage, ContentPage


def body_blocks(page, stream, request):
    return body_data(stream, {"request": request, "page": page, "text": PageText(page, request)})


def calls_to_action(stream, context):
    """The calls to action in a body, in order; a blank one is the site's default, as on the page."""
    ctas = [child.value.get("cta") or context.get("default_cta") for child in stream if child.block_type == "cta"]
    return CallToActionSerializer([cta for cta in ctas if cta], many=True, context=context).data


class _PageSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    url = serializers.SerializerMethodField(help_text="The public page.")
    api_url = serializers.SerializerMethodField(help_text="This page in the API, with its body.")
    published_at = serializers.DateTimeField(source="first_published_at")
    updated_at = serializers.DateTimeField(source="last_published_at")
    detail_route = ""

    def get_url(self, page) -> str:
        return page_url(page, self.context.get("request"))

    def get_api_url(self, page) -> str:
        request = self.context.get("request")
        path = reverse(f"api:{self.detail_route}-detail", kwargs={"pk": page.pk})
        return request.build_absolute_uri(path) if request else path


class OutcomeSerializer(serializers.Serializer):
    figure = serializers.CharField(help_text="As the page shows it, e.g. “40%” or “3×”.")
    label = serializers.CharField(help_text="What the figure measures.")


class CaseStudySerializer(_PageSerializer):
    """A case study as the index lists it: no body."""

    detail_route = "case-study"
    category = CategorySerializer(allow_null=True)
    stack = serializers.ListField(
        source="technologies", child=serializers.CharField(), help_text="What it was built with, in order."
    )
    outcomes = OutcomeSerializer(many=True)

    class Meta:
        model = CaseStudyPage
        fields = [
            "id",
            "slug",
            "url",
            "api_url",
            "title",
            "client_sector",
            "summary",
            "category",
            "stack",
            "outcomes",
            "published_at",
            "updated_at",
        ]


class CaseStudyDetailSerializer(CaseStudySerializer):
    challenge = serializers.SerializerMethodField(help_text="HTML, links absolute.")
    body = serializers.SerializerMethodField()
    calls_to_action = serializers.SerializerMethodField()

    class Meta(CaseStudySerializer.Meta):
        fields = CaseStudySerializer.Meta.fields + ["challenge", "body", "calls_to_action"]

    def get_challenge(self, page) -> str:
        return PageText(page, self.context.get("request")).html(page.challenge)

    @extend_schema_field(TypedBlocksField(ContentBodyBlock()))
    def get_body(self, page):
        return body_blocks(page, page.body, self.context.get("request"))

    def get_calls_to_action(self, page) -> CallToActionSerializer(many=True):
        return calls_to_action(page.body, self.context)


class ContentPageSerializer(_PageSerializer):
    """A content page as a list shows it: no body."""

    detail_route = "content-page"

    class Meta:
        model = ContentPage
        fields = ["id", "slug", "url", "api_url", "title", "intro", "published_at", "updated_at"]


class ContentPageDetailSerializer(ContentPageSerializer):
    body = serializers.SerializerMethodField()
    calls_to_action = serializers.SerializerMethodField()

    class Meta(ContentPageSerializer.Meta):
        fields = ContentPageSerializer.Meta.fields + ["body", "calls_to_action"]

    @extend_schema_field(TypedBlocksField(ContentBodyBlock()))
    def get_body(self, page):
        return body_blocks(page, page.body, self.context.get("request"))

    def get_calls_to_action(self, page) -> CallToActionSerializer(many=True):
        return calls_to_action(page.body, self.context)
