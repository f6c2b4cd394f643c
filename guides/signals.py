"""Keep cached copies exact: when frameworks data changes, purge the pages that show it.

Pages show frameworks data through blocks that choose records, so Wagtail's reference index
knows which pages point at which records. Any change to a frameworks record purges every live
page that references frameworks data (a record change can reach a page through another record,
such as a framework through a survey's figures). Without a configured front-end cache the purge
does nothing; pages are rendered afresh on every request.

One transaction purges once, however many records it saves: the admin saves a survey, each of its
figures and its revision in one transaction, and the CDN should hear about each page once.
"""

import threading

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page, ReferenceIndex

from frameworks.models import FrameworkIndexPage
from frameworks.models.publishing import BOOKKEEPING_FIELDS


def pages_showing_frameworks_data():
    """Live pages whose blocks show frameworks data, and the /frameworks/ page (which shows all of
    it, with a profile per framework among its cached paths)."""
    frameworks_types = ContentType.objects.filter(app_label="frameworks")
    page_type = ContentType.objects.get_for_model(Page)
    page_ids = ReferenceIndex.objects.filter(
        to_content_type__in=frameworks_types, base_content_type=page_type
    ).values_list("object_id", flat=True)
    index_ids = FrameworkIndexPage.objects.values_list("pk", flat=True)
    return Page.objects.live().filter(pk__in=[int(pk) for pk in page_ids] + list(index_ids)).specific()


# Set by a change, cleared by the purge that follows its commit. A rolled-back change leaves it set,
# which costs nothing: only the next committed change's callback reads it.
_purge = threading.local()


def purge_pages_showing_frameworks_data(sender, **kwargs):
    if kwargs.get("raw"):
        return
    update_fields = kwargs.get("update_fields")
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return  # a draft saved, a lock taken or a schedule set: nothing readers see has changed
    _purge.pending = True
    transaction.on_commit(_purge_once_committed)


def _purge_once_committed():
    """Every change registers this; the first to run after a commit purges, the rest find nothing to do."""
    if getattr(_purge, "pending", False):
        _purge.pending = False
        purge_pages_from_cache(pages_showing_frameworks_data())


for model in apps.get_app_config("frameworks").get_models():
    if issubclass(model, Page):
        continue  # the /frameworks/ page is purged by Wagtail when it is published
    post_save.connect(purge_pages_showing_frameworks_data, sender=model, dispatch_uid=f"purge-{model.__name__}")
    post_delete.connect(purge_pages_showing_frameworks_data, sender=model, dispatch_uid=f"purge-del-{model.__name__}")
