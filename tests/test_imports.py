"""Imports run one way, and no module can reach itself through its imports.

The contracts (which app may import which) are import-linter's, in pyproject.toml
[tool.importlinter]; its root_packages list is the one place a new top-level package is added, and
both tests below read it. The cycle test builds the module graph with grimp, which counts imports
inside functions too, so a cycle cannot hide behind a function-local import. Migrations and tests
are left out: they import the apps, never the reverse.
"""

import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parent.parent
IMPORTLINTER = tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["importlinter"]
ROOT_PACKAGES = IMPORTLINTER["root_packages"]


def test_the_import_contracts_are_kept():
    lint_imports = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run(
        [lint_imports, "--no-cache", "--no-logo"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_no_module_imports_itself_through_others():
    graph = grimp.build_graph(
        *ROOT_PACKAGES, exclude_type_checking_imports=IMPORTLINTER["exclude_type_checking_imports"], cache_dir=None
    )
    modules = {module for module in graph.modules if "migrations" not in module.split(".")}
    imports = {module: graph.find_modules_directly_imported_by(module) & modules for module in modules}

    cycles = import_cycles(imports)

    assert not cycles, "Import cycles (each line: a module, then the imports that lead back to it):\n" + "\n".join(
        describe(cycle, imports, graph) for cycle in cycles
    )


def import_cycles(imports):
    """The strongly connected components with more than one module (or a module importing itself):
    Tarjan's algorithm, iterative so a long chain of imports cannot exhaust Python's stack."""
    index, lowlink, on_stack, stack, cycles = {}, {}, set(), [], []
    for start in sorted(imports):
        if start in index:
            continue
        work = [(start, iter(sorted(imports[start])))]
        index[start] = lowlink[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            module, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = lowlink[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(imports[target]))))
                    break
                if target in on_stack:
                    lowlink[module] = min(lowlink[module], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    lowlink[parent] = min(lowlink[parent], lowlink[module])
                if lowlink[module] == index[module]:
                    component = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.add(member)
                        if member == module:
                            break
                    if len(component) > 1 or module in imports[module]:
                        cycles.append(sorted(component))
    return sorted(cycles)


def describe(cycle, imports, graph):
    """`a, b, c` then, for each import inside the cycle, where it is written."""
    lines = [f"- {len(cycle)} modules: {', '.join(cycle)}"]
    for importer in cycle:
        for imported in sorted(imports[importer] & set(cycle)):
            for detail in graph.get_import_details(importer=importer, imported=imported):
                lines.append(f"    {importer} -> {imported} (line {detail['line_number']}: {detail['line_contents']})")
    return "\n".join(lines)
