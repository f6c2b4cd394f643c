from django.apps import AppConfig


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "Guides"

    def ready(self):
        from . import signals  # noqa: F401  (connects cache purging to content changes)
