"""benchmark_guide --callgrind reads callgrind's totals and prints the instructions of one render.

Running valgrind takes minutes, so the suite checks the parsing and the arithmetic; `make
bench-callgrind` runs the real thing.
"""

import pytest

from devtools.callgrind import callgrind_total, instructions_per_render

# The head of a callgrind.out file as valgrind 3.x writes it.
CALLGRIND_OUT = """# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 4242
cmd:  python manage.py benchmark_guide --callgrind-renders 1
part: 1

desc: I1 cache:
desc: Timerange: Basic block 0 - 1719542
positions: line
events: Ir
summary: 7876181916


totals: 7876181916
fl=(1) ???
"""


def test_the_total_is_read_from_the_summary_line():
    assert callgrind_total(CALLGRIND_OUT) == 7876181916


def test_a_file_with_only_a_totals_line_is_read_too():
    assert callgrind_total("events: Ir\ntotals: 1234\n") == 1234


def test_a_file_without_totals_is_refused():
    with pytest.raises(ValueError, match="summary"):
        callgrind_total("events: Ir\n")


def test_one_render_costs_the_difference_of_the_runs_over_ten():
    assert instructions_per_render(7_876_181_916, 10_424_067_225) == 254_788_530.9
