"""ETag and Last-Modified on every API GET, and a 304 without running the view or rendering.

The validators come from one cheap query, every part of it read from an index: the newest revision,
log entry, page and first publication. Every change a reader could see moves one of them: publishing a guide or a
frameworks record saves a revision (and logs it), unpublishing, deleting and editing snippets in the
admin log an entry, a scheduled expiry logs its unpublish. So the ETag of an answer is its address,
its format, the client's kind (anonymous or a key) and that data version, known before the view
runs; a matching If-None-Match (or an If-Modified-Since at or after the last change) is a 304 after
authentication, permissions and throttling, so a revoked key is still refused.

A change anywhere gives every answer a new ETag: a client re-downloads more often than strictly
needed, never less. A new image rendition counts as a change too: the worker makes renditions after
a publish, and the answers name their files.

Because the ETag names the answer exactly (address, format, kind of client, data version), the
rendered answer is kept in the cache under it for API_RESPONSE_CACHE_SECONDS: the next client that
asks the same before anything changes gets it for the price of the data-version query.
"""

import hashlib
from datetime import UTC, datetime

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.dateparse import parse_datetime
from django.utils.http import http_date
from rest_framework.exceptions import ValidationError
from wagtail.images import get_image_model
from wagtail.models import Page, PageLogEntry, Revision
from wagtail.models.audit_log import ModelLogEntry

from .access import has_api_key


def data_version():
    """(last change as a datetime or None, a string naming the data version)."""
    tables = {
        "revision": (Revision._meta.db_table, "created_at"),
        "page_log": (PageLogEntry._meta.db_table, "timestamp"),
        "model_log": (ModelLogEntry._meta.db_table, "timestamp"),
    }
    page = Page._meta.db_table
    parts = []
    for table, timestamp in tables.values():
        parts.append(f"(SELECT MAX(id) FROM {table})")
        parts.append(f"(SELECT {timestamp} FROM {table} ORDER BY id DESC LIMIT 1)")
    # Both read an index (no scan of every page): a new page raises the first, a first publish the
    # second; republishing saves a revision, and unpublishing or deleting logs an entry.
    parts.append(f"(SELECT MAX(id) FROM {page})")
    parts.append(f"(SELECT MAX(first_published_at) FROM {page})")
    rendition = get_image_model().get_rendition_model()._meta.db_table
    parts.append(f"(SELECT MAX(id) FROM {rendition})")
    with connection.cursor() as cursor:
        cursor.execute("SELECT " + ", ".join(parts))
        row = cursor.fetchone()
    times = [_datetime(value) for value in (row[1], row[3], row[5], row[7])]
    times = [value for value in times if value is not None]
    return (max(times) if times else None), "|".join(str(value) for value in row)


def _datetime(value):
    """Raw SQL skips Django's converters: SQLite gives text or naive datetimes (stored in UTC)."""
    if value is None:
        return None
    parsed = value if isinstance(value, datetime) else parse_datetime(str(value))
    if parsed is not None and parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed


def refuse_nul_characters(request, kwargs):
    """A NUL character cannot reach PostgreSQL (it would be a 500): a 400 naming the parameter."""
    bad = sorted(
        {name for name, values in request.query_params.lists() if any("\x00" in value for value in values)}
        | {name for name, value in kwargs.items() if "\x00" in str(value)}
    )
    if bad:
        raise ValidationError({name: ["Contains a NUL character."] for name in bad})


class ConditionalGetMixin:
    """ETag, Last-Modified and 304s from the data version, for a viewset whose `data_versioned` is
    True (api/base.py); a NUL character in any parameter is a 400 on every viewset."""

    data_versioned = True

    def initial(self, request, *args, **kwargs):
        refuse_nul_characters(request, kwargs)
        super().initial(request, *args, **kwargs)  # negotiation, authentication, permissions, throttles
        self._validators = None
        if request.method not in ("GET", "HEAD") or not self.data_versioned:
            return
        last_modified, version = data_version()
        renderer = getattr(request, "accepted_renderer", None)
        fingerprint = "\n".join(
            [
                version,
                request.get_full_path(),
                getattr(renderer, "format", "") or "",
                "key" if has_api_key(request) else "anonymous",
            ]
        )
        etag = '"' + hashlib.sha256(fingerprint.encode()).hexdigest()[:32] + '"'
        timestamp = int(last_modified.timestamp()) if last_modified else None
        self._validators = (etag, timestamp)
        not_modified = get_conditional_response(request._request, etag=etag, last_modified=timestamp)
        if not_modified is not None and not_modified.status_code == 304:
            self._answer_with(not_modified)
            return
        kept = cache.get(_cache_key(etag)) if settings.API_RESPONSE_CACHE_SECONDS else None
        if kept is not None:
            content, headers = kept
            self._answer_with(HttpResponse(content, headers=headers))
            self._validators = (etag, timestamp, "kept")

    def _answer_with(self, response):
        def answer(*args, **kwargs):
            return response

        self.get = self.head = answer

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        validators = getattr(self, "_validators", None)
        if validators and response.status_code in (200, 304):
            etag, timestamp, *kept = validators
            response["ETag"] = etag
            if timestamp is not None:
                response["Last-Modified"] = http_date(timestamp)
            if response.status_code == 200 and not kept and settings.API_RESPONSE_CACHE_SECONDS:
                _keep(etag, response)
        if self.data_versioned:
            # The format may come from the Accept header: a shared cache keeps one copy per format.
            patch_vary_headers(response, ["Accept"])
        return response


def _cache_key(etag):
    return "api-answer:" + etag.strip('"')


def _keep(etag, response):
    """Keep the rendered answer under its ETag; a cache that is down only means building it again."""
    if hasattr(response, "render"):
        response.render()
    headers = {name: response[name] for name in ("Content-Type", "Content-Disposition") if name in response}
    cache.set(_cache_key(etag), (response.content, headers), settings.API_RESPONSE_CACHE_SECONDS)
