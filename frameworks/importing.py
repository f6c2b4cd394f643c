"""Importing a survey's figures from a CSV file of `framework,share` rows.

Checking a file (`check_file`) writes nothing: it reports what applying it would add, change,
leave unchanged, and which of the survey's frameworks the file leaves out, and which names match
no framework. Applying (`apply_plan`) saves the figures as a draft revision of the survey, so
readers see nothing until an editor publishes it; unknown names are never written, and a file the
draft already matches writes nothing at all. Any malformed row stops the import before anything
is written, with every problem named by its line.

The `import_survey` command and the admin's upload (frameworks/admin_views.py) both use this.
"""

import csv
import difflib
import io
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils import timezone

from .records import AdoptionFigure, Framework

MAX_FILE_BYTES = 1024 * 1024  # a survey with a thousand technologies takes 30 kB
LIST_AT_MOST = 50  # longer lists in a report end with "… and N more"


class ImportFileError(Exception):
    """The file cannot be imported; `problems` says why, line by line where there is a line."""

    def __init__(self, problems):
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass
class Plan:
    """What applying a checked file would do to a survey's current figures."""

    survey: object
    based_on_draft: bool  # compared with unpublished changes rather than the live figures
    base_revision_id: int | None
    row_count: int
    rows: list  # [(framework, share)] in file order, known frameworks only
    added: list = field(default_factory=list)  # [(framework, share)]
    changed: list = field(default_factory=list)  # [(framework, old share, new share)]
    unchanged: list = field(default_factory=list)  # [(framework, share)]
    missing: list = field(default_factory=list)  # [(framework, share)]: in the survey, not the file
    unknown: list = field(default_factory=list)  # [(line, name, suggestion or None)]
    remove_missing: bool = False

    @property
    def change_count(self):
        removed = len(self.missing) if self.remove_missing else 0
        return len(self.added) + len(self.changed) + removed

    @property
    def holder(self):
        return "the survey's draft" if self.based_on_draft else "the survey"

    @property
    def compared_with(self):
        if self.based_on_draft:
            return "the unpublished draft"
        return "the live figures" if self.survey.live else "the saved figures"

    def summary(self):
        parts = [f"{len(self.added)} added", f"{len(self.changed)} changed"]
        if self.remove_missing and self.missing:
            parts.append(f"{len(self.missing)} removed")
        return ", ".join(parts)


def share_text(share):
    return f"{share:.1f}"


def report_lines(plan):
    """The report as lines of text, as the command prints it."""
    rows = f"{plan.row_count:,} row{'s' if plan.row_count != 1 else ''}"
    lines = [f"{plan.survey}: {rows} read, compared with {plan.compared_with}."]

    def section(title, items, describe):
        if not items:
            return
        lines.append(f"{title} ({len(items):,}):")
        lines.extend(f"  {describe(item)}" for item in items[:LIST_AT_MOST])
        if len(items) > LIST_AT_MOST:
            lines.append(f"  … and {len(items) - LIST_AT_MOST:,} more")

    section("Added", plan.added, lambda item: f"{item[0]}: {share_text(item[1])}")
    section("Changed", plan.changed, lambda item: f"{item[0]}: {share_text(item[1])} → {share_text(item[2])}")
    section("Unchanged", plan.unchanged, lambda item: f"{item[0]}: {share_text(item[1])}")
    missing_title = "Missing from the file, removed" if plan.remove_missing else "Missing from the file, kept"
    section(missing_title, plan.missing, lambda item: f"{item[0]}: {share_text(item[1])}")
    section("Unknown names, not written", plan.unknown, unknown_text)
    return lines


def unknown_text(item):
    line, name, suggestion = item
    hint = f" (did you mean {suggestion}?)" if suggestion else ""
    return f"line {line}: {name}{hint}"


