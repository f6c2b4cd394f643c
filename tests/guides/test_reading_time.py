"""Reading time is computed from the words of the body (230 a minute, rounded up, at least one), never typed in."""

import pytest

from tests.guides.factories import GuidePageFactory, paragraph

pytestmark = pytest.mark.django_db


def words(count):
    return " ".join(["word"] * count)


@pytest.mark.parametrize(
    ("word_count", "shown"),
    [(0, "1 min read"), (10, "1 min read"), (230, "1 min read"), (231, "2 min read"), (2300, "10 min read")],
)
def test_reading_time_shown_is_the_word_count_over_230_rounded_up(client, word_count, shown):
    guide = GuidePageFactory(body=[paragraph(f"<p>{words(word_count)}</p>")])
    html = client.get(guide.url).content.decode()
    assert f'<span class="reading-time">{shown}</span>' in html


def test_publishing_a_longer_body_raises_the_reading_time_shown(client):
    guide = GuidePageFactory(body=[paragraph(f"<p>{words(230)}</p>")])
    assert '<span class="reading-time">1 min read</span>' in client.get(guide.url).content.decode()

    guide.body = [paragraph(f"<p>{words(230)}</p>"), paragraph(f"<p>{words(2300)}</p>")]
    guide.save_revision().publish()

    assert '<span class="reading-time">11 min read</span>' in client.get(guide.url).content.decode()


def test_a_save_that_skips_validation_still_works_out_the_reading_time(client):
    guide = GuidePageFactory(body=[paragraph(f"<p>{words(10)}</p>")])
    guide.body = [paragraph(f"<p>{words(700)}</p>")]
    guide.save(clean=False)  # as Wagtail's copy and unpublish actions do
    assert '<span class="reading-time">4 min read</span>' in client.get(guide.url).content.decode()
