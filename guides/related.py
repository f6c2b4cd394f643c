"""Which guides a "Related guides" block shows: the editor's picks, then the category's newest."""

from django.apps import apps
from django.db.models import Case, IntegerField, Q, Value, When

from core.pages import in_a_private_section, not_expired


def related_guides(page, pick_ids, count):
    """Up to `count` live, public, unexpired guides: picks first in the editor's order, then the newest
    guides of the page's category. One query however many guides there are."""
    guide_model = apps.get_model("guides", "GuidePage")
    exclude_ids = {page.pk} if page and page.pk else set()
    pick_ids = [pk for pk in dict.fromkeys(pick_ids) if pk not in exclude_ids]
    category_id = getattr(page, "category_id", None)

    wanted = Q(pk__in=pick_ids) | (Q(category_id=category_id) if category_id else Q(pk__in=[]))
    candidates = (
        guide_model.objects.live()
        .filter(not_expired())
        .exclude(in_a_private_section())
        .exclude(pk__in=exclude_ids)
        .filter(wanted)
        .select_related("category")
        .defer_streamfields()
        # Picks first, then the category's newest: enough rows for every pick and a full top-up.
        .annotate(is_pick=Case(When(pk__in=pick_ids, then=Value(1)), default=Value(0), output_field=IntegerField()))
        .order_by("-is_pick", "-first_published_at", "-pk")[: len(pick_ids) + count]
    )
    candidates = list(candidates)
    picks_by_id = {guide.pk: guide for guide in candidates if guide.is_pick}
    guides = [picks_by_id[pk] for pk in pick_ids if pk in picks_by_id][:count]
    top_up = [guide for guide in candidates if not guide.is_pick and guide.category_id == category_id]
    return guides + top_up[: count - len(guides)]
