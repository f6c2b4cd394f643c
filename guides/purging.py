"""Which public paths show a page or a record, so that a change purges exactly those.

The matrix (tests/guides/test_purging.py holds one test per row):

| change                                   | paths purged                                                     |
|------------------------------------------|------------------------------------------------------------------|
| a guide published, unpublished, moved,   | the guide; the guide index (every page and filter); home, when   |
| renamed or deleted                       | the guide is among its newest; the feed, when among the feed's;  |
|                                          | its author's page; every guide or case study whose related cards |
|                                          | show it; the profile of each framework it shows; the sitemap     |
| an author page                           | the author page; the author index; the guides it wrote or        |
|                                          | reviewed; the feed, when one of them is in it; the sitemap       |
| any other page                           | the page; the index that lists it; the sitemap                   |
| a category                               | the guides in it and every place their cards are shown           |
| a frameworks record                      | the pages that show it (frameworks/usage.py), /frameworks/ and   |
|                                          | its profiles                                                     |
| an image, a call to action, a team       | the pages that choose it, and the pages showing those (a photo   |
|                                          | on an author page shows on the author's guides)                  |
| anything the site chrome shows           | everything (it is on every page)                                 |
| (navigation, calls to action in settings)|                                                                  |

Pages also purge every page that links to them (a page chooser renders their address).

A page change is looked at twice: as the database has it before the save, and after the commit.
So a guide leaving the home page's newest, changing author or no longer showing a framework also
purges where it was. Saves that change nothing readers see (a draft, a lock, a schedule) purge
nothing. All of it goes through page_cache.purge, once per transaction.
"""

from collections import defaultdict
from collections.abc import Iterable
from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.urls import reverse
from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.models import Page, ReferenceIndex

from authors.models import AuthorIndexPage, AuthorPage
from core.pages import not_expired
from frameworks.models import Framework, FrameworkIndexPage
from frameworks.usage import page_ids_showing, records_shown_by
from page_cache.purge import EVERYTHING, page_paths

from .feeds import FEED_LENGTH
from .models import GuideCategory, GuideIndexPage, GuidePage, HomePage
from .models.case_studies import CaseStudyIndexPage, CaseStudyPage
from .models.pages import guide_listing

# The most cards a related-guides block shows (RelatedGuidesBlock.count's max_value): a guide further
# down its category's newest than this plus the picks can only be shown where it is picked.
MOST_RELATED_CARDS = 12


def path_of(page):
    url = page.get_url(request=None)
    return urlsplit(url).path if url else None


def sitemap_paths():
    """The sitemap and its sections (every section of it: they are one path, /sitemap-pages.xml?p=N)."""
    return {reverse("sitemap"), reverse("sitemap_section")}


def feed_paths():
    return {reverse("guides_feed")}


def live_page(pk):
    return Page.objects.live().filter(not_expired(), pk=pk).specific().first()


# Pages


def paths_showing_page(page):
    """Every path that shows this live page, as the database has it now."""
    page = page.specific
    paths = page_paths(page) | sitemap_paths() | _listing_parent_paths(page) | _paths_referencing(page)
    if isinstance(page, GuidePage):
        paths |= paths_showing_cards([page])
    if isinstance(page, AuthorPage):
        credited = guide_listing().filter(Q(author=page) | Q(reviewer_person=page))
        paths |= {path for guide in credited for path in page_paths(guide)}
        if _any_in_feed(credited.values_list("pk", flat=True)):
            paths |= feed_paths()
    return paths


# Index pages that list their children (cards of guides, of case studies, of authors).
LISTING_PARENTS = (GuideIndexPage, CaseStudyIndexPage, AuthorIndexPage)


def _listing_parent_paths(*pages):
    """The paths of the live listing pages these pages sit under: one query however many pages."""
    parent_paths = {page.path[: -page.steplen] for page in pages if page.depth > 1}
    parents = Page.objects.live().filter(path__in=parent_paths).specific()
    return {path for parent in parents if isinstance(parent, LISTING_PARENTS) for path in page_paths(parent)}


