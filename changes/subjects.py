"""What the API calls each thing the change log and webhooks speak of: its type (the API resource's
name), id, slug and title."""

from wagtail.models import PageViewRestriction

from core.pages import has_expired

# A frameworks record's model and its resource in the API.
RECORD_TYPES = {
    "framework": "framework",
    "criterion": "criterion",
    "comparisonmatrix": "comparison-matrix",
    "adoptionsurvey": "adoption-survey",
    "benchmark": "benchmark",
    "decisionguide": "decision-guide",
}


def guide_subject(page):
    return {"type": "guide", "id": page.pk, "slug": page.slug, "title": page.title}


def record_subject(record):
    return {"type": RECORD_TYPES[record._meta.model_name], "id": record.pk, "slug": record.slug, "title": str(record)}


def call_to_action_subject(cta):
    return {"type": "call-to-action", "id": cta.pk, "slug": "", "title": cta.name}


def is_readable(page):
    """The published page is what an anonymous reader may see (core/pages.py's rule, for one page
    in hand): live, not expired, and with no view restriction on it or above it (one query)."""
    if not page.live or has_expired(page):
        return False
    # The page and its ancestors, from its tree path (no query to find them).
    paths = [page.path[:end] for end in range(page.steplen, len(page.path) + 1, page.steplen)]
    return not PageViewRestriction.objects.filter(page__path__in=paths).exists()
