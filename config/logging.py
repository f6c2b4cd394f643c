"""Log formatting: an outage is one line per failed request, not a traceback per request.

While the database is down every request fails the same way, and a traceback for each wrote megabytes
of log in seconds; a request with a Host header we do not serve is noise of the same kind. For those
the exception is reduced to its class and first line; any other error keeps its full traceback.
"""

import logging

from django.core.exceptions import SuspiciousOperation
from django.db import InterfaceError, OperationalError

ONE_LINE_EXCEPTIONS = (OperationalError, InterfaceError, SuspiciousOperation)


class OneLineOutageFormatter(logging.Formatter):
    def format(self, record):
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, ONE_LINE_EXCEPTIONS):
            first_line = (str(exc).strip().splitlines() or [""])[0]
            summary = f"{type(exc).__name__}: {first_line}"
            message = record.getMessage()
            line = message if first_line and first_line in message else f"{message} ({summary})"
            return line.replace("\n", " ")
        return super().format(record)
