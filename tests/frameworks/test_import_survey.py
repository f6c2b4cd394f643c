"""Importing a survey's figures from CSV: `manage.py import_survey` and the admin upload.

A dry run writes nothing and reports what would change; applying saves a draft revision (readers
see the live figures until an editor publishes); applying the same file again changes nothing;
bad input names its line and writes nothing."""

import io
import json
from datetime import UTC, datetime
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.models import Revision

from frameworks.admin_views import copy_as_next_edition
from frameworks.models import AdoptionSurvey
from tests.frameworks.factories import FrameworkFactory, survey_with_figures

pytestmark = pytest.mark.django_db

FILE = """Framework,Share
django,13.0
FLASK,14.4
Express (Node.js),19.9
Djangoo,1.0
"""

DRY_RUN_REPORT = [
    "Stack Overflow Developer Survey 2025: 4 rows read, compared with the live figures.",
    "Added (1):",
    "  Express: 19.9",
    "Changed (1):",
    "  Django: 12.6 → 13.0",
    "Unchanged (1):",
    "  Flask: 14.4",
    "Missing from the file, kept (2):",
    "  FastAPI: 14.8",
    "  Laravel: 8.9",
    "Unknown names, not written (1):",
    "  line 5: Djangoo (did you mean Django?)",
    "Dry run: nothing was written. Run again with --apply to save 2 changes as a draft.",
]


@pytest.fixture
def survey():
    django = FrameworkFactory(name="Django", slug="django")
    flask = FrameworkFactory(name="Flask", slug="flask")
    FrameworkFactory(name="Express", slug="express", table_label="Express (Node.js)")
    fastapi = FrameworkFactory(name="FastAPI", slug="fastapi")
    laravel = FrameworkFactory(name="Laravel", slug="laravel")
    return survey_with_figures(
        {django: "12.6", flask: "14.4", fastapi: "14.8", laravel: "8.9"}, year=2025, slug="stack-overflow-2025"
    )


def write(tmp_path, content, name="figures.csv"):
    path = tmp_path / name
    path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    return str(path)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_survey", *args, stdout=out, stderr=err)
    return out.getvalue().splitlines(), err.getvalue().splitlines()


def live_figures(survey):
    return [(figure.framework.name, str(figure.share)) for figure in survey.figures.order_by("sort_order")]


def draft_figures(survey):
    survey = AdoptionSurvey.objects.get(pk=survey.pk)
    return [
        (figure.framework.name, str(figure.share)) for figure in survey.get_latest_revision_as_object().figures.all()
    ]


LIVE = [("Django", "12.6"), ("Flask", "14.4"), ("FastAPI", "14.8"), ("Laravel", "8.9")]


# The command ----------------------------------------------------------------------------------


def test_a_dry_run_reports_what_would_change_and_writes_nothing(tmp_path, survey):
    out, _err = run(write(tmp_path, FILE), "--survey", "stack-overflow-2025")

    assert out == DRY_RUN_REPORT
    assert live_figures(survey) == LIVE
    assert Revision.objects.count() == 0


def test_applying_saves_exactly_the_reported_changes_as_a_draft_readers_do_not_see(tmp_path, survey):
    out, _err = run(write(tmp_path, FILE), "--survey", "stack-overflow-2025", "--apply")

    assert out[-1] == (
        "Saved as a draft of Stack Overflow Developer Survey 2025 (1 added, 1 changed). "
        "Readers see no change until an editor publishes it."
    )
    assert draft_figures(survey) == [
        ("Django", "13.0"),
        ("Flask", "14.4"),
        ("FastAPI", "14.8"),
        ("Laravel", "8.9"),
        ("Express", "19.9"),
    ]
    assert live_figures(survey) == LIVE
    survey.refresh_from_db()
    assert (survey.live, survey.has_unpublished_changes) == (True, True)


