from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Team


class TeamSnippetViewSet(SnippetViewSet):
    model = Team
    icon = "group"
    menu_label = "Teams"
    add_to_admin_menu = True
    menu_order = 260
    list_display = ["name", "slug"]


register_snippet(TeamSnippetViewSet)
