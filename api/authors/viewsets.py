"""The authors API (read-only): authors with the guides they wrote, and teams, registered on the
one router in api/urls.py. Only live, public author pages appear, and only their live, public,
unexpired guides (the reverse relation `guides`; this app never imports the guides app)."""

from django.db.models import Prefetch
from wagtail.images import get_image_model

from api.base import PublishedRecordViewSet, ReadOnlyViewSet
from api.filters import StrictOrderingFilter
from api.schema import FIELDS, list_and_retrieve
from authors.models import AuthorPage, Team
from renditions import specs

from .serializers import AuthorSerializer, TeamSerializer

EXAMPLE_AUTHOR = {
    "id": 5,
    "slug": "jane-doe",
    "name": "Jane Doe",
    "role": "Head of Engineering",
    "url": "https://example.com/authors/jane-doe/",
    "api_url": "https://example.com/api/v1/authors/jane-doe/",
    "company": "Resourcifi",
    "bio": "<p>I lead the engineering team.</p>",
    "linkedin_url": "",
    "profile_links": ["https://github.com/janedoe"],
    "photo": None,
    "guides": [
        {
            "id": 12,
            "slug": "backend-frameworks-compared",
            "title": "Backend frameworks compared",
            "url": "https://example.com/guides/backend-frameworks-compared/",
            "api_url": "https://example.com/api/v1/guides/12/",
            "published_at": "2026-01-12T09:00:00Z",
        }
    ],
}
EXAMPLE_TEAM = {
    "id": 1,
    "slug": "engineering-team",
    "name": "Engineering team",
    "description": "The engineers who review every guide.",
    "website": "",
    "url": "https://example.com/api/v1/teams/engineering-team/",
}


def _published_guides():
    guide_model = AuthorPage._meta.get_field("guides").related_model  # by the reverse relation
    return Prefetch(
        "guides",
        queryset=guide_model.objects.readable().defer_streamfields().order_by("-first_published_at", "-pk"),
        to_attr="published_guide_list",
    )


@list_and_retrieve(
    EXAMPLE_AUTHOR,
    descriptions=(
        "Published authors by name, each with the published guides they wrote, newest first.",
        "One published author by slug, with their guides. A draft or private page is a 404.",
    ),
    names=("A page of authors", "An author"),
    list_parameters=[FIELDS],
    retrieve_parameters=[FIELDS],
)
class AuthorViewSet(ReadOnlyViewSet):
    serializer_class = AuthorSerializer
    lookup_field = "slug"
    filter_backends = [StrictOrderingFilter]
    ordering_fields = ["title", "slug"]
    ordering = ["title"]

    def get_queryset(self):
        if getattr(self, "swagger_fake_view", False):  # the schema generator: no query
            return AuthorPage.objects.none()
        # The photos with the one rendition the API shows, in two queries however many authors there are.
        photos = Prefetch("photo", queryset=get_image_model().objects.prefetch_renditions(specs.API_AUTHOR_PHOTO))
        return AuthorPage.objects.live().public().prefetch_related(photos, _published_guides())


@list_and_retrieve(
    EXAMPLE_TEAM,
    descriptions=("Teams credited with reviewing guides, by name.", "One team, by slug."),
    names=("A page of teams", "A team"),
    list_parameters=[FIELDS],
    retrieve_parameters=[FIELDS],
)
class TeamViewSet(PublishedRecordViewSet):
    """Teams are not drafted: every one is public."""

    serializer_class = TeamSerializer
    queryset = Team.objects.all()
    ordering_fields = ["name", "slug"]
    ordering = ["name"]
