from django.apps import AppConfig


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "Guides"

    def ready(self):
        from . import data_review, signals  # noqa: F401  (connect review flags and cache purging to changes)