def test_applying_the_same_file_twice_changes_nothing_the_second_time(tmp_path, survey):
    path = write(tmp_path, FILE)
    run(path, "--survey", "stack-overflow-2025", "--apply")
    revisions = Revision.objects.count()

    out, _err = run(path, "--survey", "stack-overflow-2025", "--apply")

    assert out[0] == "Stack Overflow Developer Survey 2025: 4 rows read, compared with the unpublished draft."
    assert out[1:3] == ["Unchanged (3):", "  Django: 13.0"]
    assert out[-1] == "Nothing to change: the survey's draft already has these figures. Nothing was written."
    assert Revision.objects.count() == revisions


def test_remove_missing_drops_the_figures_the_file_leaves_out(tmp_path, survey):
    out, _err = run(write(tmp_path, FILE), "--survey", "stack-overflow-2025", "--apply", "--remove-missing")

    assert "Missing from the file, removed (2):" in out
    assert out[-1].startswith(
        "Saved as a draft of Stack Overflow Developer Survey 2025 (1 added, 1 changed, 2 removed)."
    )
    assert draft_figures(survey) == [("Django", "13.0"), ("Flask", "14.4"), ("Express", "19.9")]


@pytest.mark.parametrize(
    "content",
    [
        "django,13.0\nflask,14.4\n",
        "\ufeffFramework,Share\r\nDjango,13.0\r\nFlask,14.4\r\n",
        "Framework;Share (%)\nDJANGO;13,0\nFlask;14,4\n",
    ],
    ids=["no header", "Excel UTF-8 with BOM", "semicolons and decimal commas"],
)
def test_files_without_a_header_or_from_excel_read_the_same(tmp_path, survey, content):
    out, _err = run(write(tmp_path, content), "--survey", "stack-overflow-2025")
    assert out[1:5] == ["Changed (1):", "  Django: 12.6 → 13.0", "Unchanged (1):", "  Flask: 14.4"]


def test_a_utf16_file_from_excel_reads_the_same(tmp_path, survey):
    out, _err = run(write(tmp_path, "Django,13.0\n".encode("utf-16")), "--survey", "stack-overflow-2025")
    assert out[1:3] == ["Changed (1):", "  Django: 12.6 → 13.0"]


@pytest.mark.parametrize(
    "content, problems",
    [
        ("Django,lots\n", ["Line 1: share “lots” is not a number."]),
        ("Django,120\nFlask,-1\n", ["Line 1: share 120 is outside 0–100.", "Line 2: share -1 is outside 0–100."]),
        ("Django,12.63\n", ["Line 1: share 12.63 has more than one decimal place (figures keep one, e.g. 12.6)."]),
        ("Django\n", ["Line 1: the share is missing."]),
        (",12.6\n", ["Line 1: the framework's name is missing."]),
        ("Django,12.6,extra\n", ["Line 1: expected two columns, framework and share; found 3."]),
        ("Django,12.6\nflask,1\ndjango,13.0\n", ["Line 3: Django appears twice in the file (also on line 1)."]),
        ("", ["The file is empty."]),
        ("framework,share\n", ["The file has no figures, only a header."]),
        (
            "Django,12.6\nCafé,1.0\n".encode("latin-1"),
            ["Line 2: byte 0xE9 is not UTF-8 text. Save the file as “CSV UTF-8” and upload it again."],
        ),
        (
            b"PK\x03\x04\x14\x00",
            ["This is an Excel workbook, not a CSV file: in Excel, choose File › Save a Copy › CSV UTF-8."],
        ),
    ],
    ids=[
        "not a number",
        "outside 0-100",
        "two decimals",
        "no share",
        "no name",
        "three columns",
        "duplicate",
        "empty",
        "only a header",
        "latin-1",
        "xlsx",
    ],
)
def test_bad_input_names_each_line_and_problem_and_writes_nothing(tmp_path, survey, content, problems):
    path = write(tmp_path, content)

    with pytest.raises(CommandError) as error:
        run(path, "--survey", "stack-overflow-2025", "--apply")

    assert str(error.value).splitlines() == [f"{path} was not imported; nothing was written."] + [
        f"  {problem}" for problem in problems
    ]
    assert live_figures(survey) == LIVE
    assert Revision.objects.count() == 0


def test_an_unknown_survey_lists_the_slugs_there_are(tmp_path, survey):
    with pytest.raises(CommandError, match=r"^No survey has the slug 'so-2025'. Surveys: stack-overflow-2025.$"):
        run(write(tmp_path, FILE), "--survey", "so-2025")


