"""The frameworks data admin: the "Frameworks data" menu of listings and editors, and its place
among the admin-wide searches."""

from django.urls import path
from wagtail import hooks
from wagtail.snippets.models import register_snippet

from .admin_search import FrameworksDataSearchView, search_area
from .viewsets import FrameworksDataSnippetViewSetGroup

register_snippet(FrameworksDataSnippetViewSetGroup)


@hooks.register("register_admin_urls")
def register_search_url():
    return [path("frameworks-data/search/", FrameworksDataSearchView.as_view(), name="frameworks_data_search")]


@hooks.register("register_admin_search_area")
def register_search_area():
    return search_area()
