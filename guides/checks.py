"""Content checks on a guide: what must be right before it is published (errors) and what an editor
should look at (warnings).

Drafts and autosave never run into them: a guide saves whatever they say (the editor's form defers
them, as Wagtail defers required fields on a draft), and publishing, submitting for review or a
workflow's approval refuses an error. Each problem names the field and, in a StreamField, the
block and the block's field at fault, so the editor shows the message on that block.
"""

import json
import re
from dataclasses import dataclass
from pathlib import PurePosixPath

from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.html import strip_tags
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError

from frameworks.models import PublishableRecord

from .blocks import heading_anchor
from .citations import cited_keys
from .related import related_guides

ERROR = "error"
WARNING = "warning"

# Lengths beyond which a field stops working where it is shown (a heading, a search result).
TITLE_MAX = 120
SEO_TITLE_MAX = 60
STANDFIRST_MAX = 320
META_DESCRIPTION_MAX = 160

IMAGE_FILE_NAME = re.compile(r"^[\w-]+(\.(avif|gif|jpe?g|png|webp))?$", re.IGNORECASE)


@dataclass(frozen=True)
class Problem:
    severity: str
    field: str
    message: str
    block_index: int | None = None
    block_field: str | None = None

    @property
    def is_error(self):
        return self.severity == ERROR

    @property
    def where(self):
        """Where the editor finds it, in words: 'Body, block 3 (paragraph)'."""
        return self.field.replace("_", " ").capitalize() + (
            f", block {self.block_index + 1}" if self.block_index is not None else ""
        )


def _block_text(value):
    """A block's raw value as text, so a marker is found in any of its fields."""
    return value if isinstance(value, str) else json.dumps(value)


def _child_with(raw_value, needle):
    """The name of a struct block's field whose text contains `needle`."""
    if isinstance(raw_value, dict):
        for name, child in raw_value.items():
            if needle.lower() in _block_text(child).lower():
                return name
    return None


def citation_problems(guide):
    problems = []
    known = set(guide.source_numbers)
    cited = set()
    for index, block in enumerate(guide.body.raw_data):
        text = _block_text(block["value"])
        keys = cited_keys(text)
        cited |= keys
        for key in sorted(keys - known):
            problems.append(
                Problem(
                    ERROR,
                    "body",
                    f"Cites [cite:{key}], but no source has that key. Add the source or fix the marker.",
                    index,
                    _child_with(block["value"], f"[cite:{key}"),
                )
            )
    for index, child in enumerate(guide.sources):
        key = child.value["key"].lower()
        if key not in cited:
            problems.append(
                Problem(WARNING, "sources", f"Source '{key}' is not cited: write [cite:{key}] after a claim.", index)
            )
    return problems


def heading_problems(guide):
    problems = []
    seen_h2 = False
    anchors = {}
    for index, block in enumerate(guide.body):
        if block.block_type != "heading":
            continue
        level = block.value["level"]
        if level == "h3" and not seen_h2:
            problems.append(
                Problem(
                    ERROR,
                    "body",
                    "This sub-section (h3) comes before any section (h2): headings must not skip a level.",
                    index,
                    "level",
                )
            )
        seen_h2 = seen_h2 or level == "h2"
        anchor = heading_anchor(block.value)
        if anchor in anchors:
            problems.append(
                Problem(
                    ERROR,
                    "body",
                    f"Two headings share the link #{anchor}; give one an anchor of its own.",
                    index,
                    "anchor",
                )
            )
        anchors.setdefault(anchor, index)
    return problems


def faq_problems(guide):
    problems = []
    for index, block in enumerate(guide.body):
        if block.block_type != "faq":
            continue
        for number, item in enumerate(block.value["items"], start=1):
            if not strip_tags(str(item["answer"].source)).strip():
                problems.append(
                    Problem(ERROR, "body", f"Question {number} ('{item['question']}') has no answer.", index, "items")
                )
    return problems


def hero_image_problems(guide):
    image = guide.hero_image
    if image is None:
        return []
    alt = (image.description or "").strip()
    file_stem = PurePosixPath(image.file.name or "").stem
    if not alt:
        return [
            Problem(
                ERROR,
                "hero_image",
                f"The hero image '{image.title}' has no description, its alt text: describe the picture "
                "in the image's Description (Images menu).",
            )
        ]
    if IMAGE_FILE_NAME.match(alt) or alt.lower() == file_stem.lower():
        return [
            Problem(
                ERROR,
                "hero_image",
                f"The hero image's alt text '{alt}' reads like a file name: describe the picture in the image's "
                "Description (Images menu).",
            )
        ]
    return []


