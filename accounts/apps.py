from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "accounts"
    verbose_name = "Admin sign-in"

    def ready(self):
        # Connects the user_logged_in receiver before the first sign-in, which may precede any request.
        from . import two_factor  # noqa: F401
