"""The invalidation matrix: each kind of change purges exactly the paths that show what changed, once.

A recording CDN backend (tests/frameworks/purge_recorder.py) receives what a real CDN would; the
page cache forgets the same paths. Each test makes one change as its own committed transaction and
compares the list the CDN received, in order, so a missing, needless or repeated path fails it.

The site: three guides in Engineering (old, mid, new, published in that order) and one in Delivery
(reader, the newest), the home page listing the two newest; `reader` picks `old` as its one related
card, `mid` tops up three cards from its category, the case study shows one card from Engineering;
`new` shows a comparison matrix with Django in it.
"""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext

from frameworks.models import Framework
from guides.models import GuidePage
from tests.authors.factories import AuthorPageFactory
from tests.frameworks import purge_recorder
from tests.frameworks.factories import FrameworkFactory, FrameworkIndexPageFactory, matrix_of
from tests.guides.factories import (
    CaseStudyPageFactory,
    ContentPageFactory,
    GuideCategoryFactory,
    GuideIndexPageFactory,
    GuidePageFactory,
    comparison_matrix,
    related_guides,
    site_chrome,
)
from tests.site_tree import home_page

pytestmark = pytest.mark.django_db

SITE = "http://localhost"


@pytest.fixture
def site(settings):
    home = home_page()
    home.latest_count = 2
    home.save()
    engineering = GuideCategoryFactory(name="Engineering")
    delivery = GuideCategoryFactory(name="Delivery")
    kanika = AuthorPageFactory(title="Kanika", slug="kanika")
    ana = AuthorPageFactory(title="Ana", slug="ana")
    FrameworkIndexPageFactory()
    django = FrameworkFactory(name="Django")
    old = GuidePageFactory(slug="old", category=engineering, author=kanika)
    mid = GuidePageFactory(slug="mid", category=engineering, author=ana, related=[related_guides(count=3)])
    new = GuidePageFactory(
        slug="new", category=engineering, author=kanika, body=[comparison_matrix(matrix_of([django]))]
    )
    reader = GuidePageFactory(slug="reader", category=delivery, author=ana, related=[related_guides(old, count=1)])
    CaseStudyPageFactory(slug="cs", category=engineering, related=[related_guides(count=1)])
    ContentPageFactory(slug="about", title="About us")
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {"BACKEND": "tests.frameworks.purge_recorder.RecordingBackend", "HOSTNAMES": ["localhost"]}
    }
    purge_recorder.purged_urls.clear()
    yield {"old": old, "mid": mid, "new": new, "reader": reader, "kanika": kanika, "engineering": engineering}
    purge_recorder.purged_urls.clear()


@pytest.fixture
def change(django_capture_on_commit_callbacks):
    """Run a change as one committed transaction; return the URLs the CDN was asked to purge."""

    def run(make_change):
        with django_capture_on_commit_callbacks(execute=True):
            make_change()
        return [url.removeprefix(SITE) for url in purge_recorder.purged_urls]

    return run


def publish_title(page, title):
    page = page.specific
    page.title = title
    page.save_revision().publish()


