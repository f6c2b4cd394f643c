"""The image a page shows in link previews (Open Graph, Twitter) and in its Article JSON-LD.

A page with a hero image uses a 1200×630 rendition of it. A page without one gets a card drawn from
its title and its label (a guide's category, a case study's sector; guides/social_card.py draws it),
stored once as a `SocialCard` and drawn again only when the title or label changes: a request reads
one row. A framework's profile (/frameworks/<slug>/, not a page of its own) gets its own card the same
way, drawn from the framework's name and "<language> <kind>", kept against the framework.
"""

import hashlib
import logging
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.db import IntegrityError, models, transaction
from django.db.models import Q

from renditions.ready import ready
from renditions.specs import SOCIAL

from ..social_card import HEIGHT, WIDTH, draw_card, site_name

logger = logging.getLogger(__name__)


class SocialCard(models.Model):
    """A 1200×630 card drawn from a page's title and category (or a framework's name, language and
    kind, for its profile); drawn again only when either changes."""

    page = models.OneToOneField(
        "wagtailcore.Page", null=True, blank=True, on_delete=models.CASCADE, related_name="social_card"
    )
    framework = models.OneToOneField(
        "frameworks.Framework", null=True, blank=True, on_delete=models.CASCADE, related_name="social_card"
    )
    drawn_from = models.CharField(max_length=64, help_text="A digest of the text it was drawn from.")
    image = models.ImageField(upload_to="social-cards/", width_field="width", height_field="height")
    width = models.PositiveSmallIntegerField(default=0)
    height = models.PositiveSmallIntegerField(default=0)

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(page__isnull=False, framework__isnull=True) | Q(page__isnull=True, framework__isnull=False),
                name="social_card_of_one_page_or_one_framework",
            )
        ]

    def __str__(self):
        if self.framework_id:
            return f"Social card for framework {self.framework_id}"
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
    try:
        card = social_card(page, label)
    except Exception:
        # The card is a link preview's decoration: media storage that fails to take it (a bucket out of
        # reach, credentials refused, a full disk) must not fail the page. It is drawn on a later request.
        logger.exception("The social card of page %s could not be stored; the page is served without one", page.pk)
        return None
    return SocialImage(card.image.url, card.width, card.height, f"{label}: {page.title}")


def stored_card(page):
    """The page's stored card, or None: fetched with the page when it was (GuidePage.SHOWN_RELATIONS)."""
    relation = SocialCard._meta.get_field("page").remote_field
    if relation.is_cached(page):
        return relation.get_cached_value(page)
    return SocialCard.objects.filter(page_id=page.pk).first()


def social_card(page, label):
    return _drawn_card("page", page.pk, page.title, label, stored_card(page))


def framework_social_image(framework, request=None):
    """A framework profile's social image: its own card, drawn from its name, language and kind, stored
    like a page's (one row read a request) and failing soft the same way. None in a preview."""
    if framework.pk is None or getattr(request, "is_preview", False):
        return None
    label = f"{framework.language.name} {framework.get_kind_display().lower()}"
    try:
        stored = SocialCard.objects.filter(framework_id=framework.pk).first()
        card = _drawn_card("framework", framework.pk, framework.name, label, stored)
    except Exception:
        logger.exception(
            "The social card of framework %s could not be stored; the profile is served without one", framework.pk
        )
        return None
    return SocialImage(card.image.url, card.width, card.height, f"{label}: {framework.name}")


def _drawn_card(owner, owner_id, title, label, card):
    """The stored card of this page or framework (`owner`), drawn again when its text changed."""
    digest = hashlib.sha256(f"{label}\n{title}\n{site_name()}".encode()).hexdigest()
    if card is not None and card.drawn_from == digest:
        return card
    if card is None:
        card = SocialCard(**{f"{owner}_id": owner_id})
    elif card.image:
        card.image.delete(save=False)
    card.drawn_from = digest
    card.image.save(f"{owner}-{owner_id}-{digest[:12]}.png", ContentFile(draw_card(title, label)), save=False)
    card.width, card.height = WIDTH, HEIGHT
    try:
        with transaction.atomic():
            card.save()
    except IntegrityError:
        drawn_first = SocialCard.objects.filter(**{f"{owner}_id": owner_id}).first()
        if drawn_first is None:
            raise
        card.image.delete(save=False)
        return drawn_first  # another request drew it at the same moment: theirs serves as well
    return card
