"""Drawing the social card of a page without a hero image: a 1200×630 PNG, drawn with Pillow from
the page's title and its label (a guide's category, a case study's sector).

Only the drawing: which image a page shows, and the card kept for it, are the `SocialCard` model's
business (guides/models/social_cards.py), so this module needs no model.
"""

from io import BytesIO
from pathlib import Path

from django.conf import settings
from PIL import Image, ImageDraw, ImageFont

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
