"""'Data changed since review': a guide whose frameworks data was published after the guide was
last published or confirmed is flagged, in the page listing and on its edit view, until an editor
republishes it or confirms that it still reads right.

Publishing (or unpublishing) a frameworks record flags every guide that shows it, through
Wagtail's reference index (frameworks/usage.py); publishing the guide, or confirming, clears it.
Which records changed is the guide's own question (`GuidePage.changed_records`), asked by its
editor's panel (guides/panels.py) and the confirm view (guides/admin_views.py).
"""

from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import page_published, published, unpublished

from frameworks.models import PublishableRecord
from frameworks.usage import page_ids_showing

from .models import GuidePage


def flag_guides_showing(record):
    page_ids = page_ids_showing([record])[record.pk]
    GuidePage.objects.filter(pk__in=page_ids, data_changed_at__isnull=True).update(data_changed_at=timezone.now())


@receiver(published)
@receiver(unpublished)
def flag_guides_when_their_data_changes(sender, instance, **kwargs):
    if isinstance(instance, PublishableRecord):
        flag_guides_showing(instance)


@receiver(page_published)
def clear_the_flag_when_a_guide_is_published(sender, instance, **kwargs):
    if isinstance(instance, GuidePage) and instance.data_changed_at:
        GuidePage.objects.filter(pk=instance.pk).update(data_changed_at=None)
        instance.data_changed_at = None


def confirm_data(guide):
    """An editor has checked the guide against its changed data: clear the flag."""
    now = timezone.now()
    GuidePage.objects.filter(pk=guide.pk).update(data_changed_at=None, data_confirmed_at=now)
    guide.data_changed_at, guide.data_confirmed_at = None, now