def test_publishing_a_guide_purges_it_its_listings_author_feed_sitemap_and_the_related_cards_showing_it(site, change):
    assert change(lambda: publish_title(site["old"], "Old, revised")) == [
        "/authors/kanika/",
        "/feeds/guides/",
        "/guides/",
        "/guides/mid/",  # tops up its cards with old
        "/guides/old/",
        "/guides/reader/",  # picks old
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_a_guide_among_the_newest_also_purges_home_the_case_study_card_and_its_framework_profile(site, change):
    assert change(lambda: site["new"].specific.unpublish()) == [
        "/",
        "/authors/kanika/",
        "/case-studies/cs/",
        "/feeds/guides/",
        "/frameworks/django/",  # lists the guides that show Django
        "/guides/",
        "/guides/mid/",
        "/guides/new/",
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_moving_a_guide_purges_where_it_was_and_where_it_is(site, change):
    archive = GuideIndexPageFactory(title="Archive", slug="archive")
    purge_recorder.purged_urls.clear()

    assert change(lambda: site["old"].move(archive, pos="last-child")) == [
        "/archive/",
        "/archive/old/",
        "/authors/kanika/",
        "/feeds/guides/",
        "/guides/",
        "/guides/mid/",
        "/guides/old/",
        "/guides/reader/",
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_deleting_a_guide_purges_where_it_was_shown(site, change):
    assert change(lambda: site["mid"].delete()) == [
        "/",  # the home page lists it after its lead guide
        "/authors/ana/",
        "/feeds/guides/",
        "/guides/",
        "/guides/mid/",
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_publishing_a_new_guide_purges_the_listings_and_cards_it_now_appears_in(site, change):
    draft = GuidePageFactory(slug="fresh", category=site["engineering"], author=site["mid"].author, live=False)
    purge_recorder.purged_urls.clear()

    assert change(lambda: draft.save_revision().publish()) == [
        "/",
        "/authors/ana/",
        "/case-studies/cs/",  # its one card is now the newest of Engineering
        "/feeds/guides/",
        "/guides/",
        "/guides/fresh/",
        "/guides/mid/",
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_saving_a_draft_purges_nothing(site, change):
    def save_draft():
        page = site["old"].specific
        page.title = "Not yet"
        page.save_revision()

    assert change(save_draft) == []


def test_publishing_an_author_page_purges_it_the_author_index_and_the_guides_it_is_credited_on(site, change):
    assert change(lambda: publish_title(site["kanika"], "Kanika Mathur")) == [
        "/authors/",
        "/authors/kanika/",
        "/feeds/guides/",  # names the author of each guide
        "/guides/new/",
        "/guides/old/",
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_renaming_a_category_purges_its_guides_and_every_place_their_cards_are_shown(site, change):
    def rename():
        site["engineering"].name = "Software engineering"
        site["engineering"].save()

    assert change(rename) == [
        "/",
        "/authors/ana/",
        "/authors/kanika/",
        "/case-studies/cs/",
        "/feeds/guides/",
        "/guides/",
        "/guides/mid/",
        "/guides/new/",
        "/guides/old/",
        "/guides/reader/",
    ]


def test_editing_a_framework_purges_the_guides_showing_it_and_the_frameworks_pages(site, change):
    def edit():
        django = Framework.objects.get(name="Django")
        django.website = "https://www.djangoproject.com/"
        django.save()

    assert change(edit) == ["/frameworks/", "/frameworks/django/", "/guides/new/"]


def test_publishing_a_framework_also_purges_the_sitemap_which_dates_its_profile(site, change):
    def publish():
        django = Framework.objects.get(name="Django")
        django.website = "https://www.djangoproject.com/"
        django.save_revision().publish()

    assert change(publish) == [
        "/frameworks/",
        "/frameworks/django/",
        "/guides/new/",
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_publishing_a_plain_page_purges_it_and_the_sitemap(site, change):
    assert change(lambda: publish_title(ContentPageFactory._meta.model.objects.get(slug="about"), "About")) == [
        "/about/",
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_a_page_in_the_navigation_purges_every_page(site, change):
    about = ContentPageFactory._meta.model.objects.get(slug="about")
    site_chrome(navigation=[{"type": "link", "value": {"label": "About", "page": about.pk}}])
    purge_recorder.purged_urls.clear()

    purged = change(lambda: publish_title(about, "About"))

    assert purged == [
        "/",
        "/about/",
        "/authors/",
        "/authors/ana/",
        "/authors/kanika/",
        "/case-studies/",
        "/case-studies/cs/",
        "/feeds/guides/",
        "/frameworks/",
        "/frameworks/django/",
        "/guides/",
        "/guides/mid/",
        "/guides/new/",
        "/guides/old/",
        "/guides/reader/",
        "/sitemap-pages.xml",
        "/sitemap.xml",
    ]


def test_a_rolled_back_publish_purges_nothing(site, change):
    from django.db import transaction

    class Abandoned(Exception):
        pass

    def abandoned_publish():
        with pytest.raises(Abandoned), transaction.atomic():
            publish_title(site["old"], "Never seen")
            raise Abandoned

    assert change(abandoned_publish) == []
    assert GuidePage.objects.get(slug="old").title != "Never seen"


# The same changes, checked against the pages themselves: every public path is rendered before and
# after the change, and the paths whose answer changed must be exactly the paths purged.


def every_public_path():
    from wagtail.models import Page

    from page_cache.purge import page_paths

    paths = {"/feeds/guides/", "/sitemap.xml", "/sitemap-pages.xml"}
    for page in Page.objects.live().filter(depth__gt=1).specific():
        paths |= page_paths(page)
    return paths


def rendered(client, paths):
    return {path: client.get(path).content for path in sorted(paths)}


def unpublish_new(site):
    site["new"].specific.unpublish()


def publish_old(site):
    publish_title(site["old"], "Old, revised")


def publish_kanika(site):
    publish_title(site["kanika"], "Kanika Mathur")


def rename_engineering(site):
    site["engineering"].name = "Software engineering"
    site["engineering"].save()


def delete_mid(site):
    site["mid"].delete()


def edit_django(site):
    django = Framework.objects.get(name="Django")
    django.name = "Django (Python)"
    django.save()


def publish_django(site):
    django = Framework.objects.get(name="Django")
    django.name = "Django (Python)"
    django.save_revision().publish()


def move_old_to_an_archive(site):
    site["old"].move(GuideIndexPageFactory(title="Archive", slug="archive"), pos="last-child")


def publish_a_new_guide(site):
    GuidePageFactory(slug="fresh", category=site["engineering"], live=False).save_revision().publish()


@pytest.mark.parametrize(
    "make_change",
    [
        publish_old,
        unpublish_new,
        publish_kanika,
        rename_engineering,
        delete_mid,
        edit_django,
        publish_django,
        move_old_to_an_archive,
        publish_a_new_guide,
    ],
)
def test_the_purged_paths_are_exactly_those_whose_page_changed(site, change, client, make_change):
    before_paths = every_public_path()
    before = rendered(client, before_paths)

    purged = change(lambda: make_change(site))

    after = rendered(client, before_paths | every_public_path())
    changed = {path for path in after if before.get(path) != after[path]}
    assert sorted(changed) == purged


@pytest.mark.parametrize(
    "make_change",
    [publish_old, unpublish_new, publish_kanika, rename_engineering, delete_mid, publish_django, publish_a_new_guide],
)
def test_after_each_change_readers_get_what_a_fresh_render_shows(site, change, client, settings, make_change):
    """With the page cache on: every page (and a guide's kept parts) kept before the change; after
    it, what a reader is served equals what the page renders with nothing kept."""
    settings.PAGE_CACHE_SECONDS = 300
    caches["pages"].clear()
    for path in every_public_path():
        client.get(path)
        client.get(path + "?utm_source=letter")  # a render that keeps a guide's parts, not the page

    change(lambda: make_change(site))

    paths = sorted(every_public_path())
    served = {path: client.get(path).content for path in paths}
    rendered_with_parts = {path: client.get(path + "?utm_source=letter").content for path in paths}
    settings.PAGE_CACHE_SECONDS = 0
    fresh = {path: client.get(path).content for path in paths}
    caches["pages"].clear()
    assert [path for path in paths if served[path] != fresh[path]] == []
    assert [path for path in paths if rendered_with_parts[path] != fresh[path]] == []


def test_with_no_page_cache_and_no_cdn_a_change_works_out_nothing_to_purge(settings, change, site):
    settings.PAGE_CACHE_SECONDS = 0
    settings.WAGTAILFRONTENDCACHE = {}

    with CaptureQueriesContext(connection) as queries:
        change(lambda: publish_title(site["old"], "Old, revised"))

    # The publish's own queries only: working out what shows the guide (its listings, author, the
    # related cards and the reference index) takes 65 more, as with the page cache on. Four of them
    # tell channels: the change log (is it public, what readers saw last, the change) and the
    # webhook endpoints to announce it to; on PostgreSQL one more takes the change log's turn (an
    # advisory lock, changes/log.py).
    assert len(queries) == (68 if connection.vendor == "postgresql" else 67)
    assert GuidePage.objects.get(slug="old").title == "Old, revised"
