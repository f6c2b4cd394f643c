"""manage.py benchmark_first_request: each address asked twice in a freshly started server process."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command


def test_each_address_gets_a_row_with_both_answers_status():
    out = StringIO()

    call_command("benchmark_first_request", urls=["/healthz"], stdout=out)

    header, row = out.getvalue().splitlines()
    assert header.split() == ["url", "boot", "ms", "code", "first", "ms", "code", "second", "ms"]
    cells = row.split()
    assert (cells[0], cells[2], cells[4]) == ("/healthz", "200", "200")


def test_a_server_that_cannot_start_stops_the_run_naming_the_address():
    with pytest.raises(CommandError, match=r"^/healthz: the server process failed:\n(.|\n)*No module named 'no'"):
        call_command(
            "benchmark_first_request", urls=["/healthz"], server_settings="no.such.settings", stdout=StringIO()
        )
