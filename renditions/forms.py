"""The admin's image form: Wagtail's, with upload limits that say which field and what to do."""

from django.template.defaultfilters import filesizeformat
from wagtail.images.forms import BaseImageForm


class ImageForm(BaseImageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("file")
        if field is None or not getattr(field, "max_image_pixels", None):
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
