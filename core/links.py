"""Stored links: one rule for which addresses a page may link to, kept by every field and block.

Only web addresses (http, https) and e-mail links (mailto) are accepted, so no stored field can carry
a `javascript:`, `data:` or `file:` link into a page. Every app's URL fields (`WebLinkField`) and URL
blocks (`WebLinkBlock`) use this module, so the admin, imports and code that saves a page are held to
the same rule.
"""

from urllib.parse import unquote, urlsplit

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import models
from django.utils.deconstruct import deconstructible
from wagtail import blocks

ALLOWED_SCHEMES = ("http", "https", "mailto")
MESSAGE = "Enter a web address starting with https:// or http://, or an e-mail link starting with mailto:."

_web_address = URLValidator(schemes=["http", "https"], message=MESSAGE)
_email_address = EmailValidator()


@deconstructible
class WebLinkValidator:
    """Accepts `http://…`, `https://…` and `mailto:name@example.com` (several addresses, `?subject=…`)."""

    message = MESSAGE
    code = "invalid_link"

    def __call__(self, value):
        value = str(value)
        scheme = value.split(":", 1)[0].lower() if ":" in value else ""
        if scheme not in ALLOWED_SCHEMES:
            raise ValidationError(self.message, code=self.code, params={"value": value})
        if scheme == "mailto":
            self._check_mailto(value)
        else:
            _web_address(value)

    def _check_mailto(self, value):
        try:
            addresses = unquote(urlsplit(value).path)
        except ValueError:
            raise ValidationError(self.message, code=self.code) from None
        recipients = [address.strip() for address in addresses.split(",")]
        if not all(recipients):
            raise ValidationError(self.message, code=self.code)
        for address in recipients:
            try:
                _email_address(address)
            except ValidationError:
                raise ValidationError(
                    f"“{address}” is not an e-mail address; write mailto:name@example.com.", code=self.code
                ) from None

    def __eq__(self, other):
        return isinstance(other, WebLinkValidator)


validate_web_link = WebLinkValidator()


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


class WebLinkBlock(blocks.URLBlock):
    def __init__(self, required=True, help_text=None, max_length=None, min_length=None, validators=(), **kwargs):
        super().__init__(required=required, help_text=help_text, **kwargs)
        self.field = WebLinkFormField(
            required=required,
            help_text=help_text,
            max_length=max_length,
            min_length=min_length,
            validators=validators,
            assume_scheme="https",
        )
