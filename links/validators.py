"""The one validator for stored links: http(s) web addresses and mailto e-mail links, nothing else."""

from urllib.parse import unquote, urlsplit

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils.deconstruct import deconstructible

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
