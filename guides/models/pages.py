"""The site's pages: home, the guide index, guides, and plain content pages."""

import hashlib
import json
from functools import cached_property
from urllib.parse import urlencode

from django.db import models
from django.db.models import OuterRef, Prefetch, Q, Subquery
from django.http import Http404
from django.utils import timezone
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.images import get_image_model
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index

from core.choosers import resolve_choosers
from core.pages import ReadablePageManager, has_expired
from core.pagination import KeysFirstPaginator
from frameworks.preview import previewing_unpublished
from frameworks.usage import records_shown_by
from page_cache.fragments import kept_fragments
from renditions.specs import CARD

from ..checks import ERROR, Problem, as_validation_error, content_problems, unpublished_records
from ..citations import source_numbers
from ..fields import ContentBodyField, GuideBodyField, RelatedField, SourcesField
from ..forms import GuidePageForm
from ..page_links import LinkedPages, linked_pages
from ..panels import ContentChecksPanel, DataReviewPanel, HeroCropPanel
from ..reading_time import reading_minutes
from ..toc import page_contents, table_of_contents
from .site_settings import SiteChrome
from .snippets import GuideCategory
from .social_cards import social_image


def guide_listing():
    """Live, public, unexpired guides for lists and cards: no body, category and author joined."""
    return (
        GuidePage.objects.readable()
        .select_related("category", "author")
        .defer_streamfields()
        .order_by("-first_published_at", "-pk")
    )


def _stream_content(stream):
    """A StreamField's blocks as full values (defaults filled in) without their ids, so the same
    content compares equal however it was written (raw JSON or through the editor)."""
    return [(child.block_type, _without_ids(child.block.get_prep_value(child.value))) for child in stream]


def _without_ids(data):
    if isinstance(data, dict):
        return {key: _without_ids(value) for key, value in data.items() if key != "id"}
    if isinstance(data, list):
        return [_without_ids(item) for item in data]
    return data


class HomePage(Page):
    intro = models.TextField(blank=True)
    featured_guide = models.ForeignKey(
        "guides.GuidePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="The editor's choice, shown first with its picture. Blank leads with the newest guide.",
    )
    latest_count = models.PositiveSmallIntegerField(default=6, help_text="How many of the newest guides to list.")

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("featured_guide"),
        FieldPanel("latest_count"),
    ]
    subpage_types = [
        "guides.GuideIndexPage",
        "authors.AuthorIndexPage",
        "frameworks.FrameworkIndexPage",
        "guides.ContentPage",
        "guides.CaseStudyIndexPage",
    ]
    max_count = 1

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        listing = guide_listing()
        featured = listing.filter(pk=self.featured_guide_id).select_related("hero_image").first()
        featured = featured or listing.select_related("hero_image").first()
        context["featured_guide"] = featured
        latest = listing.exclude(pk=featured.pk) if featured else listing.none()
        # Each card's picture: the hero joined, and its card renditions in one more query however many cards.
        card_renditions = get_image_model().get_rendition_model().objects.filter(filter_spec__in=CARD)
        latest = latest.select_related("hero_image").prefetch_related(
            Prefetch("hero_image__renditions", queryset=card_renditions)
        )
        context["latest_guides"] = latest[: self.latest_count]
        context["categories"] = GuideCategory.objects.filter(pk__in=listing.values("category_id")).order_by("name")
        context["guide_index"] = GuideIndexPage.objects.live().first()
        return context


