"""The admin's image form: Wagtail's, with upload limits that say which field and what to do, a
file no decoder can read refused as a field error (Wagtail lets Pillow's error through as a 500),
and the description named for what it is: the alt text readers' screen readers hear.

Animations cost the worker one frame: renditions are made with Pillow alone (no Wand), which reads
an animated GIF or WebP's first frame and no other, so a long animation costs what a still does.
The form says so, since the pages then show a still."""

from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from PIL import UnidentifiedImageError
from wagtail.images.forms import BaseImageForm

NOT_AN_IMAGE = "File: this file is not an image this site can read. Upload a JPEG, PNG, GIF, WebP or AVIF picture."
# What Pillow raises for a file that claims a format it is not in (a GIF header on an HTML page, a
# truncated PNG): none of it is a fault of the site.
ANIMATIONS = "An animated GIF or WebP is shown as its first frame."
UNREADABLE = (UnidentifiedImageError, OSError, SyntaxError, ValueError)


def refusing_unreadable_files(to_python):
    def checked(data):
        try:
            return to_python(data)
        except UNREADABLE as error:
            raise ValidationError(NOT_AN_IMAGE, code="invalid_image") from error

    return checked


ALT_TEXT_LABEL = "Alt text (description)"
ALT_TEXT_HELP = (
    "What the picture shows, in a sentence, for readers who cannot see it: screen readers read it out "
    "wherever the image appears. Not the file name; leave out 'image of'."
)


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "description" in self.fields:
            self.fields["description"].label = ALT_TEXT_LABEL
            self.fields["description"].help_text = ALT_TEXT_HELP
        field = self.fields.get("file")
        if field is None:
            return
        field.to_python = refusing_unreadable_files(field.to_python)
        field.help_text = f"{field.help_text} {ANIMATIONS}".strip()
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
