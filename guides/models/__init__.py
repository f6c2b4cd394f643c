"""Guide models, split by concept: pages, snippets (categories, calls to action), site settings."""

from .pages import ContentPage, GuideIndexPage, GuidePage, HomePage
from .site_settings import SiteChrome
from .snippets import CallToAction, GuideCategory

__all__ = [
    "CallToAction",
    "ContentPage",
    "GuideCategory",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "SiteChrome",
]
