"""Reading time is computed from the words of the body, never typed in."""

import json

import pytest

from guides.models import GuidePage

pytestmark = pytest.mark.django_db


def words(count):
    return " ".join(["word"] * count)


@pytest.mark.parametrize(("word_count", "minutes"), [(10, 1), (230, 1), (231, 2), (2300, 10)])
def test_reading_minutes_is_the_word_count_over_230_rounded_up(demo_guide, word_count, minutes):
    guide = GuidePage(
        title="T",
        slug="t",
        standfirst="s",
        category=demo_guide.category,
        author=demo_guide.author,
        body=json.dumps([{"type": "paragraph", "value": f"<p>{words(word_count)}</p>"}]),
    )
    demo_guide.get_parent().add_child(instance=guide)
    assert guide.reading_minutes == minutes


def test_publishing_a_longer_body_raises_the_reading_time_shown(client, demo_guide):
    before = demo_guide.reading_minutes
    body = demo_guide.body.get_prep_value()
    body.append({"type": "paragraph", "value": f"<p>{words(2300)}</p>"})
    demo_guide.body = json.dumps(body)
    demo_guide.save_revision().publish()
    html = client.get(demo_guide.url).content.decode()
    assert f"{before + 10} min read" in html
