"""Case studies and content pages (services, about, privacy), read-only, registered on the one
router in api/urls.py. Anonymous clients read what the site shows them: live, public, unexpired
pages (`Model.objects.readable()`, core/pages.py); anything else is a 404. Lists are newest first
without bodies; a detail has the body as typed blocks."""

from api.base import ReadOnlyViewSet
from api.guides.viewsets import default_cta
from api.schema import FIELDS, ID_DIGITS, list_and_retrieve
from guides.models import CaseStudyPage, ContentPage

from .serializers import (
    CaseStudyDetailSerializer,
    CaseStudySerializer,
    ContentPageDetailSerializer,
    ContentPageSerializer,
)

EXAMPLE_CASE_STUDY = {
    "id": 31,
    "slug": "rebuilding-a-freight-booking-api",
    "url": "https://guides.example.com/case-studies/rebuilding-a-freight-booking-api/",
    "api_url": "https://guides.example.com/api/v1/case-studies/31/",
    "title": "Rebuilding a freight booking API",
    "client_sector": "Logistics",
    "summary": "A booking API that timed out at peak, moved to a typed framework with a queue in front.",
    "category": {
        "id": 2,
        "slug": "engineering",
        "name": "Engineering",
        "url": "https://guides.example.com/api/v1/guide-categories/engineering/",
        "guides_url": "https://guides.example.com/api/v1/guides/?category=engineering",
    },
    "stack": ["Python", "FastAPI", "PostgreSQL", "RabbitMQ"],
    "outcomes": [{"figure": "40%", "label": "faster booking confirmation"}],
    "published_at": "2026-03-02T09:00:00Z",
    "updated_at": "2026-05-11T14:20:00Z",
}
EXAMPLE_CASE_STUDY_DETAIL = {
    **EXAMPLE_CASE_STUDY,
    "challenge": "<p>Bookings timed out whenever a port's schedule changed.</p>",
    "body": [{"type": "paragraph", "id": "9b1c2d3e", "value": {"html": "<p>We started with the slowest call.</p>"}}],
    "calls_to_action": [],
}
EXAMPLE_CONTENT_PAGE = {
    "id": 8,
    "slug": "api-development",
    "url": "https://guides.example.com/api-development/",
    "api_url": "https://guides.example.com/api/v1/content-pages/8/",
    "title": "API development",
    "intro": "APIs designed, built and kept running.",
    "published_at": "2026-01-12T09:00:00Z",
    "updated_at": "2026-04-02T10:00:00Z",
}
EXAMPLE_CONTENT_PAGE_DETAIL = {
    **EXAMPLE_CONTENT_PAGE,
    "body": [
        {
            "type": "heading",
            "id": "4f0a1b2c",
            "value": {
                "text": "What we build",
                "level": "h2",
                "anchor": "what-we-build",
                "url": "https://guides.example.com/api-development/#what-we-build",
            },
        }
    ],
    "calls_to_action": [],
}


class _PageViewSet(ReadOnlyViewSet):
    lookup_value_regex = ID_DIGITS
    filter_backends = []
    model = None
    list_serializer, detail_serializer = None, None

    def get_serializer_class(self):
        return self.list_serializer if self.action == "list" else self.detail_serializer

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator: no query
            return self.model.objects.none()
        queryset = self.model.objects.readable().order_by("-first_published_at", "-pk")
        return self.without_bodies(queryset) if self.action == "list" else queryset

    def without_bodies(self, queryset):
        return queryset.defer_streamfields()

    def get_serializer_context(self):
        context = super().get_serializer_context()
        if self.action == "retrieve":
            context["default_cta"] = default_cta(self.request)
        return context


@list_and_retrieve(
    EXAMPLE_CASE_STUDY_DETAIL,
    list_example=EXAMPLE_CASE_STUDY,
    descriptions=(
        "Published case studies, newest first, 20 a page: sector, summary, stack and outcome figures, no body.",
        "One published case study by id, with its challenge, body as typed blocks and calls to action. "
        "A draft, private or expired one is a 404.",
    ),
    names=("A page of case studies", "A case study"),
    list_parameters=[FIELDS],
    retrieve_parameters=[FIELDS],
)
class CaseStudyViewSet(_PageViewSet):
    model = CaseStudyPage
    list_serializer, detail_serializer = CaseStudySerializer, CaseStudyDetailSerializer

    def get_queryset(self):
        return super().get_queryset().select_related("category").prefetch_related("outcomes")

    def without_bodies(self, queryset):
        return queryset.defer("body", "related")  # the stack is listed


@list_and_retrieve(
    EXAMPLE_CONTENT_PAGE_DETAIL,
    list_example=EXAMPLE_CONTENT_PAGE,
    descriptions=(
        "Published content pages (services, about, privacy), newest first, 20 a page, no body.",
        "One published content page by id, with its body as typed blocks and calls to action. "
        "A draft, private or expired one is a 404.",
    ),
    names=("A page of content pages", "A content page"),
    list_parameters=[FIELDS],
    retrieve_parameters=[FIELDS],
)
class ContentPageViewSet(_PageViewSet):
    model = ContentPage
    list_serializer, detail_serializer = ContentPageSerializer, ContentPageDetailSerializer
