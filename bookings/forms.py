"""The booking form: what a visitor types, checked field by field in plain words.

Hostile input never gets in as something active: single-line fields refuse line breaks (no e-mail
header injection) and control characters (NUL included), every field has a length limit, and
markup is kept as the text it is and escaped wherever it is shown; invisible characters and bidi
overrides (which could make a name read otherwise in a listing or an e-mail subject) are taken out.
Consent is only an explicit yes. An address must be at a public domain (not `localhost`, not an IP
address), as the confirmation is e-mailed to it. Two spam traps need no outside service: a honeypot
field people never see, and a signed time stamp (django.core.signing) that proves the form was
fetched from us, not too quickly and not too long ago, before it was sent; it carries a random
token too, so one form is stored once, however often it is sent (bookings/views.py).
"""

import re
import secrets
import time
import unicodedata
import zoneinfo
from datetime import date, datetime, timedelta

from django import forms
from django.conf import settings
from django.core import signing
from django.core.validators import ProhibitNullCharactersValidator
from django.utils import timezone

TIME_TRAP_SALT = "bookings.form.started"
WINDOW_COUNT = 2
MAX_WINDOW_DAYS = 120
# Any control character except tab and line breaks (the text field keeps those); NUL included.
CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
LINE_BREAKS = re.compile(r"[\r\n\t\x0b\x0c\x85\u2028\u2029]")
# The zero-width space, direction marks, bidi embeddings, overrides and isolates, word joiners and the
# byte order mark. Not the zero-width (non-)joiner: Persian and Indic names and emoji need them.
INVISIBLE = re.compile(r"[\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")
# Domains mail can never be delivered to from the public internet (RFC 6761 and 6762 names).
PRIVATE_TOP_LEVEL = {"localhost", "local", "localdomain", "internal", "test", "invalid", "example", "home", "lan"}
YES = {"on", "yes", "true", "1"}

TIME_ZONES = sorted(zoneinfo.available_timezones() - {"localtime", "Factory"})
TIME_ZONE_CHOICES = [("UTC", "UTC")] + [(name, name.replace("_", " ")) for name in TIME_ZONES if name != "UTC"]


def sign_started_at(now=None):
    """The form's stamp: when it was fetched, and a random token that names this copy of the form."""
    return signing.dumps([int(now if now is not None else time.time()), secrets.token_hex(8)], salt=TIME_TRAP_SALT)


class TimeTrapError(Exception):
    """The form came back too soon, too late or without our stamp."""


def check_started_at(token):
    """The form copy's token once its stamp is ours and its age a person's (None for a stamp signed
    before stamps carried one); TimeTrapError otherwise."""
    max_age = settings.BOOKINGS_FORM_MAX_AGE_SECONDS
    try:
        stamp = signing.loads(token or "", salt=TIME_TRAP_SALT, max_age=max_age)
    except signing.SignatureExpired:
        raise TimeTrapError(
            "This form was open for a long time, so we need you to send it again. Your answers are kept below."
        ) from None
    except signing.BadSignature:
        raise TimeTrapError(
            "We could not check this form. Please send it again; your answers are kept below."
        ) from None
    started, copy = (stamp, None) if isinstance(stamp, int) else stamp
    elapsed = time.time() - started
    if elapsed > max_age:
        raise TimeTrapError(
            "This form was open for a long time, so we need you to send it again. Your answers are kept below."
        )
    if elapsed < settings.BOOKINGS_FORM_MIN_SECONDS:
        raise TimeTrapError("That was quicker than we expect a person to be. Please check your answers and send again.")
    return copy


class ExplicitCheckbox(forms.CheckboxInput):
    """Ticked only by a yes ("on", as a browser sends it): Django's reads any other text, "0" and
    "no" included, as ticked."""

    def value_from_datadict(self, data, files, name):
        return str(data.get(name, "")).strip().lower() in YES


