"""Guide models, split by concept: pages, case studies, snippets (categories, calls to action), site
settings, generated social cards, engineering review, the background workers' heartbeats."""

from .case_studies import CaseStudyIndexPage, CaseStudyOutcome, CaseStudyPage
from .pages import ContentPage, GuideIndexPage, GuidePage, HomePage
from .review import EditorialProfile, EngineeringReviewTask
from .site_settings import SiteChrome
from .snippets import CallToAction, GuideCategory
from .social_cards import SocialCard
from .worker_heartbeats import WorkerHeartbeat

__all__ = [
    "CallToAction",
    "CaseStudyIndexPage",
    "CaseStudyOutcome",
    "CaseStudyPage",
    "ContentPage",
    "EditorialProfile",
    "EngineeringReviewTask",
    "GuideCategory",
    "GuideIndexPage",
    "GuidePage",
    "HomePage",
    "SiteChrome",
    "SocialCard",
    "WorkerHeartbeat",
]
