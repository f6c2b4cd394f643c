"""Fixtures for the tooling's tests: empty caches around each test, and a stand-in for valgrind."""

import json
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.cache import caches

# What valgrind --tool=callgrind writes at the head of its out file (valgrind 3.x).
CALLGRIND_OUT = """# callgrind format
version: 1
creator: callgrind-3.19.0
pid: 4242
part: 1

desc: I1 cache:
positions: line
events: Ir
summary: {total}


totals: {total}
fl=(1) ???
"""

# A valgrind that records its arguments and writes the out file callgrind would, for a program whose
# start-up costs START instructions and each render PER_RENDER more (the render count is its last argument).
FAKE_VALGRIND = """#!{python}
import json, sys
arguments = sys.argv[1:]
with open({log!r}, "a") as log:
    log.write(json.dumps(arguments) + "\\n")
if {fail}:
    sys.exit("valgrind: the program crashed")
out_file = next(a.split("=", 1)[1] for a in arguments if a.startswith("--callgrind-out-file="))
renders = int(arguments[-1])
with open(out_file, "w") as out:
    out.write({template!r}.format(total={start} + {per_render} * renders))
"""


@dataclass
class FakeValgrind:
    start: int
    per_render: int
    log: Path

    @property
    def calls(self):
        """The argument lists valgrind was run with, in order."""
        return [json.loads(line) for line in self.log.read_text().splitlines()] if self.log.exists() else []


def install_fake_valgrind(folder, monkeypatch, *, fail=False, start=7_876_181_916, per_render=254_788_531):
    folder.mkdir(exist_ok=True)
    fake = FakeValgrind(start=start, per_render=per_render, log=folder / "calls.jsonl")
    program = folder / "valgrind"
    program.write_text(
        FAKE_VALGRIND.format(
            python=sys.executable,
            log=str(fake.log),
            fail=fail,
            template=CALLGRIND_OUT,
            start=start,
            per_render=per_render,
        )
    )
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", f"{folder}:/usr/bin:/bin")
    return fake


@pytest.fixture
def fake_valgrind(tmp_path, monkeypatch):
    """valgrind on PATH, as a stand-in: running the real one on a Django render takes minutes."""
    return install_fake_valgrind(tmp_path / "bin", monkeypatch)


@pytest.fixture(autouse=True)
def empty_caches():
    """The benchmarks keep pages' parts and API answers while they measure; no test sees another's."""
    for cache in caches.all():
        cache.clear()
    yield
    for cache in caches.all():
        cache.clear()
