"""The call windows a visitor asked for as an iCalendar file (RFC 5545), one tentative event each.

Written out by hand: a few lines of text, escaped as the RFC says, need no library.
"""

from datetime import UTC

from django.conf import settings
from django.utils import timezone


def escape(text):
    """TEXT values: backslash, semicolon and comma escaped, line breaks as \\n, nothing else raw."""
    text = "".join(ch for ch in str(text) if ch >= " " or ch == "\n")
    return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def fold(line):
    """Lines longer than 75 octets continue on the next line after a space."""
    encoded, parts = line.encode(), []
    while len(encoded) > 75:
        cut = 75 if not parts else 74
        while cut and (encoded[cut] & 0xC0) == 0x80:  # never split a UTF-8 character
            cut -= 1
        parts.append(encoded[:cut].decode())
        encoded = encoded[cut:]
    parts.append(encoded.decode())
    return "\r\n ".join(parts)


def booking_calendar(booking, host):
    organiser = settings.WAGTAIL_SITE_NAME
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//{escape(organiser)}//Discovery calls//EN", "METHOD:PUBLISH"]
    now = _utc(timezone.now())
    for number, (start, end) in enumerate(booking.windows(), start=1):
        lines += [
            "BEGIN:VEVENT",
            f"UID:discovery-call-{booking.pk}-{number}@{escape(host.split(':')[0])}",
            f"DTSTAMP:{now}",
            f"DTSTART:{_utc(start)}",
            f"DTEND:{_utc(end)}",
            f"SUMMARY:{escape(f'Discovery call with {organiser} (to be confirmed)')}",
            "DESCRIPTION:"
            + escape(
                "A time you suggested for your discovery call. We will confirm the exact time by e-mail "
                f"for {booking.company}."
            ),
            "STATUS:TENTATIVE",
            "TRANSP:OPAQUE",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "\r\n".join(fold(line) for line in lines) + "\r\n"


def _utc(moment):
    return moment.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
