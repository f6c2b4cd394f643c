from django.urls import NoReverseMatch, reverse
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from changes.models import GONE, Action, Change

# How each type's API detail is looked up.
LOOKUPS = {"guide": "pk", "call-to-action": "pk"}


class ChangeSerializer(serializers.ModelSerializer):
    cursor = serializers.SerializerMethodField(help_text="This change's position: pass it as `since` to read on.")
    action = serializers.ChoiceField(
        choices=Action.choices,
        help_text="`created`: readable for the first time (or again); `changed`: published again; "
        "`unpublished`: no longer readable, may come back; `deleted`: gone for good.",
    )
    type = serializers.CharField(source="subject_type", help_text="The API resource, e.g. `guide`, `framework`.")
    id = serializers.IntegerField(source="subject_id")
    slug = serializers.CharField(help_text="Empty for a call to action.")
    title = serializers.CharField(help_text="As readers saw it at the time.")
    api_url = serializers.SerializerMethodField(help_text="Where to read it now; null once it is gone.")

    class Meta:
        model = Change
        fields = ["cursor", "action", "type", "id", "slug", "title", "api_url", "occurred_at"]
        read_only_fields = fields

    def get_cursor(self, change) -> str:
        return str(change.pk)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_api_url(self, change):
        if change.action in GONE:
            return None
        lookup = LOOKUPS.get(change.subject_type, "slug")
        value = change.subject_id if lookup == "pk" else change.slug
        try:
            path = reverse(f"api:{change.subject_type}-detail", kwargs={lookup: value})
        except NoReverseMatch:
            return None
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request else path


class ChangePageSerializer(serializers.Serializer):
    results = ChangeSerializer(many=True)
    next_cursor = serializers.CharField(
        help_text="Pass it as `since` next time: the last change listed, or the `since` you sent when none is new."
    )
    has_more = serializers.BooleanField(help_text="More changes wait after this page: ask again at once.")
    next = serializers.URLField(allow_null=True, help_text="The next page's address while `has_more`.")
