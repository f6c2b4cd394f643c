"""The bookings API's shapes: a request as sales read it, a status change, and the source figures."""

from django.core.exceptions import ValidationError as ModelValidationError
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from api.errors import Conflict
from api.serializers import SparseFieldsMixin
from bookings.models import NEXT_STATUSES, DiscoveryCallRequest, RequestHistory, Status


class RequestHistorySerializer(serializers.ModelSerializer):
    by = serializers.SerializerMethodField()

    class Meta:
        model = RequestHistory
        fields = ["at", "by", "from_status", "to_status", "note"]

    def get_by(self, entry) -> str:
        return entry.by.get_username() if entry.by_id else entry.via


class SourceGuideSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()


class SourceCallToActionSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    name = serializers.CharField()


class DiscoveryCallRequestSerializer(SparseFieldsMixin, serializers.ModelSerializer):
    source_guide = serializers.SerializerMethodField()
    source_cta = serializers.SerializerMethodField()
    preferred_windows = serializers.JSONField(help_text="Times in UTC: [{start, end}] in the visitor's order.")
    history = RequestHistorySerializer(many=True, read_only=True)

    class Meta:
        model = DiscoveryCallRequest
        fields = [
            "id",
            "created_at",
            "name",
            "email",
            "company",
            "role",
            "topic",
            "time_zone",
            "preferred_windows",
            "status",
            "status_changed_at",
            "booked_at",
            "source_guide",
            "source_cta",
            "utm_source",
            "utm_medium",
            "utm_campaign",
            "utm_term",
            "utm_content",
            "history",
        ]
        read_only_fields = fields

    @extend_schema_field(SourceGuideSerializer(allow_null=True))
    def get_source_guide(self, booking):
        guide = booking.source_guide
        return {"id": guide.pk, "title": guide.title} if guide else None

    @extend_schema_field(SourceCallToActionSerializer(allow_null=True))
    def get_source_cta(self, booking):
        cta = booking.source_cta
        return {"id": cta.pk, "name": cta.name} if cta else None


def _transitions():
    lines = [
        f"`{status}` → {', '.join(f'`{step}`' for step in NEXT_STATUSES.get(status, [])) or 'none (closed)'}"
        for status in Status.values
    ]
    return "; ".join(lines)


class TextField(serializers.CharField):
    """Text, and only text: a number or a list where the schema says string is a 400, not its str()."""

    def to_internal_value(self, data):
        if not isinstance(data, str):
            self.fail("invalid")
        return super().to_internal_value(data)


class StatusUpdateSerializer(serializers.Serializer):
    status = serializers.ChoiceField(
        choices=Status.choices,
        help_text="The status to move to (the present one, to add a note only). Allowed moves: "
        + _transitions()
        + ". Any other move is a 409.",
    )
    note = TextField(required=False, allow_blank=True, max_length=4000)

    def update(self, booking, validated_data):
        try:
            booking.change_status(
                validated_data["status"], note=validated_data.get("note", ""), via=self.context["via"]
            )
        except ModelValidationError as error:
            raise Conflict(error.message_dict) from None
        return booking


class MonthSerializer(serializers.Serializer):
    month = serializers.CharField(help_text="YYYY-MM")
    requests = serializers.IntegerField()
    booked = serializers.IntegerField()


class SourceStatsSerializer(serializers.Serializer):
    id = serializers.IntegerField()
    title = serializers.CharField()
    requests = serializers.IntegerField()
    booked = serializers.IntegerField()
    months = MonthSerializer(many=True)


class BookingStatsSerializer(serializers.Serializer):
    guides = SourceStatsSerializer(many=True)
    ctas = SourceStatsSerializer(many=True)
