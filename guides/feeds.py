"""RSS feed of the newest guides."""

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Rss201rev2Feed

from .models.pages import GuideIndexPage, guide_listing
from .site_address import site_root_url

FEED_LENGTH = 20


class LatestGuidesFeed(Feed):
    feed_type = Rss201rev2Feed
    description = "The newest guides, newest first."

    def title(self):
        """The site's name, so a feed reader's list says whose guides these are."""
        return settings.WAGTAIL_SITE_NAME

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    # Absolute addresses from the Wagtail Site, so that nothing in the feed comes from the Host header
    # (Django's Feed would otherwise complete relative links with it).
    def link(self):
        index = GuideIndexPage.objects.live().first()
        return index.get_full_url(self.request) if index else site_root_url(self.request) + "/"

    def feed_url(self):
        return site_root_url(self.request) + reverse("guides_feed")

    def items(self):
        return guide_listing()[:FEED_LENGTH]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.standfirst

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.updated_on

    def item_author_name(self, item):
        return item.author.title if item.author else None

    def item_categories(self, item):
        return [item.category.name]
