from django.apps import AppConfig


class APIConfig(AppConfig):
    """An app for its admin hooks (the API keys under Settings, wagtail_hooks.py) and the keys' scopes (models.py)."""

    name = "api"
    verbose_name = "API"
