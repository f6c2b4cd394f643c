"""Find the page an address names by its URL path, in two queries, instead of walking the tree.

Wagtail routes a request from the site's root page down, one level at a time: each level reads the
child with the next slug, then its specific row (two queries a level, six for a guide). Every page
stores its whole `url_path`, so the pages on the way are known from the address alone: one query
reads them all (specific, their fields deferred) and one more reads the deepest page whole. The
deepest page found then routes what is left of the address as Wagtail would (a routable page's
sub-addresses, a 404 for an unknown child).

Wagtail's own routing is kept wherever a page on the way routes its children itself (a routable page
above the one asked for) and where translations are on: the result is always what Wagtail's walk
would give. `serve` hands the route to Wagtail's serve through `Page.route_for_request`'s
per-request cache, so hooks, view restrictions and `find_for_request` work unchanged.

A page model may say how a page of its type is read to be served (`serving_queryset()`, e.g. with
the records its template shows joined). The deepest page gets `routed_ancestors`: the pages above
it up to the tree's root, as read here, for breadcrumbs without reading them again, and
`routed_without_restrictions`, true when none of them nor the page has a view restriction.
"""

from django.conf import settings
from django.db.models import Exists, OuterRef, Q
from django.http import Http404
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.views import serve as wagtail_serve


def serve(request, path):
    """Wagtail's serve, with the page found by `route_by_url_path`."""
    route_by_url_path(request, path)
    return wagtail_serve(request, path)


def route_by_url_path(request, path):
    """Route the request as Wagtail would and keep the result where `Page.route_for_request` looks
    for it. Leaves the request alone where Wagtail's walk must route it."""
    if hasattr(request, "_wagtail_route_for_request") or getattr(settings, "WAGTAIL_I18N_ENABLED", False):
        return
    site = Site.find_for_request(request)
    if site is None:
        return
    root = site.root_page
    components = [component for component in path.split("/") if component]
    if not components:
        return  # the root page itself: Wagtail reads it in one query
    url_paths = [root.url_path + "".join(f"{slug}/" for slug in components[:n]) for n in range(len(components) + 1)]
    above_root = [root.path[:length] for length in range(Page.steplen, len(root.path), Page.steplen)]
    # url_path has no index; slug has: the slugs pick a handful of rows, whatever the site's size.
    below = Q(url_path__in=url_paths, slug__in=[root.slug, *components], path__startswith=root.path)
    on_the_way = below | Q(path__in=above_root)
    restricted = Exists(PageViewRestriction.objects.filter(page_id=OuterRef("pk")))
    found = Page.objects.filter(on_the_way).annotate(has_view_restriction=restricted).specific(defer=True)
    pages = sorted(found, key=lambda page: page.depth)
    above, chain = (
        [page for page in pages if page.depth < root.depth],
        [page for page in pages if page.depth >= root.depth],
    )
    if not chain or chain[0].pk != root.pk or [page.depth - root.depth for page in chain] != list(range(len(chain))):
        return  # not under this site's root page
    if any(type(page).route is not Page.route for page in chain[:-1]) or chain[-1].specific_class is None:
        return  # a page on the way routes its own sub-addresses, or the deepest one's model is gone
    model = chain[-1].specific_class
    rows = model.serving_queryset() if hasattr(model, "serving_queryset") else model.objects
    deepest = rows.get(pk=chain[-1].pk)
    deepest.routed_ancestors = above + chain[:-1]
    deepest.routed_without_restrictions = not any(page.has_view_restriction for page in pages)
    if len(chain) > 1:
        deepest._cached_parent_obj = chain[-2]  # treebeard's get_parent reads it, as after Wagtail's walk
    try:
        request._wagtail_route_for_request = deepest.route(request, components[len(chain) - 1 :])
    except Http404:
        request._wagtail_route_for_request = None
