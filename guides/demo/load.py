"""Load the demo content: the reference guide, its people and its site, on top of the frameworks
records that frameworks/demo/ loads.

Idempotent and non-destructive: every record and page is looked up by its natural key (slug,
name) and created only when missing. What exists is never changed, so a second run keeps
whatever editors have edited, and restores only what was deleted.
"""

import json
import re
from datetime import UTC, datetime
from io import BytesIO
from uuid import uuid4

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.files.images import ImageFile
from django.db import transaction
from django.dispatch import Signal
from django.utils.text import slugify
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site

from authors.models import AuthorIndexPage, AuthorPage, Team
from frameworks.demo.load import load_frameworks_demo
from frameworks.models import AdoptionSurvey, Benchmark, ComparisonMatrix, DecisionGuide, FrameworkIndexPage
from guides.models import (
    CallToAction,
    CaseStudyIndexPage,
    CaseStudyOutcome,
    CaseStudyPage,
    ContentPage,
    GuideCategory,
    GuideIndexPage,
    GuidePage,
    HomePage,
    SiteChrome,
)

from . import content, sources
from .images import portrait_jpeg, server_stack_jpeg

GUIDE_PUBLISHED = datetime(2026, 6, 28, 9, 0, tzinfo=UTC)
HERO_IMAGE_TITLE = "Server stack blocks"
AUTHOR_PHOTO_TITLE = "Kanika Mathur"
PAGE_LINK_PLACEHOLDER = re.compile(r"\{page:([a-z0-9-]+)\}")
BOOKING_PAGE_SLUG = "book-a-discovery-call"

# Sent once the home page and content pages exist, with `home` and `loader`: an app that makes pages
# of its own (bookings: the booking page the calls to action point to) loads them and returns
# {slug: page}, without this app importing it.
demo_pages_loading = Signal()


