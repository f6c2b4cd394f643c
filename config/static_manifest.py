"""Start-up check that collectstatic has run, where the static files storage keeps a manifest."""

from django.contrib.staticfiles.storage import ManifestFilesMixin
from django.core.exceptions import ImproperlyConfigured
from django.core.files.storage import storages


def require_static_manifest():
    storage = storages["staticfiles"]
    if isinstance(storage, ManifestFilesMixin) and not storage.manifest_storage.exists(storage.manifest_name):
        raise ImproperlyConfigured(
            f"The static files manifest {storage.manifest_storage.path(storage.manifest_name)} is missing: "
            "run `manage.py collectstatic --no-input` before starting the server."
        )
