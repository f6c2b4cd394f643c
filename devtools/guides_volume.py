"""Make a volume of guides for benchmarks: N live guides spread over the site's categories and authors.

Generated guides are named bench-guide-N ("Benchmark guide N"), live, with a short body, one hour
apart going back from 2025-01-01 (older than any real guide, as an archive is). They are made in
bulk, straight into the page tree, so 10,000 take seconds: no revisions, no signals, and not in the
search index (`manage.py update_index` adds them). Made guides are kept; asking for fewer live
guides than the site has unpublishes generated ones (the last made first) rather than deleting
them, so a benchmark can step through volumes in any order on one database.
"""

import uuid
from datetime import UTC, datetime, timedelta

from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from wagtail.models import Page

from authors.models import AuthorPage
from guides.models import GuideCategory, GuideIndexPage, GuidePage

PREFIX = "bench-guide-"
NEWEST = datetime(2025, 1, 1, tzinfo=UTC)
BATCH = 500  # rows per INSERT: well under SQLite's limit on query parameters


def generated_guides():
    return GuidePage.objects.filter(slug__startswith=PREFIX)


@transaction.atomic
def set_live_guides(total):
    """Make the site have `total` live guides (or as close as the real guides allow); return how
    many guides were made now."""
    generated = generated_guides()
    real = GuidePage.objects.live().exclude(pk__in=generated.values("pk")).count()
    wanted = max(0, total - real)
    made = make_guides(wanted - generated.count()) if wanted > generated.count() else 0
    keep = list(generated.order_by("pk").values_list("pk", flat=True)[:wanted])
    Page.objects.filter(pk__in=keep, live=False).update(live=True)
    Page.objects.filter(pk__in=generated.values("pk"), live=True).exclude(pk__in=keep).update(live=False)
    return made


@transaction.atomic
def make_guides(count, index=None):
    """Add `count` live generated guides under `index` (the first guide index by default)."""
    if count <= 0:
        return 0
    index = index or GuideIndexPage.objects.order_by("path").first()
    if index is None:
        raise ValueError("No guide index to put guides under. Run: python manage.py load_demo")
    categories = list(GuideCategory.objects.order_by("pk").values_list("pk", flat=True))
    if not categories:
        raise ValueError("No guide category to put guides in. Run: python manage.py load_demo")
    authors = list(AuthorPage.objects.live().order_by("pk").values_list("pk", flat=True)) or [None]
    index = Page.objects.get(pk=index.pk)  # the tree fields as they are now
    last = index.get_last_child()
    step = Page._str2int(last.path[-Page.steplen :]) if last else 0
    first_number = generated_guides().count()
    content_type = ContentType.objects.get_for_model(GuidePage)
    for start in range(0, count, BATCH):
        numbers = range(first_number + start, first_number + min(count, start + BATCH))
        guides = [
            _guide(number, index, step + 1 + number - first_number, content_type, categories, authors)
            for number in numbers
        ]
        # Django refuses bulk_create for a model that inherits from a concrete one (GuidePage from
        # Page): the Page rows are bulk-created first, then GuidePage's own rows point to them.
        pages = Page.objects.bulk_create([Page(**_page_fields(guide)) for guide in guides])
        for guide, page in zip(guides, pages, strict=True):
            guide.pk = guide.page_ptr_id = page.pk
        GuidePage.objects._insert(guides, fields=GuidePage._meta.local_concrete_fields)
    Page.objects.filter(pk=index.pk).update(numchild=index.get_children().count())
    if connection.vendor == "postgresql":
        # Fresh statistics, as autovacuum would gather soon after: otherwise the planner still
        # believes the tables are small and picks plans no live site would run.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE wagtailcore_page, guides_guidepage")
    return count


def _guide(number, index, step, content_type, categories, authors):
    slug = f"{PREFIX}{number}"
    published = NEWEST - timedelta(hours=number)
    return GuidePage(
        title=f"Benchmark guide {number}",
        draft_title=f"Benchmark guide {number}",
        slug=slug,
        content_type=content_type,
        path=Page._get_path(index.path, index.depth + 1, step),
        depth=index.depth + 1,
        numchild=0,
        url_path=f"{index.url_path}{slug}/",
        locale_id=index.locale_id,
        translation_key=uuid.uuid4(),
        live=True,
        has_unpublished_changes=False,
        first_published_at=published,
        last_published_at=published,
        latest_revision_created_at=published,
        standfirst="A guide made to measure the site with many guides.",
        category_id=categories[number % len(categories)],
        author_id=authors[number % len(authors)],
        body=[("paragraph", "<p>Some words for the benchmark to serve.</p>")],
    )


def _page_fields(guide):
    fields = [field.attname for field in Page._meta.concrete_fields if not field.primary_key]
    return {name: getattr(guide, name) for name in fields}
