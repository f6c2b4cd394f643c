"""The origin media are served from, where it is not the site's own (a bucket, a CDN): the security
headers allow exactly it for images, and pages open their connection to it early."""

import functools
from urllib.parse import urlsplit

from django.core.files.storage import default_storage
from django.core.signals import setting_changed
from django.dispatch import receiver


@functools.cache
def media_origin():
    """The media's origin when it is not the site's own, else None: worked out once from the storage's
    own URLs (nothing is fetched), and again when the storage settings change (tests)."""
    parts = urlsplit(default_storage.url("images/probe.jpg"))
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


@receiver(setting_changed)
def forget_media_origin(setting, **kwargs):
    if setting in ("STORAGES", "MEDIA_URL"):
        media_origin.cache_clear()
