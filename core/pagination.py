"""Pagination whose later pages cost what the first one does (/guides/ and author pages both page
their listings with it).

Django's Paginator asks for page N as `OFFSET (N-1)*per_page LIMIT per_page` of the whole query,
so the database builds and sorts every full row before it (each listed guide joined with its
category and author) to hand back a dozen. KeysFirstPaginator asks for the same page of keys
only, inside the query that fetches the rows: the database sorts narrow (date, key) pairs, then
joins just the page's rows. Still one query per page, same order, same rows.
"""

from django.core.paginator import Paginator


class KeysFirstPaginator(Paginator):
    """A Paginator for an ordered queryset whose pages are fetched by their primary keys."""

    def _get_page(self, object_list, number, paginator):
        # `object_list` is the sliced queryset for this page; keep its slice as a subquery of keys.
        keys = object_list.values("pk")
        return super()._get_page(self.object_list.filter(pk__in=keys), number, paginator)
