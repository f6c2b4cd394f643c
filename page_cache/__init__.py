"""The page cache for anonymous readers, and the purge that keeps it exact (README "Caching").

store.py keeps rendered pages (gzip-compressed) in the "pages" cache: Redis when configured, local
memory otherwise. middleware.py serves them. purge.py forgets paths once a change commits and tells
a configured CDN the same paths through Wagtail's front-end cache. Which paths a change touches is
the content apps' business (guides/purging.py); this app imports none of them.
"""
