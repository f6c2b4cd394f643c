"""Authors and teams as API data. An author's guides come through the reverse relation `guides`
(this app never imports the guides app); the viewset prefetches only the live, public ones."""

from django.urls import reverse
from rest_framework import serializers

from api.serializers import SparseFieldsMixin
from authors.models import AuthorPage, Team
from core.references import api_url
from renditions import specs
from renditions.ready import ready


def _absolute(request, path):
    return request.build_absolute_uri(path) if request else path


class AuthorReferenceSerializer(serializers.ModelSerializer):
    name = serializers.CharField(source="title")
    url = serializers.SerializerMethodField(help_text="The author's public page.")
    api_url = serializers.SerializerMethodField(help_text="The author in the API.")

    class Meta:
        model = AuthorPage
        fields = ["id", "slug", "name", "role", "url", "api_url"]

    def get_url(self, author) -> str:
        return author.get_full_url(self.context.get("request")) or ""

    def get_api_url(self, author) -> str:
        return api_url(self.context.get("request"), "author", author.slug)


class GuideReferenceSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    slug = serializers.SlugField()
    title = serializers.CharField()
    url = serializers.SerializerMethodField(help_text="The guide's public page.")
    api_url = serializers.SerializerMethodField(help_text="The guide in the API.")
    published_at = serializers.DateTimeField(source="first_published_at")

    def get_url(self, guide) -> str:
        return guide.get_full_url(self.context.get("request")) or ""

    def get_api_url(self, guide) -> str:
        return _absolute(self.context.get("request"), reverse("api:guide-detail", kwargs={"pk": guide.pk}))


class AuthorSerializer(SparseFieldsMixin, AuthorReferenceSerializer):
    """A person with their bio, links and the published guides they wrote, newest first."""

    bio = serializers.CharField(help_text="HTML.")
    linkedin_url = serializers.CharField(help_text="The company's LinkedIn page, or empty.")
    profile_links = serializers.ListField(child=serializers.CharField(), source="profile_link_list")
    photo = serializers.SerializerMethodField()
    guides = serializers.SerializerMethodField()

    class Meta(AuthorReferenceSerializer.Meta):
        fields = AuthorReferenceSerializer.Meta.fields + ["company", "bio", "linkedin_url", "profile_links"]
        fields += ["photo", "guides"]

    def get_photo(self, author) -> dict | None:
        photo = author.photo
        if photo is None:
            return None
        # A rendition the worker made, as the pages show; not made yet (or an unreadable original): no photo.
        made = ready(photo).made_renditions(specs.API_AUTHOR_PHOTO)
        if not made:
            return None
        rendition = made[specs.API_AUTHOR_PHOTO]
        return {"alt": photo.default_alt_text, "url": _absolute(self.context.get("request"), rendition.url)}

    def get_guides(self, author) -> GuideReferenceSerializer(many=True):
        # `published_guides` is the viewset's Prefetch: live, public, unexpired guides, newest first.
        return GuideReferenceSerializer(author.published_guide_list, many=True, context=self.context).data


class TeamSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    website = serializers.CharField(source="url", help_text="Where readers can learn about the team, or empty.")
    url = serializers.SerializerMethodField(help_text="The team in the API.")

    class Meta:
        model = Team
        fields = ["id", "slug", "name", "description", "website", "url"]

    def get_url(self, team) -> str:
        return api_url(self.context.get("request"), "team", team.slug)


def author_reference(author, request):
    """AuthorReferenceSerializer's fields as a dict, built without a serializer per author (a list
    of guides names one per guide, and a ModelSerializer introspects its model each time)."""
    return {
        "id": author.pk,
        "slug": author.slug,
        "name": author.title,
        "role": author.role,
        "url": author.get_full_url(request) or "",
        "api_url": api_url(request, "author", author.slug),
    }


def reviewer_data(person, team, request):
    """Who reviewed a guide: a person (an author page) or a team, or None."""
    if person is not None and person.live:
        reference = author_reference(person, request)
        return {"type": "person", **{key: reference[key] for key in ("id", "slug", "name", "url", "api_url")}}
    if team is not None:
        return {
            "type": "team",
            "id": team.pk,
            "slug": team.slug,
            "name": team.name,
            "url": team.url or None,
            "api_url": api_url(request, "team", team.slug),
        }
    return None