class GuideIndexPage(Page):
    intro = models.TextField(blank=True)
    per_page = models.PositiveSmallIntegerField(default=12)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("per_page")]
    subpage_types = ["guides.GuidePage"]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        guides = guide_listing().child_of(self)
        category = None
        if slug := request.GET.get("category"):
            category = GuideCategory.objects.filter(slug=slug).first()
            if category is None:
                raise Http404("No such category")
            guides = guides.filter(category=category)
        paginator = KeysFirstPaginator(guides, self.per_page)
        page_of_guides = paginator.get_page(request.GET.get("page"))
        context["guides"] = page_of_guides
        context["category"] = category
        # A filtered or later page is its own document for search engines.
        query = {"category": category.slug} if category else {}
        if page_of_guides.number > 1:
            query["page"] = page_of_guides.number
        context["canonical_url"] = self.get_full_url(request) + (f"?{urlencode(query)}" if query else "")
        context["categories"] = self.listed_categories()
        return context

    def listed_categories(self):
        """The categories with at least one guide listed here, at a cost that follows the number of
        categories, not of guides: each category looks up its first listed guide on the indexed
        category key and stops there. (An EXISTS would not do: PostgreSQL turns it into a join
        over every guide, the same work as the DISTINCT this replaces; a subquery with LIMIT 1 it
        runs as written.)"""
        listed = GuidePage.objects.readable().child_of(self)
        first_listed = listed.filter(category=OuterRef("pk")).order_by().values("pk")[:1]
        return GuideCategory.objects.alias(first_listed=Subquery(first_listed)).filter(first_listed__isnull=False)


# A guide counts as reviewed when it credits a reviewer (person or team) with a date: the page shows
# "Reviewed by" and the dashboard leaves it off "never reviewed" on this one fact.
REVIEWED = Q(last_reviewed_at__isnull=False) & (Q(reviewer_person__isnull=False) | Q(reviewer_team__isnull=False))


# What a guide's page shows through its own relations: the category (and its call to action), the
# reviewing team, the hero image (or else the drawn social card) and the guide's own call to action.
SHOWN_RELATIONS = [
    "category__default_cta__link_page",
    "reviewer_team",
    "hero_image",
    "social_card",
    "cta__link_page",
]
# The byline's people (author with photo, reviewing person) come in a query of their own: joined to
# the rest (two more pages, each with its page row, and their photos), the query takes longer to plan
# and to read than the two queries together (measured on PostgreSQL: 15 ms against 9 ms).
SHOWN_PEOPLE = ["author", "reviewer_person"]


def fetch_people(guides):
    """The byline's people (SHOWN_PEOPLE, with photos) of these guides, in one query for all of them;
    those already read are left as they are. The API reads a page of guides this way too: joined to
    its list query, the two author pages made PostgreSQL plan for 15 ms a query that runs in 0.5 ms."""
    fields = [GuidePage._meta.get_field(name) for name in SHOWN_PEOPLE]
    missing = [(guide, field) for guide in guides for field in fields if not field.is_cached(guide)]
    ids = {getattr(guide, field.attname) for guide, field in missing} - {None}
    people = fields[0].related_model.objects.filter(pk__in=ids).select_related("photo").in_bulk() if ids else {}
    for guide, field in missing:
        field.set_cached_value(guide, people.get(getattr(guide, field.attname)))


