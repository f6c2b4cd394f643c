"""The "Sales" admin menu: booking requests (search, filters, CSV/XLSX export, the status flow with
its history and notes) and the e-mails they send (what is still pending or failed).

Only the Sales group and administrators see it: Wagtail's model permission policy checks the
bookings permissions that the group is given (bookings/migrations, bookings/roles.py), so anyone
else gets 403 and no menu item.
"""

from functools import wraps

import django_filters
from django import forms
from django.core.exceptions import PermissionDenied
from django.template.response import TemplateResponse
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, ObjectList, Panel
from wagtail.admin.ui.tables import Column, DateColumn, StatusTagColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.coreutils import multigetattr
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from core.pages import not_expired
from core.spreadsheets import SafeCSVExportMixin
from guides.models import GuidePage

from .records import DiscoveryCallRequest, EmailDelivery, Status


class StatusForm(WagtailAdminModelForm):
    """Sales change the status (forward through the flow) and add a note; what the visitor typed is
    shown, never edited."""

    note = forms.CharField(
        label="Internal note",
        required=False,
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Only people in sales see it. Saved in the history with your name and the time.",
    )

    class Meta:
        model = DiscoveryCallRequest
        fields = ["status"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        current = Status(self.instance.status)
        allowed = [current] + list(self.instance.next_statuses())
        self.fields["status"].choices = [(status.value, status.label) for status in allowed]
        self.fields["status"].help_text = "Where this request is now. A closed request stays closed."

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status != self.instance.status and status not in self.instance.next_statuses():
            raise forms.ValidationError("That status does not follow from the current one.")
        return status


class RequestDetailsPanel(Panel):
    """What the visitor sent, where they came from, the history and the e-mails, read-only."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "bookings/admin/request_details_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            booking = self.instance
            context["booking"] = booking
            context["history"] = booking.history.select_related("by")
            context["deliveries"] = booking.deliveries.all()
            return context


class RequestEditView(generic.EditView):
    def save_instance(self):
        booking = DiscoveryCallRequest.objects.get(pk=self.object.pk)
        booking.change_status(
            self.form.cleaned_data["status"], user=self.request.user, note=self.form.cleaned_data["note"]
        )
        return booking

    def get_success_message(self, instance=None):
        return f"Booking request from {self.object} saved."


class RequestIndexView(SafeCSVExportMixin, generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("source_guide", "source_cta")

    def to_row_dict(self, item):
        computed = {"status": item.get_status_display}
        return {
            field: computed[field]() if field in computed else multigetattr(item, field) for field in self.list_export
        }


def forbidden_not_redirected(view):
    """Wagtail answers a refused admin view with a redirect to the dashboard; personal data answers
    with a plain 403, so a refusal is unmistakable (to people, scripts and tests alike)."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied:
            return TemplateResponse(request, "bookings/admin/forbidden.html", status=403)

    return wrapped


class NoAddingPolicy(ModelPermissionPolicy):
    """Requests come from visitors and e-mail records from the task: nobody, administrators included,
    adds one by hand (and e-mail records are not edited either)."""

    def __init__(self, model, refused=("add",)):
        super().__init__(model)
        self.refused = set(refused)

    def user_has_permission(self, user, action):
        return action not in self.refused and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(DiscoveryCallRequest, NoAddingPolicy(DiscoveryCallRequest))
register_permission_policy(EmailDelivery, NoAddingPolicy(EmailDelivery, refused=("add", "change")))


class SalesOnlyAdminViewSet(ModelViewSet):
    add_to_reference_index = False  # personal data: never listed under a guide's or CTA's usage

    def get_urlpatterns(self):
        patterns = super().get_urlpatterns()
        for pattern in patterns:
            pattern.callback = forbidden_not_redirected(pattern.callback)
        return patterns


class BookingRequestFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(label="Received", widget=DateRangePickerWidget)
    # Sales see the titles of the guides readers see, never a draft's.
    source_guide = django_filters.ModelChoiceFilter(
        label="Source guide", queryset=lambda request: GuidePage.objects.live().public().filter(not_expired())
    )

    class Meta:
        model = DiscoveryCallRequest
        fields = ["status", "source_guide", "source_cta", "created_at"]


class DiscoveryCallRequestAdminViewSet(SalesOnlyAdminViewSet):
    model = DiscoveryCallRequest
    icon = "mail"
    menu_label = "Booking requests"
    url_prefix = "booking-requests"
    index_view_class = RequestIndexView
    edit_view_class = RequestEditView
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "name",
        "company",
        "email",
        StatusTagColumn("status", label="Status", accessor="get_status_display", primary=lambda r: r.status == "new"),
        Column("source_guide", label="Source guide"),
        Column("source_cta", label="Call to action"),
        DateColumn("created_at", label="Received"),
    ]
    filterset_class = BookingRequestFilterSet
    search_fields = ["name", "email", "company", "role", "topic"]
    list_export = [
        "created_at",
        "name",
        "email",
        "company",
        "role",
        "topic",
        "time_zone",
        "preferred_windows",
        "status",
        "booked_at",
        "source_guide",
        "source_cta",
        "utm_source",
        "utm_medium",
        "utm_campaign",
    ]
    export_headings = {
        "created_at": "Received",
        "source_cta": "Call to action",
        "preferred_windows": "Preferred windows (UTC)",
    }
    export_filename = "booking-requests"
    edit_handler = ObjectList(
        [RequestDetailsPanel(heading="Request"), FieldPanel("status"), FieldPanel("note")],
        base_form_class=StatusForm,
    )


class EmailDeliveryAdminViewSet(SalesOnlyAdminViewSet):
    model = EmailDelivery
    icon = "mail"
    menu_label = "Booking e-mails"
    url_prefix = "booking-emails"
    copy_view_enabled = False
    inspect_view_enabled = True
    list_display = [
        "request",
        "kind",
        StatusTagColumn("state", label="State", accessor="get_state_display", primary=lambda d: d.state == "sent"),
        "attempts",
        "last_error",
        DateColumn("created_at", label="Queued"),
        DateColumn("sent_at", label="Sent"),
    ]
    list_filter = ["state", "kind"]
    form_fields = []


class SalesAdminViewSetGroup(ModelViewSetGroup):
    menu_label = "Sales"
    menu_icon = "mail"
    menu_order = 250
    items = (DiscoveryCallRequestAdminViewSet("booking_requests"), EmailDeliveryAdminViewSet("booking_emails"))