def everything():
    """EVERYTHING for the page cache, and for a CDN every public path: each live page's, the feed and
    the sitemap."""
    pages = Page.objects.live().filter(depth__gt=1).specific()
    return {EVERYTHING} | {path for page in pages for path in page_paths(page)} | feed_paths() | sitemap_paths()


def _paths_referencing(obj):
    """Live pages that choose or link to obj, directly or through a snippet or record; everything when
    the site chrome (settings) does."""
    page_ids, chrome = _pages_referencing([obj])
    if chrome:
        return everything()
    return {path for page in Page.objects.live().filter(pk__in=page_ids).specific() for path in page_paths(page)}


def _indexed_type(obj):
    """The content type the reference index files references to obj under: a page's is Page's, as is
    any model's its topmost concrete parent's."""
    parents = obj._meta.get_parent_list()
    return ContentType.objects.get_for_model(parents[-1] if parents else type(obj))


def _pages_referencing(objects, depth=2):
    """(ids of pages referencing any of objects, within `depth` hops; whether settings do)."""
    page_type = ContentType.objects.get_for_model(Page)
    page_ids, chrome = set(), False
    frontier = [(_indexed_type(obj).pk, str(obj.pk)) for obj in objects]
    for _ in range(depth):
        if not frontier:
            break
        ids_by_type = defaultdict(set)
        for content_type_id, object_id in frontier:
            ids_by_type[content_type_id].add(object_id)
        condition = Q()
        for content_type_id, object_ids in ids_by_type.items():
            condition |= Q(to_content_type_id=content_type_id, to_object_id__in=object_ids)
        sources = set(
            ReferenceIndex.objects.filter(condition).values_list("base_content_type_id", "content_type_id", "object_id")
        )
        frontier = []
        for base_type_id, content_type_id, object_id in sources:
            if base_type_id == page_type.pk:
                page_ids.add(int(object_id))
                continue
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is not None and issubclass(model, BaseSiteSetting):
                chrome = True
            else:
                frontier.append((content_type_id, object_id))
    return page_ids, chrome


# Where a guide's card (title, standfirst, category) is shown


def paths_showing_cards(guides: Iterable[GuidePage], *, titles_only_too=True):
    """The listings, feeds, author pages and related cards that show these guides, and (unless
    titles_only_too is False: what changed is not a title) the framework profiles listing them by title."""
    guides = list(guides)
    if not guides:
        return set()
    ids = {guide.pk for guide in guides}
    paths = set()
    paths |= _listing_parent_paths(*guides)
    authors = Page.objects.live().filter(not_expired(), pk__in={guide.author_id for guide in guides} - {None})
    paths |= {path for author in authors.specific() for path in page_paths(author)}
    home = HomePage.objects.live().first()
    # The home page shows its editor's choice (or the newest guide) and the newest others after it.
    if home is not None:
        shown = set(guide_listing().values_list("pk", flat=True)[: home.latest_count + 1]) | {home.featured_guide_id}
        if ids & shown:
            paths |= page_paths(home)
    if _any_in_feed(ids):
        paths |= feed_paths()
    for holder in pages_showing_related_cards(guides):
        paths |= page_paths(holder)
    if titles_only_too:
        paths |= _framework_profile_paths(guides)
    return paths


def _any_in_feed(guide_ids):
    return bool(set(guide_ids) & set(guide_listing().values_list("pk", flat=True)[:FEED_LENGTH]))


def _framework_profile_paths(guides):
    """A framework's profile lists the guides that show it."""
    index = FrameworkIndexPage.objects.live().first()
    if index is None:
        return set()
    base = path_of(index)
    paths = set()
    for guide in guides:
        for record in records_shown_by(guide):
            if isinstance(record, Framework):
                paths.add(base + index.profile_path(record))
    return paths


