"""What every serializer of the API shares: `?fields=` to return only some fields."""

from rest_framework import serializers


class SparseFieldsMixin:
    """`?fields=slug,name` returns only those fields; an unknown name is a 400 naming it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        wanted = request and request.query_params.get("fields")
        if not wanted or self.parent is not None and not isinstance(self.parent, serializers.ListSerializer):
            return
        names = {name.strip(" ") for name in wanted.split(",") if name.strip(" ")}
        unknown = sorted(names - set(self.fields))
        if unknown:
            raise serializers.ValidationError({"fields": [f"Unknown field: {name}." for name in unknown]})
        for name in set(self.fields) - names:
            self.fields.pop(name)