def test_a_locked_survey_is_reported_and_not_written(tmp_path, survey, django_user_model):
    survey.locked, survey.locked_by = True, django_user_model.objects.create_user("ana")
    survey.save()
    with pytest.raises(CommandError) as error:
        run(write(tmp_path, FILE), "--survey", "stack-overflow-2025", "--apply")
    assert str(error.value) == (
        "Stack Overflow Developer Survey 2025 is locked by ana; it must be unlocked before importing. "
        "Nothing was written."
    )
    assert Revision.objects.count() == 0


def test_a_survey_scheduled_to_go_live_is_not_written(tmp_path, survey):
    survey.save_revision(approved_go_live_at=datetime(2031, 3, 4, 9, 30, tzinfo=UTC))
    with pytest.raises(CommandError) as error:
        run(write(tmp_path, FILE), "--survey", "stack-overflow-2025", "--apply")
    assert str(error.value) == (
        "Stack Overflow Developer Survey 2025 is scheduled to go live on 4 March 2031 at 09:30; "
        "cancel the schedule before importing. Nothing was written."
    )


def test_the_next_edition_copied_from_a_survey_takes_the_new_years_file(tmp_path, survey):
    next_edition = copy_as_next_edition(survey)

    out, _err = run(write(tmp_path, "Django,14.0\nFlask,14.4\n"), "--survey", "stack-overflow-2026", "--apply")

    assert out[0] == "Stack Overflow Developer Survey 2026: 2 rows read, compared with the unpublished draft."
    assert draft_figures(next_edition) == [
        ("Django", "14.0"),
        ("Flask", "14.4"),
        ("FastAPI", "14.8"),
        ("Laravel", "8.9"),
    ]
    assert AdoptionSurvey.objects.get(pk=next_edition.pk).live is False


def test_a_long_file_shows_its_progress_on_stderr(tmp_path, survey):
    rows = ["Framework,Share", "Django,13.0"] + [f"Tool {number},0.1" for number in range(1, 1500)]

    out, err = run(write(tmp_path, "\n".join(rows)), "--survey", "stack-overflow-2025")

    assert err == [f"Checking rows {tenth * 10}% ({tenth * 150:,} of 1,500)" for tenth in range(1, 11)]
    assert out[out.index("Unknown names, not written (1,499):") + 51] == "  … and 1,449 more"


# The admin upload -----------------------------------------------------------------------------


def import_url(survey):
    return reverse("wagtailsnippets_frameworks_adoptionsurvey:import", args=[survey.pk])


def upload(content, name="figures.csv"):
    return SimpleUploadedFile(name, content.encode("utf-8") if isinstance(content, str) else content, "text/csv")


def soup_of(response):
    assert response.status_code == 200, response.content.decode()[:2000]
    return BeautifulSoup(response.content.decode(), "html.parser")


def tables(page):
    return {
        table.caption.get_text(" ", strip=True): [
            [cell.get_text(" ", strip=True) for cell in row.find_all(["th", "td"])] for row in table.select("tbody tr")
        ]
        for table in page.select("#import-result table")
    }


def test_checking_an_upload_shows_the_report_and_writes_nothing(admin_client, survey):
    page = soup_of(admin_client.post(import_url(survey), {"file": upload(FILE), "check": "1"}))

    assert page.select_one("#import-result h2").get_text() == "What this file would change"
    assert tables(page) == {
        "Changed (1)": [["Django", "12.6", "13.0"]],
        "Added (1)": [["Express", "19.9"]],
        "Missing from the file, kept as they are (2)": [["FastAPI", "14.8"], ["Laravel", "8.9"]],
        "Unknown names, not written (1)": [["5", "Djangoo", "Django"]],
        "Unchanged (1)": [["Flask", "14.4"]],
    }
    assert page.select_one("form[data-import-form] button").get_text() == "Save 2 changes as a draft"
    assert Revision.objects.count() == 0


