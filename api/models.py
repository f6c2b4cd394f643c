"""What an API key may do beyond reading published content: its scopes.

Keys themselves are djangorestframework-api-key's (hashed, revocable); a key's scopes live beside
it, one row per key, made when an administrator grants one in the admin (Settings → API keys).
A key without a row has no scope.
"""

from django.db import models
from rest_framework_api_key.models import APIKey


class APIKeyScopes(models.Model):
    api_key = models.OneToOneField(APIKey, on_delete=models.CASCADE, related_name="scopes")
    preview = models.BooleanField(
        "may read drafts",
        default=False,
        help_text="The preview scope: this key reads a guide's or a record's latest draft with ?version=draft.",
    )

    class Meta:
        verbose_name = "API key scopes"
        verbose_name_plural = "API key scopes"

    def __str__(self):
        return f"Scopes of {self.api_key}"


def may_preview(api_key):
    return APIKeyScopes.objects.filter(api_key=api_key, preview=True).exists()