class SourceField(forms.CharField):
    """A hidden source detail: whatever a link put in it is cleaned or dropped by the form, never an
    error the visitor cannot see or fix (Django's CharField refuses a NUL with one)."""

    def __init__(self, **kwargs):
        super().__init__(required=False, widget=forms.HiddenInput, **kwargs)
        self.validators = [v for v in self.validators if not isinstance(v, ProhibitNullCharactersValidator)]


def _text_field(label, max_length, required=True, widget=None, help_text=""):
    messages = {
        "required": f"Please enter your {label}.",
        "max_length": f"Your {label} is too long: keep it to {max_length} characters.",
        "null_characters_not_allowed": f"Your {label} contains a character we cannot accept.",
    }
    return forms.CharField(
        label=label[0].upper() + label[1:],
        max_length=max_length,
        required=required,
        widget=widget,
        help_text=help_text,
        error_messages=messages,
    )


class BookingForm(forms.Form):
    name = _text_field("name", 120)
    email = forms.EmailField(
        label="Work e-mail",
        max_length=254,
        error_messages={
            "required": "Please enter your work e-mail address.",
            "invalid": "Enter an e-mail address like name@company.com.",
            "max_length": "Your e-mail address is too long: keep it to 254 characters.",
            "null_characters_not_allowed": "Enter an e-mail address like name@company.com.",
        },
    )
    company = _text_field("company", 160)
    role = _text_field("role", 120, required=False)
    topic = _text_field(
        "topic",
        2000,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text="A few lines on what you are building and what you would like to talk about.",
    )
    topic.label = "What would you like to talk about?"
    topic.error_messages["required"] = "Please tell us what you would like to talk about."
    topic.error_messages["max_length"] = "Please keep this to 2000 characters; we can go into detail on the call."
    time_zone = forms.ChoiceField(
        label="Your time zone",
        choices=TIME_ZONE_CHOICES,
        initial="UTC",
        required=False,
        error_messages={"invalid_choice": "Choose your time zone from the list."},
    )
    consent = forms.BooleanField(
        widget=ExplicitCheckbox,
        error_messages={"required": "Please agree to be contacted, or we cannot get back to you."},
    )
    # Hidden: where the visitor came from (from the CTA link and UTM parameters).
    guide = SourceField()
    cta = SourceField()
    utm_source = SourceField()
    utm_medium = SourceField()
    utm_campaign = SourceField()
    utm_term = SourceField()
    utm_content = SourceField()
    started = SourceField()
    # The honeypot: hidden from people (and from screen readers); bots fill every field.
    website = forms.CharField(required=False, max_length=200, label="Leave this empty")

    SINGLE_LINE = ["name", "company", "role", "email"]
    HIDDEN_SOURCE = ["guide", "cta", "utm_source", "utm_medium", "utm_campaign", "utm_term", "utm_content"]

    def __init__(self, *args, consent_label=None, **kwargs):
        super().__init__(*args, **kwargs)
        if consent_label:
            self.fields["consent"].label = consent_label
        for number in range(1, WINDOW_COUNT + 1):
            self.fields[f"window{number}_date"] = forms.DateField(
                label=f"Preferred day {number}",
                required=False,
                widget=forms.DateInput(attrs={"type": "date"}),
                error_messages={"invalid": "Enter a date like 2026-07-14."},
            )
            for part, word in (("from", "From"), ("to", "Until")):
                self.fields[f"window{number}_{part}"] = forms.TimeField(
                    label=word,
                    required=False,
                    widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M"),
                    error_messages={"invalid": "Enter a time like 14:30."},
                )

    def error_summary(self):
        """(field id, short name, message) for the list of problems above the form."""
        short = {"consent": "Consent"}
        return [
            (field.auto_id, short.get(field.name, field.label), error)
            for field in self.visible_fields()
            for error in field.errors
        ]

    def window_rows(self):
        return [
            (n, self[f"window{n}_date"], self[f"window{n}_from"], self[f"window{n}_to"])
            for n in range(1, WINDOW_COUNT + 1)
        ]

    def _clean_text(self, name, single_line):
        value = self.cleaned_data.get(name, "")
        value = unicodedata.normalize("NFC", INVISIBLE.sub("", value))
        label = self.fields[name].label.rstrip("?").lower()
        if single_line and LINE_BREAKS.search(value):
            raise forms.ValidationError(f"Please write your {label} on one line.")
        if CONTROL_CHARACTERS.search(value):
            raise forms.ValidationError(
                f"Your {label} contains a control character we cannot accept; please retype it."
            )
        return value.strip()

    def clean_name(self):
        return self._clean_text("name", True)

    def clean_company(self):
        return self._clean_text("company", True)

    def clean_role(self):
        return self._clean_text("role", True)

    def clean_email(self):
        value = self.cleaned_data.get("email", "")
        if LINE_BREAKS.search(value) or CONTROL_CHARACTERS.search(value) or INVISIBLE.search(value):
            raise forms.ValidationError("Enter an e-mail address like name@company.com.")
        domain = value.rpartition("@")[2].lower().rstrip(".")
        if domain.startswith("[") or "." not in domain or domain.rpartition(".")[2] in PRIVATE_TOP_LEVEL:
            raise forms.ValidationError(
                "Enter an address at your company's public domain, like name@company.com: we e-mail it a confirmation."
            )
        return value

    def clean_topic(self):
        value = self._clean_text("topic", False)
        return value.replace("\r\n", "\n").replace("\r", "\n")

    def _clean_hidden(self, name):
        # Source details come from links anyone can write: a bad one is dropped or cut, never an
        # error the visitor could not fix.
        value = self.cleaned_data.get(name, "")
        if CONTROL_CHARACTERS.search(value) or LINE_BREAKS.search(value):
            return ""
        return value.strip()[:100]

    def clean(self):
        cleaned = super().clean()
        for name in self.HIDDEN_SOURCE:
            cleaned[name] = self._clean_hidden(name)
        zone_name = cleaned.get("time_zone") or "UTC"
        zone = zoneinfo.ZoneInfo(zone_name)
        windows = []
        today = timezone.now().astimezone(zone).date()
        for number in range(1, WINDOW_COUNT + 1):
            day, start, end = (cleaned.get(f"window{number}_{part}") for part in ("date", "from", "to"))
            if not any((day, start, end)) and not any(
                self.has_error(f"window{number}_{p}") for p in ("date", "from", "to")
            ):
                continue
            if not day and not self.has_error(f"window{number}_date"):
                self.add_error(f"window{number}_date", "Choose the day for this time window.")
            if not start and not self.has_error(f"window{number}_from"):
                self.add_error(f"window{number}_from", "Enter when this window starts, like 09:30.")
            if not end and not self.has_error(f"window{number}_to"):
                self.add_error(f"window{number}_to", "Enter when this window ends, like 11:00.")
            if not (day and start and end):
                continue
            if day < today:
                self.add_error(f"window{number}_date", "This day has passed; choose today or a later day.")
            elif day > today + timedelta(days=MAX_WINDOW_DAYS):
                self.add_error(f"window{number}_date", f"Choose a day within the next {MAX_WINDOW_DAYS} days.")
            elif end <= start:
                self.add_error(f"window{number}_to", "The end of the window must be after its start.")
            else:
                windows.append(
                    {
                        "start": _utc(day, start, zone).isoformat(),
                        "end": _utc(day, end, zone).isoformat(),
                    }
                )
        cleaned["time_zone"] = zone_name
        cleaned["preferred_windows"] = windows
        return cleaned


def _utc(day: date, at, zone):
    return datetime.combine(day, at, tzinfo=zone).astimezone(zoneinfo.ZoneInfo("UTC"))
