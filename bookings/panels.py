"""Booking figures in the admin: a "Bookings" tab on each guide's editor and the sales dashboard
panel. Only people who may see booking requests (the Sales group, administrators) see them."""

from wagtail.admin.panels import ObjectList, Panel
from wagtail.admin.ui.components import Component

from guides.models import GuidePage

from .stats import cta_stats, guide_stats, monthly_for_guide


def can_see_bookings(user):
    return bool(user and user.is_active and user.has_perm("bookings.view_discoverycallrequest"))


class GuideBookingsPanel(Panel):
    """Requests this guide brought, by month, and how many were booked."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "bookings/admin/guide_bookings_panel.html"

        def is_shown(self):
            return bool(self.instance.pk) and can_see_bookings(self.request.user)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["months"] = monthly_for_guide(self.instance.pk)
            context["total"] = sum(row["requests"] for row in context["months"])
            context["booked"] = sum(row["booked"] for row in context["months"])
            return context


class SalesDashboardPanel(Component):
    """The admin home page: which guides and which calls to action bring requests."""

    name = "sales_bookings"
    order = 90
    template_name = "bookings/admin/sales_dashboard_panel.html"

    def get_context_data(self, parent_context=None):
        return {"guides": guide_stats()[:10], "ctas": cta_stats()[:10]}


def add_bookings_tab():
    """The guide editor gets its Bookings tab here, so guides needs no knowledge of this app."""
    tabs = GuidePage.edit_handler
    if not any(getattr(child, "heading", "") == "Bookings" for child in tabs.children):
        tabs.children.append(ObjectList([GuideBookingsPanel(heading="Booking requests")], heading="Bookings"))
