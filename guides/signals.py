"""Keep cached copies exact: every change readers can see purges the paths that show it.

guides/purging.py says which paths show what; this module decides when to ask. A page is looked at
before its save (as the database still has it) and again after the commit, so a page that moved,
changed author or stopped being listed somewhere purges both where it was and where it is. Records,
snippets, images and settings purge what shows them after they change. page_cache.purge gathers
every path of one transaction and purges each once after the commit (a CDN too, when configured).
"""

from django.apps import apps
from django.db.models.signals import post_save, pre_delete, pre_save
from wagtail.contrib.settings.models import BaseSiteSetting
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import pre_page_move

from frameworks.models import BOOKKEEPING_FIELDS
from page_cache.purge import anything_kept, purge_after_commit

from . import purging

# A save writing only these changes nothing readers see: a draft, a lock, a schedule, a review flag.
PAGE_BOOKKEEPING_FIELDS = BOOKKEEPING_FIELDS | {
    "latest_revision_created_at",
    "draft_title",
    "live_revision",
    "data_changed_at",
    "data_confirmed_at",
}


def _changes_what_readers_see(update_fields):
    return not update_fields or not set(update_fields) <= PAGE_BOOKKEEPING_FIELDS


# Pages


def page_about_to_change(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not isinstance(instance, Page) or not instance.pk or not _changes_what_readers_see(update_fields):
        return
    if not anything_kept():
        return
    _purge_where_it_is_now(instance.pk)
    _purge_where_it_will_be(instance.pk)


def page_about_to_move(sender, instance, **kwargs):
    if not anything_kept():
        return
    _purge_where_it_is_now(instance.pk)
    _purge_where_it_will_be(instance.pk)


def page_about_to_be_deleted(sender, instance, **kwargs):
    if anything_kept() and isinstance(instance, Page) and instance.pk:
        _purge_where_it_is_now(instance.pk)


def page_saved(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if anything_kept() and created and not raw and isinstance(instance, Page) and instance.live:
        _purge_where_it_will_be(instance.pk)  # a new page published at once (no "before")


def _purge_where_it_is_now(page_pk):
    page = purging.live_page(page_pk)
    if page is not None:
        purge_after_commit(purging.paths_showing_page(page))


def _purge_where_it_will_be(page_pk):
    """Once the transaction commits, purge the paths that show the page as it then is."""

    def paths_where_it_is():
        page = purging.live_page(page_pk)
        return purging.paths_showing_page(page) if page is not None else set()

    purge_after_commit(then=paths_where_it_is)


# Records, snippets, images and settings


def record_about_to_change(sender, instance, raw=False, **kwargs):
    """Note when a record was last published, so its save knows whether it was published again."""
    if anything_kept() and not raw and instance.pk and hasattr(instance, "last_published_at"):
        before = sender.objects.filter(pk=instance.pk).values_list("last_published_at", flat=True).first()
        instance._last_published_before = before


def record_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not anything_kept() or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return
    redated = getattr(instance, "last_published_at", None) != getattr(instance, "_last_published_before", None)
    purge_after_commit(purging.paths_showing_record(instance, redated=redated))


def object_changed(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or not anything_kept() or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return
    purge_after_commit(purging.paths_showing_object(instance))


pre_save.connect(page_about_to_change, dispatch_uid="purge-page-before")
post_save.connect(page_saved, dispatch_uid="purge-new-page")
pre_delete.connect(page_about_to_be_deleted, dispatch_uid="purge-deleted-page")
pre_page_move.connect(page_about_to_move, dispatch_uid="purge-moved-page")

for model in apps.get_app_config("frameworks").get_models():
    if issubclass(model, Page):
        continue  # the /frameworks/ page is a page like any other
    pre_save.connect(record_about_to_change, sender=model, dispatch_uid=f"purge-before-{model.__name__}")
    post_save.connect(record_changed, sender=model, dispatch_uid=f"purge-{model.__name__}")
    pre_delete.connect(record_changed, sender=model, dispatch_uid=f"purge-del-{model.__name__}")

SHOWN_OBJECTS = [
    get_image_model(),
    apps.get_model("guides", "GuideCategory"),
    apps.get_model("guides", "CallToAction"),
    apps.get_model("authors", "Team"),
    *[model for model in apps.get_models() if issubclass(model, BaseSiteSetting)],
]
for model in SHOWN_OBJECTS:
    post_save.connect(object_changed, sender=model, dispatch_uid=f"purge-{model._meta.label}")
    pre_delete.connect(object_changed, sender=model, dispatch_uid=f"purge-del-{model._meta.label}")