def pages_showing_related_cards(guides):
    """Live guides and case studies whose "Related guides" cards include any of these guides.

    The same rule as guides/related.py (the editor's live picks first, up to the count, then the
    category's newest), worked out for every candidate at once: four queries however many pages."""
    ids = {guide.pk for guide in guides}
    categories = {guide.category_id for guide in guides}
    newest_by_category = {}
    for category_id in categories:
        newest = list(
            guide_listing().filter(category_id=category_id).values_list("pk", flat=True)[: 2 * MOST_RELATED_CARDS + 1]
        )
        if ids & set(newest):
            newest_by_category[category_id] = newest

    picking = _pages_referencing(guides, depth=1)[0]
    holders = []
    for model in (GuidePage, CaseStudyPage):
        candidates = model.objects.live().filter(not_expired())
        in_categories = candidates.filter(category_id__in=list(newest_by_category))
        holders += list(in_categories.only("pk", "category_id", "related")) + list(
            candidates.filter(pk__in=picking)
            .exclude(category_id__in=list(newest_by_category))
            .only("pk", "category_id", "related")
        )
    all_picks = {pick for holder in holders for block in _related_blocks(holder) for pick in block[1]}
    live_picks = set(guide_listing().filter(pk__in=all_picks).values_list("pk", flat=True))

    showing = []
    for holder in holders:
        for count, picks in _related_blocks(holder):
            shown = [pk for pk in dict.fromkeys(picks) if pk in live_picks and pk != holder.pk][:count]
            missing = count - len(shown)
            if missing > 0 and holder.category_id in newest_by_category:
                shown += [pk for pk in newest_by_category[holder.category_id] if pk != holder.pk and pk not in shown][
                    :missing
                ]
            if ids & set(shown):
                showing.append(holder)
                break
    return showing


def _related_blocks(page):
    """(count, [picked page ids]) for each "Related guides" block of the page, from its raw data."""
    blocks = []
    for child in page.related.raw_data:
        if child.get("type") != "related_guides":
            continue
        value = child.get("value") or {}
        picks = []
        for item in value.get("picks") or []:
            pk = item.get("value") if isinstance(item, dict) else item
            if pk:
                picks.append(int(pk))
        blocks.append((int(value.get("count") or 6), picks))
    return blocks


# Records and snippets


def paths_showing_record(record, *, redated=True):
    """Paths showing a frameworks record: the pages showing it, /frameworks/ and its profiles (and
    the sitemap, which dates each profile by when its framework was last published: when `redated`).
    A row of a matrix, a figure of a survey
    or a result of a benchmark is shown where the record it belongs to is; a language or a runtime
    where the frameworks naming it are."""
    record = _owning_record(record)
    page_ids = set()
    for records in _records_showing(record).values():
        for ids in page_ids_showing(records).values():
            page_ids |= ids
    pages = Page.objects.live().filter(pk__in=page_ids).specific()
    paths = {path for page in pages for path in page_paths(page)}
    for index in FrameworkIndexPage.objects.live():
        paths |= page_paths(index)
        if redated and isinstance(record, Framework):
            paths |= sitemap_paths()
    return paths


def _records_showing(record):
    """{model: [records]}: the record and the frameworks records that reference it (a framework names
    its language)."""
    found = {type(record): [record]}
    frameworks_types = ContentType.objects.filter(app_label="frameworks")
    sources = ReferenceIndex.get_references_to(record).filter(base_content_type__in=frameworks_types)
    for content_type_id, object_id in set(sources.values_list("base_content_type_id", "object_id")):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        source = model.objects.filter(pk=object_id).first() if model else None
        if source is not None and not isinstance(source, Page):
            found.setdefault(model, []).append(source)
    return found


def _owning_record(record):
    for field in record._meta.fields:
        if isinstance(field, ParentalKey):
            return _owning_record(getattr(record, field.name))
    return record


def paths_showing_category(category):
    guides = list(guide_listing().filter(category=category))
    return {path for guide in guides for path in page_paths(guide)} | paths_showing_cards(guides, titles_only_too=False)


def paths_showing_object(obj):
    """Paths showing a snippet, an image or a setting."""
    if isinstance(obj, BaseSiteSetting):
        return everything()
    if isinstance(obj, GuideCategory):
        return paths_showing_category(obj)
    return _paths_referencing(obj)
