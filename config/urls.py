"""URLs: the admin, the API (/api/v1/, its schema and docs), feeds, sitemap, robots.txt and frameworks
data as CSV; then Wagtail serves every page."""

from django.conf import settings
from django.urls import include, path, re_path
from drf_spectacular.views import SpectacularAPIView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from api.docs import APIDocsView
from api.urls import not_found as api_not_found
from config.cache_headers import cache_publicly
from config.health import healthz, readyz
from config.media_files import serve_media
from core import routing
from guides.feeds import LatestGuidesFeed
from guides.search import search
from guides.sitemaps import sitemap, sitemap_section
from guides.views import robots_txt

urlpatterns = [
    path("admin/two-factor/", include("accounts.urls")),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
    # Public caching is opted into per route (config/cache_headers.py); everything else is private.
    # The sitemap and the feed are purged with the pages they list (guides/purging.py).
    path("sitemap.xml", cache_publicly(sitemap, shared=True), name="sitemap"),
    path("sitemap-pages.xml", cache_publicly(sitemap_section, shared=True), name="sitemap_section"),
    path("robots.txt", cache_publicly(robots_txt), name="robots_txt"),
    path("feeds/guides/", cache_publicly(LatestGuidesFeed(), shared=True), name="guides_feed"),
    path("search/", search, name="search"),
    path("frameworks/data/", cache_publicly(include("frameworks.urls"))),
    path("api/v1/", cache_publicly(include("api.urls"), vary=["Authorization"])),
    path("api/schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("api/docs/", APIDocsView.as_view(url_name="api_schema"), name="api_docs"),
    re_path(r"^api/", api_not_found),
]

if settings.MEDIA_SERVED_BY_APP:
    media_prefix = settings.MEDIA_URL.lstrip("/")
    urlpatterns += [re_path(rf"^{media_prefix}(?P<path>.+)$", cache_publicly(serve_media), name="media")]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Wagtail's URLs, its serve view finding each page by its address (core/routing.py).
wagtail_pages = [pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtail_serve"]
wagtail_pages.append(re_path(wagtail_urls.serve_pattern, routing.serve, name="wagtail_serve"))
urlpatterns += [path("", cache_publicly(include(wagtail_pages), shared=True))]
