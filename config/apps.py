"""The project's own app: management commands (apply_site_url), templates, and the sign-in hook."""

from django.apps import AppConfig


class ConfigConfig(AppConfig):
    name = "config"
    verbose_name = "Site configuration"

    def ready(self):
        # Connects the user_logged_in receiver before the first sign-in, which may precede any request.
        from config import two_factor  # noqa: F401
