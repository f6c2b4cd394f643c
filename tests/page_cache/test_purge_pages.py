"""manage.py purge_pages: a path purged by hand is rendered afresh for the next reader."""

import pytest
from django.core.management import CommandError, call_command

from guides.models import GuidePage
from tests.guides.factories import GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("arguments", [["/guides/queues/"], ["--everything"]])
def test_a_purged_path_is_rendered_afresh(client, arguments):
    GuidePageFactory(title="Queues compared", slug="queues")
    client.get("/guides/queues/")
    GuidePage.objects.filter(slug="queues").update(title="Changed by hand")

    call_command("purge_pages", *arguments)

    response = client.get("/guides/queues/")
    assert response["X-Page-Cache"] == "miss"
    assert "<h1>Changed by hand</h1>" in response.content.decode()


def test_a_path_without_its_leading_slash_is_refused():
    with pytest.raises(CommandError, match="Paths start with /: guides/"):
        call_command("purge_pages", "guides/")
