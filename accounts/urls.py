"""/admin/two-factor/: the code and set-up pages (mounted by config/urls.py)."""

from django.urls import path

from .views import setup, verify

urlpatterns = [
    path("verify/", verify, name="two_factor_verify"),
    path("setup/", setup, name="two_factor_setup"),
]
