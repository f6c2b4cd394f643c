"""CPU instructions per render (devtools/callgrind.py): the command run under callgrind with 1 and 11
renders, each total read from callgrind's out file, the difference over 10.

Running valgrind on a Django render takes minutes, so valgrind here is a stand-in that writes the out
file callgrind writes (tests/devtools/conftest.py); `make bench-callgrind` runs the real thing.
"""

import pytest

from devtools.callgrind import callgrind_total, instructions_per_render, measure_instructions
from tests.devtools.conftest import CALLGRIND_OUT, install_fake_valgrind


def test_the_total_is_read_from_the_summary_line():
    assert callgrind_total(CALLGRIND_OUT.format(total=7876181916)) == 7876181916


def test_a_file_with_only_a_totals_line_is_read_too():
    assert callgrind_total("events: Ir\ntotals: 1234\n") == 1234


def test_a_file_without_totals_is_refused():
    with pytest.raises(ValueError, match="summary"):
        callgrind_total("events: Ir\n")


def test_one_render_costs_the_difference_of_the_runs_over_ten():
    assert instructions_per_render(7_876_181_916, 10_424_067_225) == 254_788_530.9


def test_the_command_runs_under_callgrind_once_with_1_render_and_once_with_11(fake_valgrind):
    measure_instructions(["python", "bench.py"])

    runs = fake_valgrind.calls
    assert [run[0] for run in runs] == ["--tool=callgrind", "--tool=callgrind"]
    assert [run[2:] for run in runs] == [["python", "bench.py", "1"], ["python", "bench.py", "11"]]
    assert runs[0][1] != runs[1][1]  # each run its own --callgrind-out-file


def test_the_instructions_per_render_are_worked_out_from_callgrinds_out_files(tmp_path, monkeypatch):
    install_fake_valgrind(tmp_path, monkeypatch, start=5_000_000_000, per_render=250_000_000)

    per_render, one_render, eleven_renders = measure_instructions(["python", "bench.py"])

    assert (one_render, eleven_renders) == (5_250_000_000, 7_750_000_000)
    assert per_render == 250_000_000


def test_a_run_that_fails_under_callgrind_is_reported(tmp_path, monkeypatch):
    install_fake_valgrind(tmp_path, monkeypatch, fail=True)

    with pytest.raises(RuntimeError, match="the program crashed"):
        measure_instructions(["python", "bench.py"])


def test_a_machine_without_valgrind_is_told_how_to_install_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path))

    with pytest.raises(RuntimeError, match="apt-get install valgrind"):
        measure_instructions(["python", "bench.py"])
