"""One StreamField class per field, each bound to its block definition.

`deconstruct` leaves the block list out, so migrations stay small and a block change never
needs a migration of its own (the database column is JSON either way).
"""

from wagtail.fields import StreamField

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


class RelatedField(_BoundStreamField):
    stream_block_class = RelatedBlock
