"""One StreamField class per field, each bound to its block definition.

`deconstruct` leaves the block list out, so migrations stay small and a block change never
needs a migration of its own (the database column is JSON either way).
"""

from django.core.exceptions import ValidationError
from wagtail.fields import StreamField

from core.links import validate_web_link

from .blocks import ContentBodyBlock, GuideBodyBlock, RelatedBlock, SourcesBlock


class _BoundStreamField(StreamField):
    stream_block_class = None

    def __init__(self, *args, **kwargs):
        kwargs.pop("block_lookup", None)
        super().__init__(self.stream_block_class(), **kwargs)

    def deconstruct(self):
        name, path, _, kwargs = super().deconstruct()
        kwargs.pop("block_lookup", None)
        return name, path, [], kwargs


class GuideBodyField(_BoundStreamField):
    stream_block_class = GuideBodyBlock


class ContentBodyField(_BoundStreamField):
    stream_block_class = ContentBodyBlock


class SourcesField(_BoundStreamField):
    stream_block_class = SourcesBlock

    def validate(self, value, model_instance):
        """A source's link is checked on the model too, so an import or script that saves a page
        (Wagtail pages run full_clean on save) cannot store a link the editor's form would refuse."""
        super().validate(value, model_instance)
        problems = []
        for child in value or []:
            url = child.value.get("url") if hasattr(child.value, "get") else None
            if not url:
                continue
            try:
                validate_web_link(url)
            except ValidationError as error:
                problems.append(f"Source “{child.value.get('key')}”: {' '.join(error.messages)}")
        if problems:
            raise ValidationError(problems)


class RelatedField(_BoundStreamField):
    stream_block_class = RelatedBlock
