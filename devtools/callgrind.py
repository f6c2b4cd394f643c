"""CPU instructions per render, counted by valgrind's callgrind: repeatable whatever else the
machine is doing, unlike wall-clock time.

The benchmark runs itself twice under `valgrind --tool=callgrind`, once with 1 render and once with
11, after the same start-up and warm-up; the difference over 10 is what one render costs, with
start-up, imports and the warm-up cancelled out.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from django.conf import settings

# callgrind writes "summary: N" (and, with some options, "totals: N") with the events of the run;
# the first event is instructions (Ir).
TOTAL_LINE = re.compile(r"^(?:summary|totals):\s+(\d+)", re.MULTILINE)
FEW, MANY = 1, 11


def callgrind_total(text):
    """The instruction count of a callgrind.out file's text: its summary (or totals) line."""
    match = TOTAL_LINE.search(text)
    if match is None:
        raise ValueError("no 'summary:' or 'totals:' line in the callgrind output")
    return int(match.group(1))


def instructions_per_render(few_total, many_total):
    """What one render costs, from the totals of the 1-render and the 11-render runs."""
    return (many_total - few_total) / (MANY - FEW)


def run_under_callgrind(command, renders, directory):
    """Run `command` (a list, ending where the render count goes) under callgrind; its total."""
    out_file = Path(directory) / f"callgrind.out.{renders}"
    # A fixed hash seed makes the two runs do the same start-up work, so it cancels out exactly.
    env = {**os.environ, "PYTHONHASHSEED": "0"}
    if shutil.which("valgrind") is None:
        raise RuntimeError("valgrind is not installed (apt-get install valgrind)")
    run = subprocess.run(
        ["valgrind", "--tool=callgrind", f"--callgrind-out-file={out_file}", *command, str(renders)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    if run.returncode != 0:
        raise RuntimeError(f"the run under callgrind failed:\n{run.stderr[-2000:]}")
    return callgrind_total(out_file.read_text())


def measure_instructions(command):
    """(instructions per render, 1-render total, 11-render total) of a benchmark command."""
    with tempfile.TemporaryDirectory(prefix="callgrind-") as directory:
        few = run_under_callgrind(command, FEW, directory)
        many = run_under_callgrind(command, MANY, directory)
    return instructions_per_render(few, many), few, many


def manage_py_command(*arguments):
    """The project's `manage.py` run by this Python with these arguments (the count goes last)."""
    return [sys.executable, str(Path(settings.BASE_DIR) / "manage.py"), *arguments]
