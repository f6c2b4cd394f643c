"""Template helpers for guide pages: cited rich text, JSON-LD and meta descriptions."""

import json
import re

from django import template
from django.templatetags.static import static
from django.utils.safestring import mark_safe
from wagtail.models import Page

from authors.models import AuthorPage
from renditions.ready import ready
from renditions.specs import AUTHOR_LARGE

from .. import structured_data
from ..citations import cited_html
from ..feeds import LatestGuidesFeed
from ..models import CallToAction, CaseStudyPage, GuidePage, SiteChrome
from ..models.social_cards import framework_social_image, social_image
from ..site_address import site_root_url
from ..social_card import site_name

register = template.Library()

JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def cited(context, value):
    """Render rich text with its [cite:KEY] markers linked to the page's numbered sources."""
    page = context.get("page")
    numbers = getattr(page, "source_numbers", None) or {}
    return cited_html(value, numbers, linked_pages=getattr(page, "linked_pages", None))


@register.filter
def json_ld(data):
    """A dict as the body of a <script type="application/ld+json">, safe against </script>."""
    return mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES))


@register.simple_tag(takes_context=True)
def page_structured_data(context, page, image=None):
    """The JSON-LD documents for a page: breadcrumbs everywhere, plus its own kind's."""
    request = context["request"]
    documents = []
    if page.depth > 2:
        documents.append(structured_data.breadcrumbs(breadcrumb_trail(page), request))
    if isinstance(page, GuidePage):
        documents.append(structured_data.article(page, request, image_object(context, image)))
        questions = page.faq_items()
        if questions:
            documents.append(structured_data.faq_page(questions))
        documents.extend(structured_data.datasets(page, request))
    elif isinstance(page, CaseStudyPage):
        publisher = organization_data(context, SiteChrome.for_request(request))
        documents.append(structured_data.case_study(page, request, image_object(context, image), publisher))
    elif isinstance(page, AuthorPage):
        photo = ready(page.photo).get_rendition(AUTHOR_LARGE) if page.photo else None
        documents.append(structured_data.person_page(page, request, photo and absolute_url(context, photo.url)))
    return documents


def image_object(context, image):
    """A social image (guides/models/social_cards.py) as a schema.org ImageObject with its size."""
    if image is None:
        return None
    return {
        "@type": "ImageObject",
        "url": absolute_url(context, image.url),
        "width": image.width,
        "height": image.height,
    }


@register.simple_tag(takes_context=True)
def organization_data(context, site_chrome):
    if not site_chrome:  # no Wagtail Site answers this request (an empty database): nothing to describe
        return None
    root = site_root_url(context["request"])
    return structured_data.organization(site_chrome, root + "/", logo_url=root + static("logo.svg"))


@register.simple_tag
def feed_title():
    """The guides feed's own title, so the page's feed link names it as a feed reader will."""
    return LatestGuidesFeed().title()


META_DESCRIPTION_LENGTH = 160

# The stylesheet has a class per quarter of the width and height (`focus-x-0` … `focus-y-100`):
# the policy allows no inline styles, and a quarter is as close as a cropped hero needs.
FOCAL_STEPS = 4


@register.filter
def focal_point_class(image):
    """The classes that keep an image's focal point (or its middle) in view when it is cropped."""
    if image is None:
        return ""
    focal = image.get_focal_point()
    x, y = (focal.centroid.x, focal.centroid.y) if focal else (image.width / 2, image.height / 2)

    def step(value, size):
        return round(value / size * FOCAL_STEPS) * 100 // FOCAL_STEPS if size else 50

    return f"focus-x-{step(x, image.width)} focus-y-{step(y, image.height)}"


@register.simple_tag(takes_context=True)
def page_social_image(context, page):
    """A link preview's image for a page that has none of its own (home, listings, an author, the
    frameworks page, content pages; a framework's profile has `framework_card`): a card drawn from
    its title, labelled "Author" on an author's page and with the site's name elsewhere, stored once
    like a guide's."""
    if not isinstance(page, Page) or page.pk is None:
        return None
    label = "Author" if isinstance(page.specific_deferred, AuthorPage) else site_name()
    return social_image(page, label, context.get("request"))


@register.simple_tag(takes_context=True)
def framework_card(context, framework):
    """A framework profile's own link-preview image (guides/models/social_cards.py)."""
    return framework_social_image(framework, context.get("request"))


@register.simple_tag
def meta_description(page):
    """The editor's search description, or the standfirst (or intro) cut at a word boundary with an
    ellipsis: search engines show about 160 characters, and a word cut in half reads as a typo."""
    if page.search_description:
        return shorten(" ".join(page.search_description.split()), META_DESCRIPTION_LENGTH)
    text = getattr(page, "standfirst", "") or getattr(page, "intro", "") or getattr(page, "summary", "") or ""
    return whole_sentences(" ".join(text.split()), META_DESCRIPTION_LENGTH)


def whole_sentences(text, limit):
    """As many of the text's sentences as fit in `limit` characters, so a description reads whole;
    only a first sentence longer than that is cut, at a word."""
    kept = ""
    for sentence in re.split(r"(?<=[.!?])\s+", text):
        candidate = f"{kept} {sentence}".strip()
        if len(candidate) > limit:
            break
        kept = candidate
    return kept or shorten(text, limit)


CARD_SUMMARY_LENGTH = 120


@register.filter
def card_summary(page):
    """What a card says of a page: the editor's own summary (the search description, written to be
    read whole), or the standfirst (or intro) cut at a word, never inside one."""
    if page.search_description:
        return shorten(" ".join(page.search_description.split()), META_DESCRIPTION_LENGTH)
    text = getattr(page, "standfirst", "") or getattr(page, "intro", "") or ""
    return shorten(" ".join(text.split()), CARD_SUMMARY_LENGTH)


def shorten(text, limit):
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.-–—")
    return f"{cut}…"


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """A site-relative URL (a rendition, a page) made absolute with the Wagtail Site's address."""
    if url.startswith(("http://", "https://")):
        return url
    return site_root_url(context["request"]) + url


@register.simple_tag
def breadcrumb_trail(page):
    """The pages from the home page down to `page`. A page that keeps them (`GuidePage.breadcrumb_trail`,
    read with its view restrictions) answers for itself; any other page's are fetched here, once per
    page render (its JSON-LD and its visible breadcrumbs both ask), and kept on it for this tag alone."""
    if hasattr(page, "breadcrumb_trail"):
        return page.breadcrumb_trail
    if not hasattr(page, "_breadcrumb_trail"):
        page._breadcrumb_trail = list(page.get_ancestors(inclusive=True).filter(depth__gt=1).specific(defer=True))
    return page._breadcrumb_trail


@register.simple_tag(takes_context=True)
def page_cta(context, page=None):
    """The call to action `page` shows (its own, its category's, or the site default)."""
    chrome = context.get("settings") and context["settings"]["guides"]["SiteChrome"]
    return CallToAction.for_page(page, chrome.default_cta if chrome else None)


@register.simple_tag
def cta_href(cta, page=None):
    """The CTA button's address, carrying the guide and CTA the visitor came from to our booking page."""
    if not cta:
        return ""
    return cta.url_from(guide=page if isinstance(page, GuidePage) else None)
