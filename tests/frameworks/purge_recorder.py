"""A front-end cache backend that records what it is asked to purge, in place of a CDN's API.

Configured through WAGTAILFRONTENDCACHE like any backend, so a test sees exactly the URLs a real
CDN would receive, duplicates included.
"""

from wagtail.contrib.frontend_cache.backends import BaseBackend

purged_urls = []


class RecordingBackend(BaseBackend):
    def purge(self, url):
        purged_urls.append(url)

    def purge_batch(self, urls):
        purged_urls.extend(urls)
