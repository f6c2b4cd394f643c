"""The Sales menu (booking requests and their e-mails) and the sales panel on the admin dashboard."""

from wagtail import hooks

from .panels import SalesDashboardPanel, can_see_bookings
from .viewsets import SalesAdminViewSetGroup


@hooks.register("register_admin_viewset")
def register_sales_viewsets():
    return SalesAdminViewSetGroup()


@hooks.register("construct_homepage_panels")
def add_sales_panel(request, panels):
    if can_see_bookings(request.user):
        panels.append(SalesDashboardPanel())
