"""The API's surface in one file: every app's viewsets on one router, mounted at /api/v1/.

Each route answers GET with an ETag (a hash of the body, by Django's ConditionalGetMiddleware
applied to these routes only) and a 304 when If-None-Match matches. The body is still rendered
to compute it; computing ETags from the records without rendering is a later step.
"""

from django.http import JsonResponse
from django.views.decorators.http import conditional_page
from rest_framework import permissions, routers

from bookings import api as bookings_api
from frameworks import api as frameworks_api


class APIRootView(routers.APIRootView):
    """The index of the API: a link to each resource's list."""

    permission_classes = [permissions.AllowAny]


class Router(routers.DefaultRouter):
    APIRootView = APIRootView


router = Router()
router.register("frameworks", frameworks_api.FrameworkViewSet, basename="framework")
router.register("languages", frameworks_api.LanguageViewSet, basename="language")
router.register("criteria", frameworks_api.CriterionViewSet, basename="criterion")
router.register("comparison-matrices", frameworks_api.ComparisonMatrixViewSet, basename="comparison-matrix")
router.register("adoption-surveys", frameworks_api.AdoptionSurveyViewSet, basename="adoption-survey")
router.register("benchmarks", frameworks_api.BenchmarkViewSet, basename="benchmark")
router.register("decision-guides", frameworks_api.DecisionGuideViewSet, basename="decision-guide")
router.register("booking-requests", bookings_api.DiscoveryCallRequestViewSet, basename="booking-request")
router.register("booking-stats", bookings_api.BookingStatsViewSet, basename="booking-stats")


def _with_etags(patterns):
    for pattern in patterns:
        pattern.callback = conditional_page(pattern.callback)
    return patterns


urlpatterns = _with_etags(router.urls)


def only_this_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: document /api/v1/ only (not the Wagtail admin's own API)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


def not_found(request, *args, **kwargs):
    """Any other address under /api/: a 404 in the API's error shape, not the site's HTML page."""
    body = {"status": 404, "code": "not_found", "message": "There is no API resource at this address.", "fields": {}}
    return JsonResponse(body, status=404)
