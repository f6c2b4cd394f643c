"""Rendered parts of a page kept between requests, made stale by the same purges as whole pages.

A page's whole answer is kept only for anonymous readers (middleware.py); a signed-in editor, a
reader with a made-up query parameter and a cold cache all render the page. The costly parts of a
page (a guide's body: its data blocks, citations and related cards) are the same for every one of
those requests, so they are kept too, under the tokens of the page's path (store.py): whatever
purges the page's path makes its parts stale at once. Previews never use them.
"""

from urllib.parse import urlsplit

from django.conf import settings

from . import store


class KeptFragments:
    """The parts of one page kept so far: `get(name)` is the HTML or None; `keep(name, html)`."""

    def __init__(self, page, request, names):
        path = urlsplit(page.get_url(request) or "").path
        self.tokens = store.current_tokens(path)
        self.keys = {name: f"pc:part:{page.pk}:{name}:{self.tokens.site}:{self.tokens.path}" for name in names}
        self.kept = store.get_many(list(self.keys.values()))

    def get(self, name):
        return self.kept.get(self.keys[name])

    def keep(self, name, html):
        store.put(self.keys[name], html)

    @property
    def all_kept(self):
        return all(key in self.kept for key in self.keys.values())


def kept_fragments(page, request, names):
    """The page's kept parts, or None where parts must not be kept (previews, the cache turned off)."""
    if not settings.PAGE_CACHE_SECONDS or getattr(request, "is_preview", False) or not page.live:
        return None
    return KeptFragments(page, request, names)
