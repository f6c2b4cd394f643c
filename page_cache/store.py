"""Rendered pages kept for anonymous readers, keyed by address and made stale by path.

Every path has a token, and so does the whole site; an entry records the tokens it was rendered
under. Purging a path gives it a new token, which makes stale every copy of it at once: each page
of a listing and each filter (`/guides/?page=3&category=x`), on every host name. Tokens are random,
not counters, so a token the cache evicted comes back as a new one and never revives an old copy.
A render records the tokens it read before rendering: a change that commits while the page renders
purges the tokens, so the copy it stores is stale from the start.
"""

import dataclasses
import gzip
import hashlib
import time
import uuid
from dataclasses import dataclass
from pathlib import Path

import brotli
from django.apps import apps
from django.conf import settings
from django.core.cache import caches


def _release():
    """What a deploy changes: RELEASE (the commit, when the deploy sets it), else a digest of every
    template. Part of the site token's key, so pages kept by an older release are never served."""
    release = getattr(settings, "RELEASE", "")
    if release:
        return release
    digest = hashlib.blake2b(digest_size=8)
    folders = [Path(folder) for engine in settings.TEMPLATES for folder in engine.get("DIRS", [])]
    folders += [Path(app.path) / "templates" for app in apps.get_app_configs()]
    for folder in folders:
        for file in sorted(folder.rglob("*.html")) if folder.is_dir() else []:
            digest.update(file.read_bytes())
    return digest.hexdigest()


EVERYTHING_KEY = f"pc:site:{_release()}"
# Headers a kept answer carries; the outer middleware (security, CSP) adds its own on every answer.
KEPT_HEADERS = ("Content-Type", "Cache-Control", "Vary", "Content-Language", "Link", "X-Robots-Tag")


def _cache():
    return caches["pages"]


def _digest(text):
    return hashlib.blake2b(text.encode(), digest_size=16).hexdigest()


def path_key(path):
    return f"pc:path:{_digest(path)}"


def entry_key(host, path, query):
    return f"pc:page:{_digest(f'{host}|{path}|{query}')}"


@dataclass(frozen=True)
class Tokens:
    site: str
    path: str


@dataclass(frozen=True)
class Entry:
    tokens: Tokens
    status: int
    headers: tuple
    body: bytes  # gzip-compressed
    etag: str
    stored_at: float  # seconds since the epoch, for Last-Modified
    brotli_body: bytes | None = None  # added after the first answer (add_brotli)

    def plain_body(self):
        return gzip.decompress(self.body)


def lookup(host, path, query):
    """(the kept entry or None, the tokens now in force): one round trip to the cache."""
    key = entry_key(host, path, query)
    found = _cache().get_many([EVERYTHING_KEY, path_key(path), key])
    tokens = _tokens_in(found, path)
    entry = found.get(key)
    return (entry, tokens) if entry is not None and entry.tokens == tokens else (None, tokens)


def current_tokens(path):
    """The tokens now in force for a path (one round trip), issued if the cache has none."""
    return _tokens_in(_cache().get_many([EVERYTHING_KEY, path_key(path)]), path)


def _tokens_in(found, path):
    """The tokens in a get_many answer; those it lacks (never issued, or evicted) are issued now."""
    site, current = found.get(EVERYTHING_KEY), found.get(path_key(path))
    if site is None or current is None:
        site, current = _issue_tokens(path)
    return Tokens(site, current)


def get_many(keys):
    return _cache().get_many(keys)


def put(key, value):
    _cache().set(key, value, timeout=settings.PAGE_CACHE_SECONDS)


def _issue_tokens(path):
    cache = _cache()
    cache.add(EVERYTHING_KEY, uuid.uuid4().hex, timeout=None)
    cache.add(path_key(path), uuid.uuid4().hex, timeout=None)
    found = cache.get_many([EVERYTHING_KEY, path_key(path)])
    # A cache that is down answers nothing: a token no entry has means nothing is ever served stale.
    return found.get(EVERYTHING_KEY, uuid.uuid4().hex), found.get(path_key(path), uuid.uuid4().hex)


def keep(host, path, query, tokens, status, headers, plain_body):
    """Keep a rendered answer; returns the entry (served to this reader too)."""
    entry = Entry(
        tokens=tokens,
        status=status,
        headers=tuple(headers),
        body=gzip.compress(plain_body, compresslevel=6, mtime=0),
        etag=f'W/"{hashlib.blake2b(plain_body, digest_size=12).hexdigest()}"',
        stored_at=time.time(),
    )
    _cache().set(entry_key(host, path, query), entry, timeout=settings.PAGE_CACHE_SECONDS)
    return entry


# Brotli at its densest: the demo guide's 67 KB of HTML come to 13.0 KB against gzip's 17.1 KB, so the
# page and its headers arrive in TCP's first flight (10 segments, 14.6 KB): a round trip less for a
# reader on a new connection. It costs ~40-120 ms of CPU once per kept page, spent after the answer
# has gone (middleware.py), never while a reader waits.
BROTLI_QUALITY = 11
# Readers who arrive while the copy is being made are answered in gzip and make none of their own: one
# thread on one server compresses each kept page (another may try once this has passed, should that one
# have died half-way).
BROTLI_CLAIM_SECONDS = 60


def add_brotli(host, path, query, entry):
    """Keep a Brotli copy beside the gzip one, unless another thread is already making it, or the kept
    entry has changed meanwhile (a purge, a newer render): then that one is kept as it is."""
    key = entry_key(host, path, query)
    if not _cache().add(f"{key}:brotli:{entry.etag}", True, timeout=BROTLI_CLAIM_SECONDS):
        return
    body = brotli.compress(entry.plain_body(), quality=BROTLI_QUALITY, mode=brotli.MODE_TEXT)
    if _cache().get(key) == entry:
        _cache().set(key, dataclasses.replace(entry, brotli_body=body), timeout=settings.PAGE_CACHE_SECONDS)


def purge_paths(paths, cache=None):
    """Make every kept copy of these paths stale (all their queries, on every host). `cache`: another
    process's page cache (the benchmark purges the server's)."""
    if paths:
        (cache or _cache()).set_many({path_key(path): uuid.uuid4().hex for path in paths}, timeout=None)


def purge_everything():
    _cache().set(EVERYTHING_KEY, uuid.uuid4().hex, timeout=None)
