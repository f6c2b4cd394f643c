"""Guide models, split by concept: pages, snippets (categories, calls to action), site settings, engineering review."""

from .pages import ContentPage, GuideIndexPage, GuidePage, HomePage
from .review import EditorialProfile, EngineeringReviewTask
from .site_settings import SiteChrome
from .snippets import CallToAction, GuideCategory

__all__ = [
    "CallToAction",
    "ContentPage",
    "EditorialProfile",
    "EngineeringReviewTask",
    "GuideCategory",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "SiteChrome",
]
