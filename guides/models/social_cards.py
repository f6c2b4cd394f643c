"""The image a page shows in link previews (Open Graph, Twitter) and in its Article JSON-LD.

A page with a hero image uses a 1200×630 rendition of it. A page without one gets a card drawn from
its title and its label (a guide's category, a case study's sector; guides/social_card.py draws it),
stored once as a `SocialCard` and drawn again only when the title or label changes: a request reads
one row.
"""

import hashlib
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import IntegrityError, models, transaction

from renditions.ready import ready
from renditions.specs import SOCIAL

from ..social_card import HEIGHT, WIDTH, draw_card, site_name


class SocialCard(models.Model):
    """A 1200×630 card drawn from a page's title and category; drawn again only when either changes."""

    page = models.OneToOneField("wagtailcore.Page", on_delete=models.CASCADE, related_name="social_card")
    drawn_from = models.CharField(max_length=64, help_text="A digest of the text it was drawn from.")
    image = models.ImageField(upload_to="social-cards/", width_field="width", height_field="height")
    width = models.PositiveSmallIntegerField(default=0)
    height = models.PositiveSmallIntegerField(default=0)

    def __str__(self):
        return f"Social card for page {self.page_id}"


@dataclass(frozen=True)
class SocialImage:
    url: str
    width: int
    height: int
    alt: str


def social_image(page, label, request=None):
    """The page's social image: its hero's rendition, or its stored card (drawn when missing or
    stale). A preview gets no card: one drawn from a draft's title would be kept, in public media."""
    hero = getattr(page, "hero_image", None)
    if hero is not None:
        # Looked up, never made here: the worker makes it (renditions/), a placeholder stands in till then.
        rendition = ready(hero).get_rendition(SOCIAL)
        return SocialImage(rendition.url, rendition.width, rendition.height, hero.default_alt_text)
    if page.pk is None or getattr(request, "is_preview", False):
        return None
    card = social_card(page, label)
    return SocialImage(card.image.url, card.width, card.height, f"{label}: {page.title}")


def stored_card(page):
    """The page's stored card, or None: fetched with the page when it was (GuidePage.SHOWN_RELATIONS)."""
    relation = SocialCard._meta.get_field("page").remote_field
    if relation.is_cached(page):
        return relation.get_cached_value(page)
    return SocialCard.objects.filter(page_id=page.pk).first()


def social_card(page, label):
    digest = hashlib.sha256(f"{label}\n{page.title}\n{site_name()}".encode()).hexdigest()
    card = stored_card(page)
    if card is not None and card.drawn_from == digest:
        return card
    if card is None:
        card = SocialCard(page_id=page.pk)
    elif card.image:
        card.image.delete(save=False)
    card.drawn_from = digest
    card.image.save(f"page-{page.pk}-{digest[:12]}.png", ContentFile(draw_card(page.title, label)), save=False)
    card.width, card.height = WIDTH, HEIGHT
    try:
        with transaction.atomic():
            card.save()
    except IntegrityError:
        drawn_first = SocialCard.objects.filter(page_id=page.pk).first()
        if drawn_first is None:
            raise
        card.image.delete(save=False)
        return drawn_first  # another request drew it at the same moment: theirs serves as well
    return card
