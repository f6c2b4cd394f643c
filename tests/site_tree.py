"""The bare site every factory-built page hangs from: Wagtail's tree root, a home page, the default site.

Wagtail's migrations make the tree root, the default locale and collection; SQLite test runs skip
migrations and flushed databases lose them, so they are made here when missing.
"""

from wagtail.models import Page, Site

from guides.demo.load import DemoLoader
from guides.models import HomePage

SITE_HOSTNAME = "localhost"


def home_page():
    """The site's home page at http://localhost/, made (with its site) on first use."""
    home = HomePage.objects.first()
    if home:
        return home
    Page.objects.filter(depth=2, content_type__model="page").delete()  # Wagtail's "Welcome" placeholder
    root = Page.get_first_root_node() or DemoLoader.make_tree_root()
    home = HomePage(title="Home", slug="home")
    root.add_child(instance=home)
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": SITE_HOSTNAME, "port": 80, "root_page": home, "site_name": "Guides"},
    )
    return home
