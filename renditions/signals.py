"""Queue an image's renditions when it is uploaded or replaced, and when a page that shows it is
published; record the file's hash of an image saved by code, as an upload does."""

from django.db.models import ForeignKey
from django.db.models.signals import post_save, pre_save
from wagtail.images import get_image_model
from wagtail.signals import page_published
from wagtail.utils.file import hash_filelike

from .tasks import make_renditions


def record_file_hash(sender, instance, raw=False, **kwargs):
    """Wagtail's upload form records a file's hash, which is part of the key its rendition cache keeps
    renditions under; an image saved by code (the demo loader, an import, a script) had none, so its
    key was its id alone, and an image given an id freed before (SQLite hands out again the id of a
    row rolled back, or of the newest row deleted) was served the renditions cached for the old one."""
    if raw or instance.file_hash or not instance.file:
        return
    with instance.open_file() as file:  # Wagtail's: closes the file only if it opened it
        instance.file_hash = hash_filelike(file)


def queue_renditions_on_upload(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields and "file" not in update_fields and "focal_point_x" not in update_fields):
        return
    # Queued in the same transaction as the image: the database queue hands it to a worker only
    # once the image is committed; tests' immediate backend makes the renditions there and then.
    make_renditions.enqueue(instance.pk)


def queue_renditions_on_publish(sender, instance, **kwargs):
    """A page's own images (hero, photo): made again if they were lost or the focal point moved."""
    Image = get_image_model()
    for field in instance._meta.concrete_fields:
        if isinstance(field, ForeignKey) and field.related_model is Image:
            image_id = getattr(instance, field.attname)
            if image_id:
                make_renditions.enqueue(image_id)


pre_save.connect(record_file_hash, sender=get_image_model(), dispatch_uid="renditions-file-hash")
post_save.connect(queue_renditions_on_upload, sender=get_image_model(), dispatch_uid="renditions-upload")
page_published.connect(queue_renditions_on_publish, dispatch_uid="renditions-publish")
