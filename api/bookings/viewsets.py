"""The bookings API for sales tools: booking requests (list, detail, status update) and which guides
and calls to action bring them. API keys only (`Authorization: Api-Key ...`): no anonymous client and
no signed-in session, whoever it belongs to, reads any of it. Registered in api/urls.py.

They change without a revision or a log entry (a visitor's form, a status update), so the content's
data version says nothing about them: `data_versioned = False`, and their ETag is a hash of the body.
"""

from drf_spectacular.utils import OpenApiExample, extend_schema, extend_schema_view
from rest_framework import mixins, viewsets
from rest_framework.parsers import JSONParser
from rest_framework.response import Response

from api.access import APIKeyOnly
from api.base import APIViewSetMixin
from api.schema import ID_DIGITS, list_and_retrieve
from bookings.models import DiscoveryCallRequest
from bookings.stats import cta_stats, guide_stats

from .filters import BookingRequestFilter
from .serializers import BookingStatsSerializer, DiscoveryCallRequestSerializer, StatusUpdateSerializer

EXAMPLE_REQUEST = {
    "id": 41,
    "created_at": "2026-07-14T09:12:00Z",
    "name": "Ada Byron",
    "email": "ada@example.com",
    "company": "Analytical Engines Ltd",
    "role": "CTO",
    "topic": "Moving our API from Express to something typed.",
    "time_zone": "Europe/London",
    "preferred_windows": [{"start": "2026-07-16T09:00:00+00:00", "end": "2026-07-16T11:00:00+00:00"}],
    "status": "new",
    "status_changed_at": None,
    "booked_at": None,
    "source_guide": {"id": 12, "title": "Backend frameworks compared"},
    "source_cta": {"id": 1, "name": "Discovery call"},
    "utm_source": "newsletter",
    "utm_medium": "email",
    "utm_campaign": "july",
    "utm_term": "",
    "utm_content": "",
    "history": [],
}


@list_and_retrieve(
    EXAMPLE_REQUEST,
    descriptions=(
        "Booking requests, newest first, 20 a page. Filter by status, source guide, CTA and date.",
        "One booking request with its history.",
    ),
    names=("A page of requests", "A request"),
    partial_update=extend_schema(
        description="Move a request along new → contacted → booked → won/lost (or to lost from any open "
        "step), with an optional note, as JSON. `status` is required: send the present one to add a note "
        "only. A move its present status does not allow is a 409 naming the next steps allowed.",
        request=StatusUpdateSerializer,
        responses=DiscoveryCallRequestSerializer,
        examples=[
            OpenApiExample("Mark as contacted", value={"status": "contacted", "note": "Called, left a message."})
        ],
    ),
)
class DiscoveryCallRequestViewSet(
    APIViewSetMixin, mixins.ListModelMixin, mixins.RetrieveModelMixin, mixins.UpdateModelMixin, viewsets.GenericViewSet
):
    permission_classes = [APIKeyOnly]
    data_versioned = False
    table_rows = {"list": "results"}  # the leads as CSV/XLSX, one request a line
    whole_patch = True  # the body is a status change whose `status` is required (api/schema.py)
    parser_classes = [JSONParser]
    serializer_class = DiscoveryCallRequestSerializer
    lookup_value_regex = ID_DIGITS
    filterset_class = BookingRequestFilter
    ordering_fields = ["created_at", "status"]
    ordering = ["-created_at", "-pk"]
    http_method_names = ["get", "patch", "head", "options"]
    queryset = DiscoveryCallRequest.objects.select_related("source_guide", "source_cta").prefetch_related("history__by")

    def get_serializer_class(self):
        return StatusUpdateSerializer if self.action == "partial_update" else DiscoveryCallRequestSerializer

    def partial_update(self, request, *args, **kwargs):
        booking = self.get_object()
        serializer = StatusUpdateSerializer(
            booking, data=request.data, context={"via": f"API key: {request.auth.name}"}
        )
        serializer.is_valid(raise_exception=True)
        serializer.save()
        booking = self.get_queryset().get(pk=booking.pk)
        return Response(DiscoveryCallRequestSerializer(booking, context=self.get_serializer_context()).data)


@extend_schema_view(
    list=extend_schema(
        operation_id="booking_stats_retrieve",
        description="One object: per guide and per call to action, requests by month (YYYY-MM) and how many "
        "were booked.",
        responses=BookingStatsSerializer,
        examples=[
            OpenApiExample(
                "Requests by source",
                value={
                    "guides": [
                        {
                            "id": 12,
                            "title": "Backend frameworks compared",
                            "requests": 3,
                            "booked": 1,
                            "months": [{"month": "2026-07", "requests": 3, "booked": 1}],
                        }
                    ],
                    "ctas": [
                        {
                            "id": 1,
                            "title": "Discovery call",
                            "requests": 3,
                            "booked": 1,
                            "months": [{"month": "2026-07", "requests": 3, "booked": 1}],
                        }
                    ],
                },
                response_only=True,
            )
        ],
    )
)
class BookingStatsViewSet(APIViewSetMixin, viewsets.GenericViewSet):
    permission_classes = [APIKeyOnly]
    data_versioned = False
    single_object = True  # one object, not a list (api/schema.py)
    serializer_class = BookingStatsSerializer
    pagination_class = None
    filter_backends = []

    def list(self, request):
        return Response(BookingStatsSerializer({"guides": guide_stats(), "ctas": cta_stats()}).data)