def why_locked(survey, user=None):
    """Why the survey's figures may not be changed now (by `user`), or None."""
    lock = survey.get_lock()
    if lock is None or (user is not None and not lock.for_user(user)):
        return None
    if survey.approved_schedule:
        when = timezone.localtime(survey.scheduled_revision.approved_go_live_at)
        return f"{survey} is scheduled to go live on {when:%-d %B %Y at %H:%M}; cancel the schedule before importing."
    who = survey.locked_by.get_username() if survey.locked_by else "another user"
    return f"{survey} is locked by {who}; it must be unlocked before importing."


# Reading the file


def decode(data):
    """The file's text: UTF-8 (with or without a byte-order mark), or UTF-16 with one."""
    if data.startswith(b"PK\x03\x04"):
        raise ImportFileError(
            ["This is an Excel workbook, not a CSV file: in Excel, choose File › Save a Copy › CSV UTF-8."]
        )
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            [
                f"Line {line}: byte 0x{data[error.start]:02X} is not UTF-8 text. "
                "Save the file as “CSV UTF-8” and upload it again."
            ]
        ) from None
    if "\x00" in text:
        raise ImportFileError(["This is not a text file: it holds NUL bytes."])
    if not text.strip():
        raise ImportFileError(["The file is empty."])
    return text


def read_rows(text):
    """([(line number, framework name, share text)] for every non-blank row, the delimiter)."""
    sample = text[:4096]
    # Where Excel writes decimal commas it separates cells with semicolons.
    delimiter = ";" if sample.count(";") > sample.count(",") else ","
    rows, problems = [], []
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        for cells in reader:
            cells = [cell.strip() for cell in cells]
            while cells and not cells[-1]:
                cells.pop()  # spreadsheets pad rows with empty cells
            if not cells:
                continue
            if len(cells) > 2:
                found = len(cells)
                problems.append(f"Line {reader.line_num}: expected two columns, framework and share; found {found}.")
            rows.append((reader.line_num, cells[0], cells[1] if len(cells) > 1 else ""))
    except csv.Error as error:
        problems.append(f"Line {reader.line_num}: {error}.")
    if problems:
        raise ImportFileError(problems)
    return rows, delimiter


def is_header(name, share, names):
    """A first row whose share holds no digit and whose name is no framework: "framework,share"."""
    return bool(share) and not any(character.isdigit() for character in share) and names.find(name) is None


def parse_share(text, delimiter):
    """(Decimal share, None) or (None, what is wrong with it)."""
    if not text:
        return None, "the share is missing."
    number = text.removesuffix("%").strip()
    if delimiter != ",":
        number = number.replace(",", ".")  # "12,6" where the comma is not the separator
    try:
        share = Decimal(number)
    except InvalidOperation:
        return None, f"share “{text}” is not a number."
    if not share.is_finite():
        return None, f"share “{text}” is not a number."
    if not Decimal(0) <= share <= Decimal(100):
        return None, f"share {text} is outside 0–100."
    if share.as_tuple().exponent < -1:
        return None, f"share {text} has more than one decimal place (figures keep one, e.g. 12.6)."
    return share.quantize(Decimal("0.1")), None


class FrameworkNames:
    """Finds a framework by name, slug or table label, case-insensitively (one query)."""

    def __init__(self):
        self.frameworks = list(Framework.objects.only("pk", "name", "slug", "table_label"))
        self.by_key = {}
        # Later keys never replace earlier ones: a name wins over another framework's label.
        for attribute in ("name", "slug", "table_label"):
            for framework in self.frameworks:
                key = getattr(framework, attribute).casefold()
                if key:
                    self.by_key.setdefault(key, framework)

    def find(self, name):
        return self.by_key.get(name.casefold())

    def suggestion(self, name):
        names = [framework.name for framework in self.frameworks]
        close = difflib.get_close_matches(name, names, n=1, cutoff=0.75)
        if not close:
            folded = {candidate.casefold(): candidate for candidate in names}
            close = [folded[match] for match in difflib.get_close_matches(name.casefold(), folded, n=1, cutoff=0.75)]
        return close[0] if close else None


