"""The model and form fields for a stored link (see validators.py for what is accepted)."""

from django import forms
from django.db import models

from .validators import validate_web_link


class WebLinkFormField(forms.URLField):
    """Django's URL form field, which turns `mailto:a@b.com` into `mailto://a@b.com`, kept away from mailto."""

    default_validators = [validate_web_link]

    def to_python(self, value):
        if isinstance(value, str) and value.strip().lower().startswith("mailto:"):
            return value.strip()
        return super().to_python(value)


class WebLinkField(models.URLField):
    """A URLField that accepts only http(s) and mailto, on every path that validates the model:
    admin forms, `full_clean()` in imports and scripts, and Wagtail's page saves."""

    default_validators = [validate_web_link]

    def formfield(self, **kwargs):
        return super().formfield(**{"form_class": WebLinkFormField, **kwargs})
