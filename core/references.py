"""How a record is named to other channels: its id, slug, name and its address in the API.

The API's serializers and the blocks' own representations (the body of a guide as data) both name
records this way, so a client meets one shape wherever a record appears.
"""

from django.urls import reverse


def api_url(request, basename, slug):
    """The record's address in the API (absolute when there is a request), e.g. /api/v1/frameworks/django/."""
    path = reverse(f"api:{basename}-detail", kwargs={"slug": slug})
    return request.build_absolute_uri(path) if request else path


def record_reference(record, basename, request, name_field="title"):
    """{"id", "slug", "name", "url"} of a record, or None."""
    if record is None:
        return None
    return {
        "id": record.pk,
        "slug": record.slug,
        "name": str(getattr(record, name_field)),
        "url": api_url(request, basename, record.slug),
    }


def framework_reference(framework, request):
    """A framework named in a table, a chart or a ranking."""
    return record_reference(framework, "framework", request, "name")
