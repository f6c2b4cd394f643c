"""A StreamField's blocks as typed data, in the schema as in the answers.

Each block of a body is `{"type", "id", "value"}`, its value the block's own
`get_api_representation`. The block declares that value's shape beside it (`api_schema`, guides/blocks.py
and frameworks/blocks.py), so the schema gives each block type its own component (`HeadingBlock`,
whose `value` is a `HeadingBlockValue`) and the body an array of their union, discriminated by `type`:
a generated client gets a typed class per block, not a mapping. A block whose `api_schema` is None
(the call-to-action block, served beside the body) is never in the body as data.

A record named inside a value (core.references.REFERENCE_SCHEMA) is one component, RecordReference.
"""

from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.plumbing import ResolvedComponent
from rest_framework import serializers

from core.references import REFERENCE_SCHEMA

REFERENCE_COMPONENT = "RecordReference"


class TypedBlocksField(serializers.ListField):
    """The schema of a body made of `stream_block`'s child blocks (the answer is built by the
    serializer that declares it, e.g. GuideDetailSerializer.get_body)."""

    def __init__(self, stream_block, **kwargs):
        self.stream_block = stream_block
        super().__init__(read_only=True, **kwargs)


def body_data(stream_value, context):
    """The body's blocks as data, in order; a block whose value is None (a record not published, a
    call to action) is left out, as the page leaves it out."""
    body = []
    for child in stream_value:
        value = child.block.get_api_representation(child.value, context)
        if value is not None:
            body.append({"type": child.block_type, "id": child.id, "value": value})
    return body


class TypedBlocksFieldSchema(OpenApiSerializerFieldExtension):
    target_class = TypedBlocksField

    def map_serializer_field(self, auto_schema, direction):
        registry = auto_schema.registry
        _register(registry, REFERENCE_COMPONENT, REFERENCE_SCHEMA)
        mapping = {}
        for name, block in self.target.stream_block.child_blocks.items():
            value_schema = getattr(block, "api_schema", None)
            if value_schema is None:
                continue
            component = type(block).__name__
            value_ref = _register(registry, f"{component}Value", _with_references(value_schema))
            item = {
                "type": "object",
                "description": str(getattr(block.meta, "description", "") or block.meta.help_text or ""),
                "required": ["type", "id", "value"],
                "properties": {
                    "type": {"type": "string", "enum": [name]},
                    "id": {"type": "string", "description": "Stable across edits: the block's own id."},
                    "value": value_ref,
                },
            }
            if not item["description"]:
                del item["description"]
            mapping[name] = _register(registry, component, item)["$ref"]
        return {
            "type": "array",
            "items": {
                "oneOf": [{"$ref": ref} for ref in mapping.values()],
                "discriminator": {"propertyName": "type", "mapping": mapping},
            },
        }


def _register(registry, name, schema):
    component = ResolvedComponent(name=name, type=ResolvedComponent.SCHEMA, object=name, schema=schema)
    registry.register_on_missing(component)
    return component.ref


def _with_references(schema):
    """The schema with each record reference as a $ref to RecordReference."""
    if schema is REFERENCE_SCHEMA:
        return {"$ref": f"#/components/schemas/{REFERENCE_COMPONENT}"}
    if isinstance(schema, dict):
        return {key: _with_references(item) for key, item in schema.items()}
    if isinstance(schema, list):
        return [_with_references(item) for item in schema]
    return schema
