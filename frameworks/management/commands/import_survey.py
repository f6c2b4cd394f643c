"""manage.py import_survey FILE.csv --survey SLUG [--apply]: a survey's figures from rows of framework,share.

Without --apply it only reports what would change (a dry run); with it, the figures are saved as
a draft of the survey for an editor to review and publish. See frameworks/importing.py.
"""

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from frameworks.importing import ImportFileError, apply_plan, check_file, report_lines, why_locked
from frameworks.records import AdoptionSurvey

# Files shorter than this are checked before a progress bar would be seen.
PROGRESS_FROM_ROWS = 1000


class ProgressBar:
    """Row-checking progress on stderr: one bar redrawn in a terminal, a line per tenth elsewhere."""

    def __init__(self, stream):
        self.stream = stream
        self.interactive = hasattr(stream, "isatty") and stream.isatty()
        self.last_tenth = 0
        self.shown = False

    def __call__(self, done, total):
        if total < PROGRESS_FROM_ROWS:
            return
        self.shown = True
        label = f"Checking rows {done * 100 // total}% ({done:,} of {total:,})"
        if self.interactive:
            filled = done * 30 // total
            self.stream.write(f"\r[{'#' * filled}{'.' * (30 - filled)}] {label}", ending="")
            self.stream.flush()
        elif done * 10 // total > self.last_tenth:
            self.last_tenth = done * 10 // total
            self.stream.write(label)

    def finish(self):
        if self.shown and self.interactive:
            self.stream.write("")


class Command(BaseCommand):
    help = "Import a survey's figures from a CSV file of framework,share rows (a dry run unless --apply)."

    def add_arguments(self, parser):
        parser.add_argument("file", help="CSV file: framework,share per row; a header row is optional.")
        parser.add_argument("--survey", required=True, help="The survey's slug, e.g. stack-overflow-2025.")
        parser.add_argument("--apply", action="store_true", help="Save the figures as a draft of the survey.")
        parser.add_argument(
            "--remove-missing",
            action="store_true",
            help="Remove the survey's figures for frameworks the file leaves out (kept by default).",
        )
        parser.add_argument("--user", help="Username the draft revision is recorded under.")

    def handle(self, *args, file, survey, apply, remove_missing, user, **options):
        record = AdoptionSurvey.objects.filter(slug=survey).first()
        if record is None:
            slugs = ", ".join(AdoptionSurvey.objects.order_by("slug").values_list("slug", flat=True)) or "none yet"
            raise CommandError(f"No survey has the slug '{survey}'. Surveys: {slugs}.")
        editor = None
        if user:
            editor = get_user_model().objects.filter(username=user).first()
            if editor is None:
                raise CommandError(f"No user is called '{user}'.")
        try:
            with open(file, "rb") as handle:
                data = handle.read()
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}.") from None

        progress = ProgressBar(self.stderr)
        try:
            plan = check_file(record, data, remove_missing=remove_missing, progress=progress)
        except ImportFileError as error:
            progress.finish()
            problems = "\n".join(f"  {problem}" for problem in error.problems)
            raise CommandError(f"{file} was not imported; nothing was written.\n{problems}") from None
        progress.finish()

        for line in report_lines(plan):
            self.stdout.write(line)
        nothing_to_change = f"Nothing to change: {plan.holder} already has these figures. Nothing was written."
        if not apply:
            if plan.change_count:
                changes = f"{plan.change_count} change{'s' if plan.change_count != 1 else ''}"
                self.stdout.write(f"Dry run: nothing was written. Run again with --apply to save {changes} as a draft.")
            else:
                self.stdout.write(nothing_to_change)
            return
        if locked := why_locked(record, editor):
            raise CommandError(f"{locked} Nothing was written.")
        if apply_plan(plan, user=editor) is None:
            self.stdout.write(nothing_to_change)
        else:
            self.stdout.write(
                f"Saved as a draft of {record} ({plan.summary()}). Readers see no change until an editor publishes it."
            )
