"""The API keys of the sales and channels API, under Settings in the admin."""

from django.contrib import messages
from rest_framework_api_key.models import APIKey
from wagtail import hooks
from wagtail.admin.views.generic import CreateView
from wagtail.admin.viewsets.model import ModelViewSet


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