def test_saving_the_checked_upload_makes_a_draft(admin_client, survey):
    checked = soup_of(admin_client.post(import_url(survey), {"file": upload(FILE), "check": "1"}))
    form = {field["name"]: field["value"] for field in checked.select("form[data-import-form] input[type=hidden]")}

    page = soup_of(admin_client.post(import_url(survey), {**form, "apply": "1"}))

    assert page.select_one("#import-result h2").get_text() == "Saved as a draft"
    assert page.select_one("#import-result p").get_text() == (
        "Stack Overflow Developer Survey 2025 now has a draft with these figures (1 added, 1 changed). "
        "Readers see no change until an editor publishes it."
    )
    assert draft_figures(survey)[0] == ("Django", "13.0")
    assert live_figures(survey) == LIVE
    survey.refresh_from_db()
    assert survey.latest_revision.user.username == "admin"


def test_saving_after_someone_else_saved_the_survey_shows_the_report_again(admin_client, survey):
    checked = soup_of(admin_client.post(import_url(survey), {"file": upload(FILE), "check": "1"}))
    form = {field["name"]: field["value"] for field in checked.select("form[data-import-form] input[type=hidden]")}
    survey.save_revision()

    page = soup_of(admin_client.post(import_url(survey), {**form, "apply": "1"}))

    assert "The survey was saved by someone else after you checked the file" in page.get_text()
    assert Revision.objects.count() == 2  # the live state kept and the other editor's, none from the import


def test_a_bad_upload_lists_its_problems(admin_client, survey):
    page = soup_of(admin_client.post(import_url(survey), {"file": upload("Django,lots\nFlask,101\n"), "check": "1"}))

    assert page.select_one("#import-result h2").get_text() == "The file was not imported"
    assert [item.get_text() for item in page.select(".import-figures__problems li")] == [
        "Line 1: share “lots” is not a number.",
        "Line 2: share 101 is outside 0–100.",
    ]
    assert page.select_one("input[type=file]")["name"] == "file"


def test_the_upload_streams_progress_then_the_report_to_the_page_script(admin_client, survey):
    response = admin_client.post(
        import_url(survey), {"file": upload(FILE), "check": "1"}, HTTP_ACCEPT="application/x-ndjson"
    )

    assert response["Content-Type"] == "application/x-ndjson"
    events = [json.loads(line) for line in b"".join(response.streaming_content).decode().splitlines()]
    assert events[:-1] == [{"progress": {"done": done, "total": 4}} for done in (1, 2, 3, 4)]
    report = BeautifulSoup(events[-1]["html"], "html.parser")
    assert report.h2.get_text() == "What this file would change"
    assert Revision.objects.count() == 0


def survey_user(django_user_model, *codenames):
    group = Group.objects.create(name="Survey readers")
    group.permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    user = django_user_model.objects.create_user("reader", password="unused")
    user.groups.add(group)
    return user


def test_only_users_who_may_change_surveys_can_upload(client, django_user_model, survey):
    client.force_login(survey_user(django_user_model, "view_adoptionsurvey"))

    response = client.post(import_url(survey), {"file": upload(FILE), "check": "1"})
    assert (response.status_code, response["Location"]) == (302, "/admin/")
    listing = soup_of(client.get("/admin/snippets/frameworks/adoptionsurvey/"))
    assert "Import figures" not in listing.get_text()
    assert Revision.objects.count() == 0


def test_a_user_who_may_change_surveys_can_upload(client, django_user_model, survey):
    client.force_login(survey_user(django_user_model, "change_adoptionsurvey"))
    page = soup_of(client.post(import_url(survey), {"file": upload(FILE), "check": "1"}))
    assert page.select_one("#import-result h2").get_text() == "What this file would change"


def test_a_locked_survey_offers_no_upload(admin_client, survey, django_user_model):
    survey.locked, survey.locked_by = True, django_user_model.objects.create_user("ana")
    survey.save()

    page = soup_of(admin_client.get(import_url(survey)))

    assert page.select_one("#import-result .help-warning").get_text() == (
        "Stack Overflow Developer Survey 2025 is locked by ana; it must be unlocked before importing."
    )
    assert page.select_one("input[type=file]") is None
    assert Decimal("12.6") in [figure.share for figure in survey.figures.all()]
