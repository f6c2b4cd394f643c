"""The API's surface in one place: every domain's viewsets on one router, mounted at /api/v1/ by
config/urls.py.

What each viewset serves (formats, ETags) is declared on the viewset itself (base.py); the API root,
and the resources whose ETag is not a data version, fall back to a hash of their body (Django's
`conditional_page` on every route below, which leaves an ETag already set alone).
"""

from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import conditional_page
from rest_framework import permissions, routers

from .authors import viewsets as authors
from .bookings import viewsets as bookings
from .changes import viewsets as changes
from .frameworks import viewsets as frameworks
from .guides import viewsets as guides
from .pages import viewsets as pages


class APIRootView(routers.APIRootView):
    """The index of the API: a link to each resource's list."""

    permission_classes = [permissions.AllowAny]


class Router(routers.DefaultRouter):
    """No format suffixes (`/frameworks.csv`): `format=` or the Accept header chooses the format, so a
    dot in an address is part of the name asked for (`/frameworks/ada@example.com/` is a 404)."""

    APIRootView = APIRootView
    include_format_suffixes = False


router = Router()
router.register("frameworks", frameworks.FrameworkViewSet, basename="framework")
router.register("languages", frameworks.LanguageViewSet, basename="language")
router.register("criteria", frameworks.CriterionViewSet, basename="criterion")
router.register("comparison-matrices", frameworks.ComparisonMatrixViewSet, basename="comparison-matrix")
router.register("adoption-surveys", frameworks.AdoptionSurveyViewSet, basename="adoption-survey")
router.register("benchmarks", frameworks.BenchmarkViewSet, basename="benchmark")
router.register("decision-guides", frameworks.DecisionGuideViewSet, basename="decision-guide")
router.register("guides", guides.GuideViewSet, basename="guide")
router.register("guide-categories", guides.GuideCategoryViewSet, basename="guide-category")
router.register("calls-to-action", guides.CallToActionViewSet, basename="call-to-action")
router.register("case-studies", pages.CaseStudyViewSet, basename="case-study")
router.register("content-pages", pages.ContentPageViewSet, basename="content-page")
router.register("authors", authors.AuthorViewSet, basename="author")
router.register("teams", authors.TeamViewSet, basename="team")
router.register("booking-requests", bookings.DiscoveryCallRequestViewSet, basename="booking-request")
router.register("booking-stats", bookings.BookingStatsViewSet, basename="booking-stats")
router.register("changes", changes.ChangeViewSet, basename="change")


def _with_etags(patterns):
    for pattern in patterns:
        pattern.callback = conditional_page(pattern.callback)
    return patterns


app_name = "api"
urlpatterns = _with_etags(router.urls)


@csrf_exempt  # it changes nothing: a PATCH or POST there is a 404 too, not the CSRF failure page
def not_found(request, *args, **kwargs):
    """Any other address under /api/, with any method: a 404 in the API's error shape, not the site's
    HTML page."""
    body = {"status": 404, "code": "not_found", "message": "There is no API resource at this address.", "fields": {}}
    return JsonResponse(body, status=404)
