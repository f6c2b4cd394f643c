from django.apps import AppConfig


class ChangesConfig(AppConfig):
    name = "changes"
    verbose_name = "Change log"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # The domains never import this app: it listens to their signals.
        from . import signals  # noqa: F401