class GuidePage(Page):
    """A long-form guide: every element of the reference guide's anatomy."""

    objects = ReadablePageManager()

    standfirst = models.TextField(help_text="The one-paragraph summary under the title.")
    category = models.ForeignKey(GuideCategory, on_delete=models.PROTECT, related_name="guides")
    author = models.ForeignKey("authors.AuthorPage", null=True, on_delete=models.SET_NULL, related_name="guides")
    reviewer_person = models.ForeignKey(
        "authors.AuthorPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_guides",
        verbose_name="reviewed by (person)",
    )
    reviewer_team = models.ForeignKey(
        "authors.Team",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_guides",
        verbose_name="reviewed by (team)",
    )
    author_note = models.CharField(
        max_length=200,
        blank=True,
        help_text="One line about the author and this guide, shown after their bio (the bio itself is about them).",
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text="Its Description (edit it in the Images menu) is the alt text readers' screen readers hear.",
    )
    body = GuideBodyField()
    sources = SourcesField(blank=True, help_text="Numbered in this order; cite one with [cite:KEY].")
    related = RelatedField(blank=True, max_num=1)
    cta = models.ForeignKey(
        "guides.CallToAction",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name="call to action",
        help_text="Blank uses the site's default call to action.",
    )
    reading_minutes = models.PositiveSmallIntegerField(default=1, editable=False)
    last_reviewed_at = models.DateTimeField(
        "reviewed on", null=True, blank=True, help_text="Set when an engineering reviewer approves the guide."
    )
    updated_at = models.DateTimeField(
        "updated on",
        null=True,
        blank=True,
        help_text="The 'Updated' date readers see. Publishing a change readers can see moves it to now; "
        "change it here to show another date.",
    )
    published_content_hash = models.CharField(max_length=64, blank=True, editable=False)
    data_changed_at = models.DateTimeField(
        null=True, editable=False, help_text="When frameworks data it shows was published since its last review."
    )
    data_confirmed_at = models.DateTimeField(
        null=True, editable=False, help_text="When an editor last confirmed it still reads right with its data."
    )

    content_panels = (
        [DataReviewPanel(), ContentChecksPanel()]
        + Page.content_panels
        + [
            FieldPanel("standfirst"),
            MultiFieldPanel(
                [
                    FieldPanel("author"),
                    FieldPanel("author_note"),
                    # Set by approval in the Engineering review workflow, never by hand.
                    FieldPanel("reviewer_person", read_only=True),
                    FieldPanel("reviewer_team", read_only=True),
                    FieldPanel("last_reviewed_at", read_only=True),
                    FieldPanel("updated_at"),
                ],
                heading="Credits and dates",
            ),
            FieldPanel("category"),
            FieldPanel("hero_image"),
            HeroCropPanel(heading="Hero crop"),
            FieldPanel("body"),
        ]
    )
    after_body_panels = [FieldPanel("sources"), FieldPanel("related"), FieldPanel("cta")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading="Content"),
            ObjectList(after_body_panels, heading="Sources and related"),
            ObjectList(Page.promote_panels, heading="Promote"),
            ObjectList(Page.settings_panels, heading="Settings"),
        ]
    )
    search_fields = Page.search_fields + [
        index.SearchField("standfirst"),
        index.SearchField("body"),
        # The admin's page search matches as you type (autocomplete): editors find a guide by its text too.
        index.AutocompleteField("standfirst"),
        index.AutocompleteField("body"),
        index.FilterField("category"),
    ]
    parent_page_types = ["guides.GuideIndexPage"]
    subpage_types = []
    base_form_class = GuidePageForm
    # Set by the editor's form while it saves a draft: content checks then wait for publishing.
    defer_content_checks = False

    def with_content_json(self, content):
        """A revision carries the guide's content; the review flag belongs to the live row."""
        page = super().with_content_json(content)
        page.data_changed_at, page.data_confirmed_at = self.data_changed_at, self.data_confirmed_at
        return page

    @property
    def status_string(self):
        """Wagtail's status tag ("live", "draft", ...) in listings and the editor's header, with the
        review flag beside it: it is a state of the guide, never part of its title."""
        status = super().status_string
        return f"{status} · data changed" if self.data_changed_at else status

    @property
    def reviewer(self):
        return self.reviewer_person or self.reviewer_team

    @property
    def is_reviewed(self):
        """REVIEWED, for one guide: the page credits the reviewer only then."""
        return bool(self.last_reviewed_at and (self.reviewer_person_id or self.reviewer_team_id))

    @cached_property
    def source_numbers(self):
        return source_numbers(self.sources)

    @cached_property
    def linked_pages(self):
        """The pages the body's rich text links to, fetched once for the whole page (guides/page_links.py)."""
        return linked_pages(self.body)

    def resolve_choices(self, *stream_values, with_parents=False):
        """Bind the blocks of the body, sources and `stream_values` (the related guides, the navigation:
        what the caller shows) with every record and page they choose, and `linked_pages` with the pages
        the rich text links to: one query per snippet model and one for all the pages (core/choosers.py),
        and one for their parents `with_parents` (the admin's choosers show them)."""
        fetched = resolve_choosers(self.body, self.sources, *stream_values, with_parents=with_parents)
        self.__dict__["linked_pages"] = LinkedPages({str(pk): page for pk, page in fetched.get(Page, {}).items()})

    def table_of_contents(self):
        return table_of_contents(self.body)

    def faq_items(self):
        return [item for child in self.body if child.block_type == "faq" for item in child.value["items"]]

    def content_problems(self):
        """The content checks' errors and warnings on the guide as it stands (guides/checks.py)."""
        return content_problems(self)

    def changed_records(self):
        """The frameworks records the guide shows that were published after it was last published or
        confirmed: why it is flagged "data changed since review" (guides/data_review.py)."""
        moments = [moment for moment in (self.last_published_at, self.data_confirmed_at) if moment]
        since = max(moments) if moments else None
        changed = [
            record
            for record in records_shown_by(self)
            if record.last_published_at and (since is None or record.last_published_at > since)
        ]
        return sorted(changed, key=lambda record: record.last_published_at, reverse=True)

    def clean(self):
        super().clean()
        # Worked out on validation, which every save and every preview goes through.
        self.reading_minutes = reading_minutes(self.body)
        if self.defer_content_checks:
            return
        errors = [problem for problem in self.content_problems() if problem.is_error]
        if self.reviewer_person_id and self.reviewer_team_id:
            message = "Choose a reviewing person or a reviewing team, not both."
            errors.insert(0, Problem(ERROR, "reviewer_team", message))
        if errors:
            raise as_validation_error(errors)

    @property
    def updated_on(self):
        """The 'Updated' date readers see: the last change they can see, or the first publication."""
        return self.updated_at or self.first_published_at

    def reader_content_hash(self):
        """A fingerprint of what readers see; SEO fields, dates and admin-only fields are left out."""
        seen = [
            self.title,
            self.standfirst,
            self.author_note,
            self.author_id,
            self.category_id,
            self.hero_image_id,
            self.cta_id,
            _stream_content(self.body),
            _stream_content(self.sources),
            _stream_content(self.related),
        ]
        return hashlib.sha256(json.dumps(seen, sort_keys=True, default=str).encode()).hexdigest()

    def _move_updated_date(self):
        """On a live save (publishing), move the updated date to now when what readers see changed,
        unless the editor chose the date themselves in this revision."""
        fingerprint = self.reader_content_hash()
        before = GuidePage.objects.filter(pk=self.pk).values("published_content_hash", "updated_at").first()
        if (
            before
            and before["published_content_hash"]
            and before["published_content_hash"] != fingerprint
            and self.updated_at == before["updated_at"]
        ):
            self.updated_at = timezone.now()
        self.published_content_hash = fingerprint

    def save(self, *args, clean=True, **kwargs):
        if not clean:  # save(clean=False) skips clean(), where the reading time is set
            self.reading_minutes = reading_minutes(self.body)
        if self.live and not kwargs.get("update_fields"):
            self._move_updated_date()
        return super().save(*args, clean=clean, **kwargs)

    def serve(self, request, *args, **kwargs):
        if has_expired(self):  # expired, and the scheduler has not unpublished it yet
            raise Http404("This guide has expired.")
        return super().serve(request, *args, **kwargs)

    @classmethod
    def serving_queryset(cls):
        """How core/routing.py reads a guide it serves: with SHOWN_RELATIONS joined."""
        return cls.objects.select_related(*SHOWN_RELATIONS)

    def fetch_shown_relations(self):
        """Fetch the records of SHOWN_RELATIONS and SHOWN_PEOPLE in two queries (one when the guide was
        found by its address), instead of one each as the template reaches them. A preview of a draft
        keeps only those its draft still points to."""
        if self.pk is None:
            return
        names = {path.split("__")[0] for path in SHOWN_RELATIONS}
        # A guide found by its address (core/routing.py) comes with them joined: nothing more to read.
        if not all(self._meta.get_field(name).is_cached(self) for name in names):
            self._join_shown_relations(names)
        fetch_people([self])

    def _join_shown_relations(self, names):
        row = GuidePage.objects.filter(pk=self.pk).defer_streamfields().select_related(*SHOWN_RELATIONS).first()
        if row is None:
            return
        for name in names:
            field = self._meta.get_field(name)
            # A reverse one-to-one (the social card) points at the page itself.
            reverse = field.one_to_one and not field.concrete
            same_record = reverse or getattr(row, field.attname) == getattr(self, field.attname)
            if same_record and not field.is_cached(self):
                field.set_cached_value(self, field.get_cached_value(row, None))

    def serve_preview(self, request, mode_name):
        """The guide as it will look once the records it shows are published: a record readers cannot
        see yet shows as its latest draft, and the banner names it."""
        drafts = {(type(record), record.pk): record for *_, record in unpublished_records(self)}
        request.previewed_drafts = [(record, record._meta.verbose_name) for record in drafts.values()]
        with previewing_unpublished():
            response = super().serve_preview(request, mode_name)
            return response.render() if hasattr(response, "render") else response

    def get_sitemap_urls(self, request=None):
        return [] if has_expired(self) else super().get_sitemap_urls(request)

    @cached_property
    def ancestry(self):
        """The pages from the tree's root down to this guide (itself included, once saved), specific
        with their fields deferred: one query, read once per instance (a request's page) by both
        the view restrictions Wagtail checks before serving it and the breadcrumbs. A guide found by
        its address already has the pages above it (core/routing.py): no query."""
        if (above := self.__dict__.get("routed_ancestors")) is not None:
            return [*above, self]
        depths = range(self.steplen, len(self.path) + 1, self.steplen)
        return list(Page.objects.filter(path__in=[self.path[:depth] for depth in depths]).specific(defer=True))

    @property
    def breadcrumb_trail(self):
        """The pages from the home page down to this guide, as `{% breadcrumb_trail %}` shows them."""
        return [page for page in self.ancestry if page.depth > 1]

    def get_view_restrictions(self):
        """The restrictions on this guide and its ancestors (Wagtail's rule), read from `ancestry`,
        which the breadcrumbs use too: one query fewer per page view. Where an alias is involved,
        Wagtail's own lookup follows it to its source page."""
        if self.pk is None:
            return super().get_view_restrictions()
        if self.alias_of_id or any(page.alias_of_id for page in self.ancestry):
            return super().get_view_restrictions()
        if self.__dict__.get("routed_without_restrictions"):  # known from finding it (core/routing.py)
            return PageViewRestriction.objects.none()
        return PageViewRestriction.objects.filter(page_id__in=[page.pk for page in self.ancestry])

    # The parts of the page kept between requests (page_cache/fragments.py): all that the body,
    # sources and related cards make, and the JSON-LD drawn from them.
    KEPT_PARTS = ("content", "structured_data")

    def get_context(self, request, *args, **kwargs):
        # Both a reader's page and an editor's preview come through here.
        context = super().get_context(request, *args, **kwargs)
        context["fragments"] = fragments = kept_fragments(self, request, self.KEPT_PARTS)
        if fragments is None or not fragments.all_kept:
            self.fetch_shown_relations()
            self.resolve_choices(self.related, SiteChrome.for_request(request).navigation)
            context["toc"] = page_contents(self.body, has_sources=bool(self.sources))
        # One image serves Open Graph, Twitter and JSON-LD: the hero's rendition or a drawn card.
        context["social_image"] = social_image(self, self.category.name, request)
        return context


class ContentPage(Page):
    """A plain page: Case Studies, service pages, anything that is not a guide."""

    objects = ReadablePageManager()
    intro = models.TextField(blank=True)
    body = ContentBodyField(blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = Page.search_fields + [index.SearchField("intro"), index.SearchField("body")]
    subpage_types = ["guides.ContentPage"]
