"""The image a page shows in link previews (Open Graph, Twitter) and in its Article JSON-LD.

A page with a hero image uses a 1200×630 rendition of it. A page without one gets a card drawn
with Pillow from its title and its label (a guide's category, a case study's sector), stored once
as a `SocialCard` and drawn again only when the title or label changes: a request reads one row.
"""

import hashlib
from dataclasses import dataclass
from io import BytesIO
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from PIL import Image, ImageDraw, ImageFont

from renditions.ready import ready
from renditions.specs import SOCIAL

WIDTH, HEIGHT = 1200, 630
MARGIN = 80
BACKGROUND = (23, 32, 42)  # the site's --band
INK = (255, 255, 255)
ACCENT = (156, 193, 255)  # --band-accent
RULE = (31, 95, 209)  # --accent
BOLD_FONTS = [
    "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationSans-Bold.ttf",
]
TITLE_SIZES = (72, 64, 56, 48)  # the largest that fits the title in four lines
TITLE_MAX_LINES = 4


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
    from .models import SocialCard

    relation = SocialCard._meta.get_field("page").remote_field
    if relation.is_cached(page):
        return relation.get_cached_value(page)
    return SocialCard.objects.filter(page_id=page.pk).first()


def social_card(page, label):
    from .models import SocialCard  # models import this module's callers

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


def site_name():
    return settings.WAGTAIL_SITE_NAME


def draw_card(title, label, site=None):
    """A 1200×630 PNG: the label over the title in large type, the site's name at the foot."""
    image = Image.new("RGB", (WIDTH, HEIGHT), BACKGROUND)
    draw = ImageDraw.Draw(image)
    draw.rectangle([(0, 0), (WIDTH, 12)], fill=RULE)
    draw.text((MARGIN, MARGIN), label.upper(), font=font(30), fill=ACCENT)
    title_font, lines = fit_title(draw, title)
    line_height = int(title_font.size * 1.2)
    top = MARGIN + 70
    for number, line in enumerate(lines):
        draw.text((MARGIN, top + number * line_height), line, font=title_font, fill=INK)
    draw.text((MARGIN, HEIGHT - MARGIN - 34), site or site_name(), font=font(32), fill=INK)
    out = BytesIO()
    image.save(out, format="PNG", optimize=True)
    return out.getvalue()


def fit_title(draw, title):
    """The largest size at which the title wraps into four lines; the last line ends in … if even
    the smallest size needs more."""
    width = WIDTH - 2 * MARGIN
    for size in TITLE_SIZES:
        title_font = font(size)
        lines = wrap(draw, title, title_font, width)
        if len(lines) <= TITLE_MAX_LINES:
            return title_font, lines
    lines = lines[:TITLE_MAX_LINES]
    last = lines[-1]
    while draw.textlength(f"{last}…", font=title_font) > width and " " in last:
        last = last.rsplit(" ", 1)[0]
    lines[-1] = f"{last}…"
    return title_font, lines


def wrap(draw, text, text_font, width):
    lines, line = [], ""
    for word in text.split():
        candidate = f"{line} {word}".strip()
        if line and draw.textlength(candidate, font=text_font) > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line] if line else lines


def font(size):
    for path in BOLD_FONTS:
        if Path(path).exists():
            return ImageFont.truetype(path, size)
    return ImageFont.load_default(size)  # Pillow's own scalable font, on a machine without DejaVu
