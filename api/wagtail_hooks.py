"""The API keys of the sales and channels API, under Settings in the admin."""

from django import forms
from django.contrib import messages
from rest_framework_api_key.models import APIKey
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.views.generic import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet

from .models import APIKeyScopes


class APIKeyForm(WagtailAdminModelForm):
    """The key's name, expiry and revocation, and its scopes (kept beside it, api/models.py)."""

    preview = forms.BooleanField(
        label="May read drafts (preview scope)",
        required=False,
        help_text="Reads a guide's or a record's latest draft with ?version=draft. Give it only to a "
        "channel that must show unpublished content, such as a staging site.",
    )

    class Meta:
        model = APIKey
        fields = ["name", "expiry_date", "revoked"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["preview"].initial = APIKeyScopes.objects.filter(api_key=self.instance, preview=True).exists()

    def save_scopes(self, api_key):
        APIKeyScopes.objects.update_or_create(api_key=api_key, defaults={"preview": self.cleaned_data["preview"]})


class APIKeyEditView(EditView):
    def save_instance(self):
        instance = super().save_instance()
        self.form.save_scopes(instance)
        return instance


class APIKeyCreateView(CreateView):
    """Generates the key and shows it once: only its hash is stored."""

    def save_instance(self):
        instance = self.form.save(commit=False)
        key = APIKey.objects.assign_key(instance)
        instance.save()
        self.form.save_scopes(instance)
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
    list_display = ["name", "prefix", "created", "expiry_date", "revoked"]
    add_view_class = APIKeyCreateView
    edit_view_class = APIKeyEditView

    def get_form_class(self, for_update=False):
        return APIKeyForm


@hooks.register("register_admin_viewset")
def register_api_keys():
    return APIKeyViewSet("api_keys")
