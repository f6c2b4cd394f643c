"""The API's surface in one file: every app's viewsets on one router, mounted at /api/v1/.

Each viewset answers GET with an ETag and Last-Modified worked out before it runs, and a 304 to a
matching conditional request (config/api_conditional.py); the API root falls back to a hash of its
body (Django's ConditionalGetMiddleware on these routes). Tabular resources also answer in CSV and
XLSX with their JSON's columns (config/api_formats.py).
"""

from django.http import JsonResponse
from django.views.decorators.http import conditional_page
from rest_framework import permissions, routers

from authors import api as authors_api
from bookings import api as bookings_api
from frameworks import api as frameworks_api
from guides import api as guides_api

from .api_conditional import conditional
from .api_formats import tabular


class APIRootView(routers.APIRootView):
    """The index of the API: a link to each resource's list."""

    permission_classes = [permissions.AllowAny]


class Router(routers.DefaultRouter):
    APIRootView = APIRootView


class ConditionalRouter(Router):
    """Registers every viewset with ETag/Last-Modified and 304s (config/api_conditional.py)."""

    def register(self, prefix, viewset, basename=None, data_versioned=True):
        super().register(prefix, conditional(viewset) if data_versioned else viewset, basename)


router = ConditionalRouter()
# Tabular resources: `tabular` adds CSV and XLSX, naming the JSON field that holds each action's rows.
FrameworkViewSet = tabular(frameworks_api.FrameworkViewSet, list="results", retrieve=None)
ComparisonMatrixViewSet = tabular(frameworks_api.ComparisonMatrixViewSet, list="results", retrieve="rows")
AdoptionSurveyViewSet = tabular(frameworks_api.AdoptionSurveyViewSet, list="results", retrieve="figures")
BenchmarkViewSet = tabular(frameworks_api.BenchmarkViewSet, list="results", retrieve="results")
DecisionGuideViewSet = tabular(frameworks_api.DecisionGuideViewSet, list="results", retrieve="rows")
router.register("frameworks", FrameworkViewSet, basename="framework")
router.register("languages", frameworks_api.LanguageViewSet, basename="language")
router.register("criteria", frameworks_api.CriterionViewSet, basename="criterion")
router.register("comparison-matrices", ComparisonMatrixViewSet, basename="comparison-matrix")
router.register("adoption-surveys", AdoptionSurveyViewSet, basename="adoption-survey")
router.register("benchmarks", BenchmarkViewSet, basename="benchmark")
router.register("decision-guides", DecisionGuideViewSet, basename="decision-guide")
router.register("guides", guides_api.GuideViewSet, basename="guide")
router.register("guide-categories", guides_api.GuideCategoryViewSet, basename="guide-category")
router.register("calls-to-action", guides_api.CallToActionViewSet, basename="call-to-action")
router.register("authors", authors_api.AuthorViewSet, basename="author")
router.register("teams", authors_api.TeamViewSet, basename="team")
# Booking requests change without a revision or a log entry (a visitor's form, a status update), so
# the content's data version says nothing about them: their ETag is a hash of the body they render.
router.register(
    "booking-requests", bookings_api.DiscoveryCallRequestViewSet, basename="booking-request", data_versioned=False
)
router.register("booking-stats", bookings_api.BookingStatsViewSet, basename="booking-stats", data_versioned=False)


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
