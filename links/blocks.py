"""The StreamField block for a stored link (see validators.py for what is accepted)."""

from wagtail import blocks

from .fields import WebLinkFormField


class WebLinkBlock(blocks.URLBlock):
    def __init__(self, required=True, help_text=None, max_length=None, min_length=None, validators=(), **kwargs):
        super().__init__(required=required, help_text=help_text, **kwargs)
        self.field = WebLinkFormField(
            required=required,
            help_text=help_text,
            max_length=max_length,
            min_length=min_length,
            validators=validators,
            assume_scheme="https",
        )