class DemoLoader:
    def __init__(self, log=print):
        self.log = log
        self.created = []

    def _created(self, what):
        self.created.append(what)
        self.log(f"  created {what}")

    @transaction.atomic
    def run(self):
        self.created += load_frameworks_demo(log=self.log)
        home = self.load_site()
        categories = self.load_categories()
        team = self.load_team()
        guide_index = self.ensure_page(home, GuideIndexPage, **content.GUIDE_INDEX)
        author_index = self.ensure_page(home, AuthorIndexPage, **content.AUTHOR_INDEX)
        frameworks_page = self.ensure_page(home, FrameworkIndexPage, **content.FRAMEWORK_INDEX)
        author = self.load_author(author_index)
        content_pages = self.load_content_pages(home)
        content_pages["case-studies"] = self.load_case_studies(home, categories)
        for _receiver, pages in demo_pages_loading.send(sender=DemoLoader, home=home, loader=self):
            content_pages.update(pages or {})
        booking_page = content_pages.get(BOOKING_PAGE_SLUG)
        cta = self.load_cta(booking_page)
        general_cta = self.load_cta(booking_page, content.GENERAL_CTA)
        self.load_site_chrome(guide_index, frameworks_page, content_pages, general_cta)
        related = self.load_related_guides(guide_index, categories, author)
        self.load_reference_guide(guide_index, categories, author, team, related, content_pages, cta)
        self.feature_on_home(home, content.GUIDE["slug"])
        return self.created

    def feature_on_home(self, home, slug):
        """The reference guide leads the home page (the editor's choice), unless one is chosen."""
        if home.featured_guide_id is None:
            home.featured_guide = GuidePage.objects.get(slug=slug)
            home.save_revision().publish()

    # Site, people, snippets ---------------------------------------------------------------
    def load_site(self):
        home = HomePage.objects.first()
        if home:
            return home
        # Wagtail's own "Welcome" page (a plain Page) makes way for the home page; the default
        # site that points at it goes with it and is made again below.
        for placeholder in Page.objects.filter(depth=2, content_type__model="page", numchild=0):
            placeholder.delete()
        root = Page.get_first_root_node() or self.make_tree_root()
        home = HomePage(slug="home", **content.HOME)
        root.add_child(instance=home)
        home.save_revision().publish()
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={"hostname": "127.0.0.1", "port": 8000, "root_page": home, "site_name": "Guides"},
        )
        self._created("home page and default site")
        return home

    @staticmethod
    def make_tree_root():
        """Wagtail's migrations make the locale and the roots of the page and collection trees;
        a flushed database (as in transactional tests) has none of them."""
        Locale.objects.get_or_create(language_code=get_supported_content_language_variant(settings.LANGUAGE_CODE))
        if not Collection.get_first_root_node():
            Collection.add_root(name="Root")
        return Page.add_root(title="Root", slug="root", content_type=ContentType.objects.get_for_model(Page))

    def load_categories(self):
        categories = {}
        for name in sources.CATEGORIES:
            categories[name], made = GuideCategory.objects.get_or_create(name=name, defaults={"slug": slugify(name)})
            if made:
                self._created(f"category {name}")
        return categories

    def load_team(self):
        spec = content.REVIEWER_TEAM
        team, made = Team.objects.get_or_create(slug=spec["slug"], defaults=spec)
        if made:
            self._created(f"team {team}")
        return team

    def load_author(self, author_index):
        spec = dict(content.AUTHOR)
        photo = self.image(AUTHOR_PHOTO_TITLE, "", portrait_jpeg, "kanika-mathur.jpg")
        return self.ensure_page(author_index, AuthorPage, title=spec.pop("name"), photo=photo, **spec)

    def load_content_pages(self, home):
        pages = {}
        for spec in content.CONTENT_PAGES:
            spec = dict(spec)
            parent = pages[spec.pop("parent")] if spec.get("parent") else home
            spec.pop("parent", None)
            spec["body"] = self.stream_json(spec["body"], pages)
            pages[spec["slug"]] = self.ensure_page(parent, ContentPage, **spec)
        return pages

    def load_case_studies(self, home, categories):
        index = self.ensure_page(home, CaseStudyIndexPage, **content.CASE_STUDY_INDEX)
        if not isinstance(index, CaseStudyIndexPage):
            # A database loaded before case studies existed holds a plain page here; it may carry
            # editors' work, so it stays, and the case studies wait until an editor replaces it.
            self.log(f"  kept the {type(index).__name__} at {index.url_path}: delete it for the case-study index")
            return index
        for position, spec in enumerate(content.CASE_STUDIES):
            spec = dict(spec)
            self.ensure_page(
                index,
                CaseStudyPage,
                published=datetime(2026, 2, 4 + position * 7, 9, 0, tzinfo=UTC),
                category=categories[spec.pop("category")],
                stack=self.stream_json([("technology", name) for name in spec.pop("stack")], {}),
                outcomes=[CaseStudyOutcome(figure=figure, label=label) for figure, label in spec.pop("outcomes")],
                body=self.stream_json(spec.pop("body"), {}),
                related=json.dumps([{"type": "related_guides", "value": {"count": 3, "picks": []}}]),
                **spec,
            )
        return index

    def load_cta(self, booking_page, spec=content.CTA):
        cta, made = CallToAction.objects.get_or_create(name=spec["name"], defaults=dict(spec, link_page=booking_page))
        if made:
            self._created(f"call to action {cta}")
        return cta

    def load_site_chrome(self, guide_index, frameworks_page, content_pages, cta):
        chrome = SiteChrome.for_site(Site.objects.get(is_default_site=True))
        if chrome.header_cta_id or chrome.navigation:
            return
        chrome.linkedin_url = content.AUTHOR["linkedin_url"]
        chrome.header_cta = cta
        chrome.default_cta = cta
        chrome.navigation = json.dumps(
            [
                {"type": "link", "value": {"label": "Guides", "page": guide_index.pk}},
                {"type": "link", "value": {"label": "Frameworks", "page": frameworks_page.pk}},
                {"type": "link", "value": {"label": "Case Studies", "page": content_pages["case-studies"].pk}},
            ]
        )
        chrome.save()
        self._created("site chrome")

    # Guides -------------------------------------------------------------------------------
    def load_related_guides(self, guide_index, categories, author):
        guides = []
        for position, spec in enumerate(content.RELATED_GUIDES):
            published = datetime(2026, 3 + position // 3, 2 + (position % 3) * 9, 9, 0, tzinfo=UTC)
            guides.append(
                self.ensure_page(
                    guide_index,
                    GuidePage,
                    slug=spec["slug"],
                    published=published,
                    title=spec["title"],
                    standfirst=spec["standfirst"],
                    search_description=spec.get("search_description", ""),
                    category=categories[spec["category"]],
                    author=author,
                    body=self.stream_json(spec["body"], {}),
                    related=json.dumps([{"type": "related_guides", "value": {"count": 3, "picks": []}}]),
                )
            )
        return guides

    def load_reference_guide(self, guide_index, categories, author, team, related, content_pages, cta=None):
        spec = content.GUIDE
        links = {slug: page.pk for slug, page in content_pages.items()}
        body = list(spec["body"]) + [("faq", spec["faq"])]
        self.ensure_page(
            guide_index,
            GuidePage,
            slug=spec["slug"],
            published=GUIDE_PUBLISHED,
            title=spec["title"],
            standfirst=spec["standfirst"],
            search_description=spec["search_description"],
            category=categories["Engineering"],
            author=author,
            reviewer_team=team,
            last_reviewed_at=GUIDE_PUBLISHED,  # reviewed before it went live, as the page says
            author_note=spec["author_note"],
            cta=cta,  # the backend call to action; every other page shows the general one
            hero_image=self.image(HERO_IMAGE_TITLE, spec["hero_alt"], server_stack_jpeg, "server-stack-blocks.jpg"),
            body=self.stream_json(body, links),
            sources=json.dumps([self.source_block(source) for source in sources.SOURCES]),
            related=json.dumps(
                [
                    {
                        "type": "related_guides",
                        "value": {
                            "eyebrow": "Keep reading",
                            "heading": "Related guides worth your time",
                            "count": len(related),
                            "picks": [{"type": "item", "value": guide.pk, "id": str(uuid4())} for guide in related],
                        },
                    }
                ]
            ),
        )

    @staticmethod
    def source_block(spec):
        """A sources StreamField item; a record-backed source names its record by slug."""
        value = {key: spec[key] for key in spec if key != "type"}
        for field, model in (("survey", AdoptionSurvey), ("benchmark", Benchmark)):
            if field in value:
                value[field] = model.objects.get(slug=value[field]).pk
        return {"type": spec["type"], "value": value}

    def image(self, title, alt_text, draw, filename):
        """The image with this title, drawn and saved when missing."""
        image = Image.objects.filter(title=title).first()
        if image:
            return image
        image = Image(title=title, description=alt_text, file=ImageFile(BytesIO(draw()), name=filename))
        image.save()
        self._created(f"image {title}")
        return image

    # Helpers ------------------------------------------------------------------------------
    def ensure_page(self, parent, page_class, slug, published=None, **fields):
        existing = Page.objects.child_of(parent).filter(slug=slug).first()
        if existing:
            return existing.specific
        page = page_class(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        if published:
            Page.objects.filter(pk=page.pk).update(first_published_at=published, last_published_at=published)
            page.refresh_from_db()
        self._created(f"page {page.url_path}")
        return page

    def stream_json(self, blocks, links):
        """Demo (type, value) pairs as StreamField JSON: record slugs become ids, and
        {page:slug} placeholders in rich text become internal page links."""
        raw = []
        for block_type, value in blocks:
            value = self._resolve_records(block_type, value)
            raw.append({"type": block_type, "value": value})
        text = json.dumps(raw)
        return PAGE_LINK_PLACEHOLDER.sub(lambda match: str(links[match.group(1)]), text)

    @staticmethod
    def _resolve_records(block_type, value):
        lookups = {
            "comparison_matrix": {"matrix": ComparisonMatrix},
            "decision_guide": {"guide": DecisionGuide},
            "adoption_chart": {"survey": AdoptionSurvey, "comparison_survey": AdoptionSurvey},
            "tiered_ranking": {"benchmark": Benchmark},
        }.get(block_type, {})
        if not lookups:
            return value
        value = dict(value)
        for key, model in lookups.items():
            if value.get(key):
                value[key] = model.objects.get(slug=value[key]).pk
        return value


def load_demo(log=print):
    return DemoLoader(log=log).run()
