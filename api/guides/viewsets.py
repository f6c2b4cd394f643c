"""The guides API (read-only): guides with their typed body, guide categories and calls to action,
registered on the one router in api/urls.py.

Anonymous clients read what the site shows them: live, public (no view restriction), unexpired
guides. Each list and detail runs a fixed number of queries however many guides there are.
"""

from django.db import DatabaseError
from django.db.models import Prefetch
from django_filters.rest_framework import DjangoFilterBackend
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, extend_schema
from rest_framework import exceptions
from rest_framework.decorators import action
from rest_framework.response import Response
from wagtail.images import get_image_model
from wagtail.models import Site

from api.base import PublishedRecordViewSet, ReadOnlyViewSet
from api.filters import StrictOrderingFilter
from api.images import HERO_SIZE
from api.previews import VERSION, DraftVersionMixin
from api.schema import FIELDS, ID_DIGITS, list_and_retrieve
from guides.models import CallToAction, GuideCategory, GuidePage, SiteChrome
from guides.models.pages import fetch_people
from renditions.specs import API_SIZES

from .examples import EXAMPLE_GUIDE, EXAMPLE_GUIDE_DETAIL
from .filters import GuideFilter
from .serializers import (
    HERO_RENDITIONS,
    CallToActionSerializer,
    CategorySerializer,
    GuideDetailSerializer,
    GuideSerializer,
)

SEARCH = OpenApiParameter(
    "search", str, description="Words to look for in the title, standfirst and body (the site's search)."
)
SEARCH_LIMIT = 1000


def readable_guides():
    """Guides an anonymous reader may see: live, public and not past their expiry time (the
    scheduled worker unpublishes expired pages each minute; this keeps them out in between). Their
    author and reviewing person come in one query more (`fetch_people`), not joined."""
    return (
        GuidePage.objects.readable()
        .select_related("category", "reviewer_team")
        .prefetch_related(
            Prefetch(
                "hero_image",
                queryset=get_image_model().objects.prefetch_renditions(*HERO_RENDITIONS, *API_SIZES.values()),
            )
        )
    )


def default_cta(request):
    site = Site.find_for_request(request)
    chrome = SiteChrome.for_site(site) if site else None
    return chrome.default_cta if chrome else None


@list_and_retrieve(
    EXAMPLE_GUIDE_DETAIL,
    list_example=EXAMPLE_GUIDE,
    descriptions=(
        "Published guides, newest first, 20 a page (`page_size` up to 100): no body. Filter by "
        "`category`, `author`, `framework` shown and `updated_since`; `search` the text; `ordering` by "
        "published, updated or title.",
        "One published guide by id, with its body as typed blocks (each with `type` and a stable "
        "`id`), its table of contents, numbered sources and call to action. A draft, private or "
        "expired guide is a 404.",
    ),
    names=("A page of guides", "A guide"),
    list_parameters=[FIELDS, SEARCH, HERO_SIZE],
    retrieve_parameters=[FIELDS, VERSION, HERO_SIZE],
)
class GuideViewSet(DraftVersionMixin, ReadOnlyViewSet):
    lookup_value_regex = ID_DIGITS
    filter_backends = [DjangoFilterBackend, StrictOrderingFilter]
    filterset_class = GuideFilter
    ordering_fields = {"published": "first_published_at", "updated": "last_published_at", "title": "title"}
    ordering = ["-first_published_at", "-pk"]

    def get_serializer_class(self):
        return GuideSerializer if self.action == "list" else GuideDetailSerializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator: no query
            return GuidePage.objects.none()
        queryset = readable_guides()
        if self.action == "list":
            return queryset.defer_streamfields()
        # One guide by its key: joining its people costs less than a query of their own.
        return queryset.select_related("cta__link_page", "author", "reviewer_person")

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        if page is not None:
            fetch_people(page)
        return page

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.action == "retrieve":
            context["default_cta"] = default_cta(self.request)
        return context

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        words = self.request.query_params.get("search", "").strip()
        if words and self.action == "list":
            queryset = queryset.filter(pk__in=search_guides(words))
        return queryset


def search_guides(words):
    """Ids of guides matching `words` in the Wagtail search index (the site search's backend)."""
    if len(words) > 200:
        raise exceptions.ValidationError({"search": ["Use at most 200 characters."]})
    try:
        results = GuidePage.objects.live().defer_streamfields().search(words, order_by_relevance=False)
        return [page.pk for page in results[:SEARCH_LIMIT]]
    except DatabaseError as error:  # a query the backend's parser refuses
        raise exceptions.ValidationError({"search": ["These words cannot be searched for."]}) from error


@list_and_retrieve(
    EXAMPLE_GUIDE["category"],
    descriptions=("Guide categories, by name.", "One guide category, by slug."),
    names=("A page of categories", "A category"),
)
class GuideCategoryViewSet(PublishedRecordViewSet):
    """Categories are not drafted: every one is public."""

    serializer_class = CategorySerializer
    queryset = GuideCategory.objects.all()
    ordering_fields = ["name", "slug"]
    ordering = ["name"]


@list_and_retrieve(
    EXAMPLE_GUIDE_DETAIL["call_to_action"],
    descriptions=("Every call to action, by name.", "One call to action, by id."),
    names=("A page of calls to action", "A call to action"),
    default=extend_schema(
        description="The site's default call to action: the one a guide without its own shows. A 404 when none is set.",
        examples=[OpenApiExample("The default", value=EXAMPLE_GUIDE_DETAIL["call_to_action"], response_only=True)],
    ),
)
class CallToActionViewSet(ReadOnlyViewSet):
    """Calls to action are not drafted: every one is public."""

    lookup_value_regex = ID_DIGITS
    serializer_class = CallToActionSerializer
    queryset = CallToAction.objects.select_related("link_page")
    filter_backends = [StrictOrderingFilter]
    ordering_fields = ["name"]
    ordering = ["name"]

    @action(detail=False, pagination_class=None, filter_backends=[])
    def default(self, request):
        cta = default_cta(request)
        if cta is None:
            raise exceptions.NotFound("No default call to action is set.")
        return Response(self.get_serializer(cta).data)
