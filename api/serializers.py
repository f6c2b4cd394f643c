"""What every serializer of the API shares: `?fields=` to return only some fields."""

from rest_framework import serializers


def unknown_name(name):
    """The error for a name a list parameter (`fields`, `ordering`) does not know."""
    if not name:
        return "An empty name: two commas in a row, or one at an end."
    return f"Unknown field: {name}."


class SparseFieldsMixin:
    """`?fields=slug,name` returns only those fields (names exactly as the schema lists them,
    comma-separated); an unknown or empty name is a 400 naming it; `fields=` alone is every field.
    Only the serializer the view answers with reads it (not one nested in it, nor one a view uses
    beside it)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        request = self.context.get("request")
        wanted = request and ",".join(request.query_params.getlist("fields"))
        if not wanted or not self._answers_the_view():
            return
        names = wanted.split(",")
        errors = [unknown_name(name) for name in dict.fromkeys(names) if name not in self.fields]
        if errors:
            raise serializers.ValidationError({"fields": errors})
        for name in set(self.fields) - set(names):
            self.fields.pop(name)

    def _answers_the_view(self):
        if self.parent is not None and not isinstance(self.parent, serializers.ListSerializer):
            return False
        view = self.context.get("view")
        return view is not None and isinstance(self, view.get_serializer_class())
