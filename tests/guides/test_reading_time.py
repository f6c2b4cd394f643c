"""Reading time is computed from every word of the body, tables and FAQ included (238 a minute, rounded
up, at least one; a table's words count a quarter, as a table is scanned), never typed in."""

import pytest

from tests.frameworks.factories import DecisionGuideFactory, DecisionGuideRowFactory, FrameworkFactory, matrix_of
from tests.guides.factories import GuidePageFactory, comparison_matrix, decision_guide, faq, paragraph

pytestmark = pytest.mark.django_db


def words(count):
    return " ".join(["word"] * count)


@pytest.mark.parametrize(
    ("word_count", "shown"),
    [(0, "1 min read"), (10, "1 min read"), (238, "1 min read"), (239, "2 min read"), (2380, "10 min read")],
)
def test_reading_time_shown_is_the_word_count_over_238_rounded_up(client, word_count, shown):
    guide = GuidePageFactory(body=[paragraph(f"<p>{words(word_count)}</p>")])
    html = client.get(guide.url).content.decode()
    assert f'<span class="reading-time">{shown}</span>' in html


def test_publishing_a_longer_body_raises_the_reading_time_shown(client):
    guide = GuidePageFactory(body=[paragraph(f"<p>{words(238)}</p>")])
    assert '<span class="reading-time">1 min read</span>' in client.get(guide.url).content.decode()

    guide.body = [paragraph(f"<p>{words(238)}</p>"), paragraph(f"<p>{words(2380)}</p>")]
    guide.save_revision().publish()

    assert '<span class="reading-time">11 min read</span>' in client.get(guide.url).content.decode()


def test_a_save_that_skips_validation_still_works_out_the_reading_time(client):
    guide = GuidePageFactory(body=[paragraph(f"<p>{words(10)}</p>")])
    guide.body = [paragraph(f"<p>{words(720)}</p>")]
    guide.save(clean=False)  # as Wagtail's copy and unpublish actions do
    assert '<span class="reading-time">4 min read</span>' in client.get(guide.url).content.decode()


# Every word a reader reads counts: the data tables' cells and the FAQ, not only the prose.
def test_the_cells_of_a_comparison_matrix_count_toward_reading_time(client):
    criteria = ["speed", "ecosystem", "fit"]
    frameworks = [FrameworkFactory(values={slug: words(20) for slug in criteria}) for _ in range(10)]
    guide = GuidePageFactory(
        body=[paragraph(f"<p>{words(220)}</p>"), comparison_matrix(matrix_of(frameworks, criteria))]
    )
    # 220 words of prose, then 600 in the cells with the names and headings, scanned (a quarter each):
    # 2 minutes where the prose alone is 1.
    assert reading_time_shown(client, guide) == "2 min read"


def test_the_rows_of_a_decision_guide_count_toward_reading_time(client):
    rows = DecisionGuideFactory()
    for _ in range(25):
        DecisionGuideRowFactory(guide=rows, why=words(20), lean_toward=[FrameworkFactory()])
    guide = GuidePageFactory(body=[paragraph(f"<p>{words(220)}</p>"), decision_guide(rows)])
    # 220 words of prose, then 500 of reasons and each row's project type and framework, scanned:
    # 2 minutes where the prose alone is 1.
    assert reading_time_shown(client, guide) == "2 min read"


def test_the_questions_and_answers_of_the_faq_count_toward_reading_time(client):
    guide = GuidePageFactory(
        body=[
            paragraph(f"<p>{words(100)}</p>"),
            faq(*[(f"Question {number}?", f"<p>{words(210)}</p>") for number in range(3)]),
        ]
    )
    # 100 words of prose and 630 of answers, read as prose: 4 minutes.
    assert reading_time_shown(client, guide) == "4 min read"


def reading_time_shown(client, guide):
    html = client.get(guide.url).content.decode()
    return html.split('<span class="reading-time">', 1)[1].split("</span>", 1)[0]


def test_the_demo_guide_reads_in_12_minutes_as_the_reference_says(client, demo_guide):
    # Prose at 238 words a minute, its three tables scanned: the reference guide's own figure.
    assert reading_time_shown(client, demo_guide) == "12 min read"