def checking(survey, data, *, remove_missing=False):
    """Check `data` (the file's bytes) for `survey` step by step: yields (rows done, rows) a hundred
    times at most, so a caller can show progress as it goes, and returns the plan. Raises
    ImportFileError."""
    if len(data) > MAX_FILE_BYTES:
        raise ImportFileError([f"The file is larger than {MAX_FILE_BYTES // (1024 * 1024)} MB; is it the right file?"])
    rows, delimiter = read_rows(decode(data))
    names = FrameworkNames()
    if rows and is_header(rows[0][1], rows[0][2], names):
        rows = rows[1:]
    if not rows:
        raise ImportFileError(["The file has no figures, only a header."])

    problems, known, unknown, first_line = [], [], [], {}
    step = max(1, len(rows) // 100)
    for position, (line, name, share_cell) in enumerate(rows, start=1):
        if not name:
            problems.append(f"Line {line}: the framework's name is missing.")
        share, problem = parse_share(share_cell, delimiter)
        if problem:
            problems.append(f"Line {line}: {problem}")
        framework = names.find(name) if name else None
        if framework is None and name:
            # Only names a report lists get a suggestion: each one compares against every framework.
            suggestion = names.suggestion(name) if len(unknown) < LIST_AT_MOST else None
            unknown.append((line, name, suggestion))
        elif framework is not None:
            if framework.pk in first_line:
                first = first_line[framework.pk]
                problems.append(f"Line {line}: {framework.name} appears twice in the file (also on line {first}).")
            else:
                first_line[framework.pk] = line
                known.append((framework, share))
        if position % step == 0 or position == len(rows):
            yield position, len(rows)
    if problems:
        raise ImportFileError(problems)

    draft = survey.get_latest_revision_as_object()
    current = {figure.framework_id: figure.share for figure in draft.figures.all()}
    plan = Plan(
        survey=survey,
        based_on_draft=survey.has_unpublished_changes,
        base_revision_id=survey.latest_revision_id,
        row_count=len(rows),
        rows=known,
        unknown=unknown,
        remove_missing=remove_missing,
    )
    for framework, share in known:
        if framework.pk not in current:
            plan.added.append((framework, share))
        elif current[framework.pk] != share:
            plan.changed.append((framework, current[framework.pk], share))
        else:
            plan.unchanged.append((framework, share))
    in_file = {framework.pk for framework, _share in known}
    frameworks = Framework.objects.in_bulk([pk for pk in current if pk not in in_file])
    plan.missing = sorted(
        ((frameworks[pk], share) for pk, share in current.items() if pk in frameworks),
        key=lambda item: item[0].name,
    )
    return plan


def check_file(survey, data, *, remove_missing=False, progress=None):
    """The plan for importing `data` into `survey`, calling `progress(done, total)` as it goes."""
    steps = checking(survey, data, remove_missing=remove_missing)
    while True:
        try:
            done, total = next(steps)
        except StopIteration as finished:
            return finished.value
        if progress:
            progress(done, total)


def apply_plan(plan, user=None):
    """Save the plan's figures as a draft revision of the survey; None when nothing changes."""
    if not plan.change_count:
        return None
    survey = plan.survey
    with transaction.atomic():
        draft = survey.get_latest_revision_as_object()
        shares = {framework.pk: share for framework, share in plan.rows}
        figures = []
        # Existing figures keep their place (and id); new ones follow in the file's order.
        for figure in draft.figures.all():
            if figure.framework_id in shares:
                figure.share = shares.pop(figure.framework_id)
            elif plan.remove_missing:
                continue
            figures.append(figure)
        for framework, share in plan.rows:
            if framework.pk in shares:
                figures.append(AdoptionFigure(framework=framework, share=share))
        for position, figure in enumerate(figures):
            figure.sort_order = position
        draft.figures = figures
        return draft.save_revision(user=user, log_action=True)