def length_problems(guide):
    limits = [
        ("title", guide.title, TITLE_MAX, ERROR),
        ("standfirst", guide.standfirst, STANDFIRST_MAX, ERROR),
        ("seo_title", guide.seo_title, SEO_TITLE_MAX, WARNING),
        ("search_description", guide.search_description, META_DESCRIPTION_MAX, WARNING),
    ]
    problems = []
    for field, value, limit, severity in limits:
        if value and len(value) > limit:
            problems.append(
                Problem(
                    severity,
                    field,
                    f"{len(value)} characters; keep it to {limit} or fewer"
                    + (" (search results cut it there)." if severity == WARNING else "."),
                )
            )
    return problems


def related_problems(guide):
    problems = []
    for index, block in enumerate(guide.related):
        if block.block_type != "related_guides":
            continue
        count = block.value["count"]
        picks = [page.pk for page in block.value["picks"] if page]
        shown = len(related_guides(guide, picks, count))
        if shown < count:
            problems.append(
                Problem(
                    WARNING,
                    "related",
                    f"Shows {shown} of the {count} related guides asked for: pick more, or lower the count.",
                    index,
                    "count",
                )
            )
    return problems


def unpublished_records(guide):
    """[(field, block index, block field, record)] for every frameworks record a block of the body or
    the sources chooses that readers cannot see yet (a draft, or unpublished)."""
    found = []
    for field in ("body", "sources"):
        for index, child in enumerate(getattr(guide, field)):
            value = child.value
            if not hasattr(value, "items"):
                continue
            for name, chosen in value.items():
                if isinstance(chosen, PublishableRecord) and not chosen.live:
                    found.append((field, index, name, chosen))
    return found


def draft_record_problems(guide):
    """A block whose record is not published shows readers nothing: publishing the guide waits for it,
    unless the record is scheduled to go live (then the editor is told when)."""
    problems = []
    for field, index, name, record in unpublished_records(guide):
        kind = record._meta.verbose_name
        go_live_at = record.go_live_at
        if go_live_at and go_live_at > timezone.now():
            when = date_format(timezone.localtime(go_live_at), "DATETIME_FORMAT")
            message = (
                f"The {kind} '{record}' is scheduled to go live on {when}: until then readers see nothing "
                "in this block. The preview shows it as it will look."
            )
            problems.append(Problem(WARNING, field, message, index, name))
        else:
            message = (
                f"The {kind} '{record}' is a draft: readers would see nothing in this block. Publish it "
                "(Frameworks data) or choose a published one. The preview shows it as it will look once published."
            )
            problems.append(Problem(ERROR, field, message, index, name))
    return problems


CHECKS = [
    length_problems,
    hero_image_problems,
    heading_problems,
    citation_problems,
    faq_problems,
    related_problems,
    draft_record_problems,
]


def content_problems(guide):
    """Every problem of the guide as it stands, errors first."""
    problems = [problem for check in CHECKS for problem in check(guide)]
    return sorted(problems, key=lambda problem: not problem.is_error)


STREAM_FIELDS = {"body", "sources", "related"}


def as_validation_error(problems):
    """A ValidationError keyed by field, with a StreamField's errors on the blocks at fault."""
    by_field = {}
    for problem in problems:
        if problem.field in STREAM_FIELDS and problem.block_index is not None:
            blocks = by_field.setdefault(problem.field, {})
            if problem.block_field:
                struct = blocks.setdefault(problem.block_index, {})
                struct.setdefault(problem.block_field, []).append(problem.message)
            else:
                blocks.setdefault(problem.block_index, []).append(problem.message)
        else:
            by_field.setdefault(problem.field, []).append(problem.message)

    errors = {}
    for field, found in by_field.items():
        if field in STREAM_FIELDS:
            errors[field] = StreamBlockValidationError(
                block_errors={
                    index: (
                        StructBlockValidationError(
                            block_errors={name: ValidationError(messages) for name, messages in value.items()}
                        )
                        if isinstance(value, dict)
                        else ValidationError(value)
                    )
                    for index, value in found.items()
                }
            )
        else:
            errors[field] = found
    return ValidationError(errors)
