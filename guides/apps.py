from django.apps import AppConfig


class GuidesConfig(AppConfig):
    name = "guides"
    verbose_name = "Guides"

    def ready(self):
        from wagtail.models import ReferenceIndex

        from . import data_review, signals  # noqa: F401  (connect review flags and cache purging to changes)
        from .models import SiteChrome

        # The chrome (navigation, calls to action) is on every page: the reference index tells the purge
        # which pages and snippets it shows (guides/purging.py). Wagtail indexes snippets, not settings.
        ReferenceIndex.register_model(SiteChrome)
