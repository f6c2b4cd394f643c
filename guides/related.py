"""Which guides a "Related guides" block shows: the editor's picks, then the category's newest."""

from django.apps import apps

from .expiry import not_expired


def related_guides(page, pick_ids, count):
    """Up to `count` live, public, unexpired guides: picks first in the editor's order, then the newest
    guides of the page's category. Two queries however many guides there are."""
    guide_model = apps.get_model("guides", "GuidePage")
    listing = guide_model.objects.live().public().filter(not_expired()).select_related("category").defer_streamfields()
    exclude_ids = {page.pk} if page and page.pk else set()

    picks_by_id = listing.filter(pk__in=[pk for pk in pick_ids if pk not in exclude_ids]).in_bulk()
    guides = [picks_by_id[pk] for pk in dict.fromkeys(pick_ids) if pk in picks_by_id][:count]

    missing = count - len(guides)
    category_id = getattr(page, "category_id", None)
    if missing > 0 and category_id:
        exclude_ids.update(guide.pk for guide in guides)
        guides += list(
            listing.filter(category_id=category_id)
            .exclude(pk__in=exclude_ids)
            .order_by("-first_published_at", "-pk")[:missing]
        )
    return guides
