"""The webhooks under Settings in the admin: the endpoints (address, secret, events, a "send test"
button) and every delivery with its state, attempts, answer and last error.

Only users with the webhooks permissions (administrators, unless a group is given them) see either.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.validators import URLValidator
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from .models import SUBSCRIBABLE_EVENTS, WEB_ADDRESS, Event, WebhookDelivery, WebhookEndpoint
from .payloads import payload
from .tasks import queue

TEST_SUBJECT = {"type": "test", "id": None, "slug": None, "title": None, "url": None, "api_url": None}


class WebAddressField(forms.URLField):
    default_validators = [URLValidator(schemes=["http", "https"], message=WEB_ADDRESS)]


class EndpointForm(WagtailAdminModelForm):
    url = WebAddressField(
        label="Address",
        max_length=500,
        assume_scheme="https",
        error_messages={"invalid": WEB_ADDRESS},
        help_text=WebhookEndpoint._meta.get_field("url").help_text,
    )
    events = forms.MultipleChoiceField(
        choices=[(event.value, event.label) for event in SUBSCRIBABLE_EVENTS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text="What this endpoint is told of.",
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["name", "url", "secret", "events", "active"]


class EndpointEditView(generic.EditView):
    @cached_property
    def header_buttons(self):
        url = reverse("webhook_endpoints:send_test", args=[self.object.pk])
        return [*super().header_buttons, HeaderButton("Send a test delivery", url=url, icon_name="link-external")]


class ReadOnlyPolicy(ModelPermissionPolicy):
    """Deliveries are written by the task alone: nobody adds or edits one by hand."""

    def user_has_permission(self, user, action):
        return action not in {"add", "change"} and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(WebhookDelivery, ReadOnlyPolicy(WebhookDelivery))


class WebhookEndpointViewSet(ModelViewSet):
    model = WebhookEndpoint
    icon = "link-external"
    menu_label = "Webhooks"
    add_to_settings_menu = True
    url_prefix = "webhooks/endpoints"

    def get_form_class(self, for_update=False):
        return EndpointForm

    edit_view_class = EndpointEditView
    copy_view_enabled = False
    list_display = ["name", "url", Column("events", label="Events", accessor="events_label"), "active"]

    def get_urlpatterns(self):
        return [*super().get_urlpatterns(), path("send-test/<int:pk>/", self.send_test_view, name="send_test")]

    def send_test_view(self, request, pk):
        if not self.permission_policy.user_has_permission(request.user, "change"):
            raise PermissionDenied
        endpoint = get_object_or_404(WebhookEndpoint, pk=pk)
        if request.method == "POST":
            body = payload(
                Event.TEST, {"type": "test", "id": None, "slug": None, "title": None, "url": None, "api_url": None}
            )
            queue(WebhookDelivery.objects.create(endpoint=endpoint, event=Event.TEST, payload=body))
            messages.success(request, f"A test delivery to {endpoint} is queued; its answer appears below.")
            return redirect(reverse("webhook_deliveries:index") + f"?endpoint={endpoint.pk}")
        context = {
            "endpoint": endpoint,
            "edit_url": reverse("webhook_endpoints:edit", args=[endpoint.pk]),
            "deliveries_url": reverse("webhook_deliveries:index") + f"?endpoint={endpoint.pk}",
        }
        return TemplateResponse(request, "webhooks/admin/send_test.html", context)


class WebhookDeliveryViewSet(ModelViewSet):
    model = WebhookDelivery
    icon = "history"
    menu_label = "Webhook deliveries"
    add_to_settings_menu = True
    url_prefix = "webhooks/deliveries"
    copy_view_enabled = False
    inspect_view_enabled = True
    form_fields = []
    list_display = [
        Column("event", label="Event", accessor="get_event_display"),
        "endpoint",
        StatusTagColumn("state", label="State", accessor="get_state_display", primary=lambda d: d.state == "delivered"),
        "attempts",
        "response_code",
        "last_error",
        DateColumn("created_at", label="Queued"),
        DateColumn("delivered_at", label="Delivered"),
    ]
    list_filter = ["state", "event", "endpoint"]
    inspect_view_fields = [
        "endpoint",
        "event",
        "state",
        "attempts",
        "response_code",
        "last_error",
        "created_at",
        "last_attempt_at",
        "delivered_at",
        "payload",
    ]
