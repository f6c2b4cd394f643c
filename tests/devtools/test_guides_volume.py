"""manage.py generate_guides --guides N (devtools/guides_volume.py): the site gets N live guides, the
missing ones generated in bulk over its categories and authors; real guides are never touched."""

from io import StringIO

import pytest
from django.core.management import call_command

from guides.models import GuidePage
from tests.authors.factories import AuthorPageFactory
from tests.guides.factories import GuideCategoryFactory, GuideIndexPageFactory, GuidePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def site():
    GuideIndexPageFactory()
    queues = GuideCategoryFactory(name="Queues")
    GuideCategoryFactory(name="Databases")
    kanika = AuthorPageFactory(title="Kanika Mathur")
    AuthorPageFactory(title="Arjun Rao")
    GuidePageFactory(title="A real guide", slug="a-real-guide", category=queues, author=kanika)


def generate(guides):
    call_command("generate_guides", guides=guides, stdout=StringIO())


def generated():
    return GuidePage.objects.filter(slug__startswith="bench-guide-").order_by("pk")


def live_titles():
    return sorted(GuidePage.objects.live().values_list("title", flat=True))


def test_generate_guides_tops_up_to_n_live_guides_spread_over_categories_and_authors(client, site):
    generate(5)

    assert GuidePage.objects.live().count() == 5
    assert [(guide.title, guide.category.name, guide.author.title) for guide in generated()] == [
        ("Benchmark guide 0", "Queues", "Kanika Mathur"),
        ("Benchmark guide 1", "Databases", "Arjun Rao"),
        ("Benchmark guide 2", "Queues", "Kanika Mathur"),
        ("Benchmark guide 3", "Databases", "Arjun Rao"),
    ]
    response = client.get("/guides/bench-guide-3/")
    assert (response.status_code, response.context["page"].title) == (200, "Benchmark guide 3")


def test_generated_guides_are_an_archive_one_hour_apart_older_than_the_real_ones(client, site):
    generate(3)

    published = list(generated().values_list("first_published_at", flat=True))
    assert [(published[0] - moment).total_seconds() for moment in published] == [0, 3600]
    assert max(published) < GuidePage.objects.get(slug="a-real-guide").first_published_at


def test_generate_guides_again_makes_nothing(site):
    generate(5)
    made = list(generated().values_list("pk", flat=True))

    generate(5)

    assert list(generated().values_list("pk", flat=True)) == made
    assert GuidePage.objects.live().count() == 5


def test_fewer_guides_unpublishes_generated_guides_only_and_more_republishes_them_first(site):
    generate(5)

    generate(2)
    assert live_titles() == ["A real guide", "Benchmark guide 0"]

    generate(6)
    assert generated().count() == 5  # four published again, one made
    assert live_titles() == ["A real guide", *[f"Benchmark guide {n}" for n in range(5)]]
