"""The frameworks data admin: the "Frameworks data" menu of listings and editors, and its place
among the admin-wide searches; and the API keys of the sales and channels API, under Settings."""

from django.contrib import messages
from django.urls import path
from rest_framework_api_key.models import APIKey
from wagtail import hooks
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet

from .admin_search import FrameworksDataSearchView, search_area
from .viewsets import FrameworksDataSnippetViewSetGroup

register_snippet(FrameworksDataSnippetViewSetGroup)


@hooks.register("register_admin_urls")
def register_search_url():
    return [path("frameworks-data/search/", FrameworksDataSearchView.as_view(), name="frameworks_data_search")]


@hooks.register("register_admin_search_area")
def register_search_area():
    return search_area()


class APIKeyCreateView(CreateView):
    """Generates the key and shows it once: only its hash is stored."""

    def save_instance(self):
        instance = self.form.save(commit=False)
        key = APIKey.objects.assign_key(instance)
        instance.save()
        messages.warning(
            self.request, f"The API key for {instance.name} is {key} — copy it now: it will not be shown again."
        )
        return instance


class APIKeyViewSet(ModelViewSet):
    """API keys for the sales and channels API (/api/v1/), under Settings: staff create, expire and
    revoke them here (a revoked key cannot be restored)."""

    model = APIKey
    icon = "key"
    menu_label = "API keys"
    add_to_settings_menu = True
    form_fields = ["name", "expiry_date", "revoked"]
    list_display = ["name", "prefix", "created", "expiry_date", "revoked"]
    add_view_class = APIKeyCreateView


@hooks.register("register_admin_viewset")
def register_api_keys():
    return APIKeyViewSet("api_keys")
