"""The admin's image form: Wagtail's, with upload limits that say which field and what to do, and a
file no decoder can read refused as a field error (Wagtail lets Pillow's error through as a 500)."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import UnidentifiedImageError
from wagtail.images.forms import BaseImageForm

NOT_AN_IMAGE = "File: this file is not an image this site can read. Upload a JPEG, PNG, GIF, WebP or AVIF picture."
# What Pillow raises for a file that claims a format it is not in (a GIF header on an HTML page, a
# truncated PNG): none of it is a fault of the site.
UNREADABLE = (UnidentifiedImageError, OSError, SyntaxError, ValueError)


def refusing_unreadable_files(to_python):
    def checked(data):
        try:
            return to_python(data)
        except UNREADABLE as error:
            raise ValidationError(NOT_AN_IMAGE, code="invalid_image") from error

    return checked


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None:
            return
        field.to_python = refusing_unreadable_files(field.to_python)
        if not getattr(field, "max_image_pixels", None):
            return
        megapixels = field.max_image_pixels // 1_000_000
        # No pixel count in it: Pillow's guard refuses the largest images before they are counted.
        field.error_messages["file_too_many_pixels"] = (
            f"File: this image has more than the {megapixels} million pixels this site accepts "
            "(8000 × 5000 is 40 million). Scale it down and upload it again."
        )
        if field.max_upload_size:
            field.error_messages["file_too_large"] = (
                "File: this image is %(file_size)s, more than the "
                f"{filesizeformat(field.max_upload_size)} this site accepts. Save it smaller and upload it again."
            )
