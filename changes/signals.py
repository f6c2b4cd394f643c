"""Hearing the changes readers can see, from the domains' own signals (the domains know nothing of
this app): Wagtail's page_published / page_unpublished for guides and its published / unpublished
for the frameworks records (DraftStateMixin); saves of calls to action, which are not drafted; and
the deletion of any of them."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, published, unpublished

from frameworks.models import PublishableRecord
from guides.models import CallToAction, GuidePage

from . import log
from .models import Action
from .subjects import call_to_action_subject, guide_subject, is_readable, record_subject


def _fields(subject):
    return subject["type"], subject["id"], subject["slug"], subject["title"]


@receiver(page_published, sender=GuidePage)
def guide_published(sender, instance, **kwargs):
    # Published behind a password or a login is not readable: to channels it is gone.
    if is_readable(instance):
        log.visible(*_fields(guide_subject(instance)))
    else:
        log.gone(Action.UNPUBLISHED, *_fields(guide_subject(instance)))


@receiver(page_unpublished, sender=GuidePage)
def guide_unpublished(sender, instance, **kwargs):
    log.gone(Action.UNPUBLISHED, *_fields(guide_subject(instance)))


@receiver(post_delete, sender=GuidePage)
def guide_deleted(sender, instance, **kwargs):
    log.gone(Action.DELETED, *_fields(guide_subject(instance)))


@receiver(published)
def record_published(sender, instance, **kwargs):
    if isinstance(instance, PublishableRecord):
        log.visible(*_fields(record_subject(instance)))


@receiver(unpublished)
def record_unpublished(sender, instance, **kwargs):
    if isinstance(instance, PublishableRecord):
        log.gone(Action.UNPUBLISHED, *_fields(record_subject(instance)))


@receiver(post_delete)
def record_deleted(sender, instance, **kwargs):
    if isinstance(instance, PublishableRecord):
        log.gone(Action.DELETED, *_fields(record_subject(instance)))


@receiver(post_save, sender=CallToAction)
def call_to_action_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields and set(update_fields) <= {"latest_revision"}):
        return  # a revision noted, nothing readers see
    log.visible(*_fields(call_to_action_subject(instance)))


@receiver(post_delete, sender=CallToAction)
def call_to_action_deleted(sender, instance, **kwargs):
    log.gone(Action.DELETED, *_fields(call_to_action_subject(instance)))
