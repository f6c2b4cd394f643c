"""The two ways the product really runs, each started once per test session and shared by the
journeys that use it: `embedded_stack` (what `make run` starts: runserver and run_worker on one
SQLite file) and `deployed_stack` (gunicorn with production settings behind TLS, run_worker,
PostgreSQL, Redis and media on another origin). A stack that cannot start fails the journeys that
need it; nothing here skips."""

import re
import tempfile
from pathlib import Path

import pytest

from .deployed import DeployedStack
from .embedded import EmbeddedStack


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's own hook reads the marks
def pytest_collection_modifyitems(items):
    """Each stack's journeys run on one pytest-xdist worker (make test runs `--dist loadgroup`), so each
    stack starts once, and the two stacks' journeys run side by side."""
    for item in items:
        params = getattr(getattr(item, "callspec", None), "params", {})
        for stack in ("deployed_stack", "embedded_stack"):
            if stack in getattr(item, "fixturenames", ()) or params.get("stack") == stack:
                item.add_marker(pytest.mark.xdist_group(stack))


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """A failed journey reports what each open tab showed (address, messages, errors, an open dialog)
    and leaves a screenshot of it beside the stack's logs, so a failure seen only in CI can be read."""
    report = yield
    browser = item.funcargs.get("browser")
    if report.failed and call.when == "call" and browser is not None:
        folder = Path(tempfile.gettempdir()) / "journey-failures" / re.sub(r"[^\w.-]+", "-", item.name)
        folder.mkdir(parents=True, exist_ok=True)
        report.sections.append(("open tabs", f"screenshots in {folder}\n" + _open_tabs(browser, folder)))
    return report


def _open_tabs(browser, folder):
    lines = []
    for number, page in enumerate(page for context in browser.contexts for page in context.pages):
        try:
            page.screenshot(path=str(folder / f"failed-tab-{number}.png"), full_page=True, timeout=5000)
            lines.append(f"tab {number}: {page.url}")
            for selector in (".messages", ".error-message", ".help-critical", ".modal.in", "dialog[open]"):
                for text in page.locator(selector).all_inner_texts()[:5]:
                    lines.append(f"  {selector}: {' '.join(text.split())[:400]}")
        except Exception as error:  # a closed tab or a browser that went away
            lines.append(f"tab {number}: could not be read ({error})")
    return "\n".join(lines) or "no tab open"


def _started(stack):
    try:
        stack.start()
    except BaseException:
        stack.stop()
        raise
    return stack


@pytest.fixture(scope="session")
def deployed_stack(tmp_path_factory):
    stack = _started(DeployedStack(tmp_path_factory.mktemp("deployed")))
    yield stack
    stack.stop()


@pytest.fixture(scope="session")
def embedded_stack(tmp_path_factory):
    stack = _started(EmbeddedStack(tmp_path_factory.mktemp("embedded")))
    yield stack
    stack.stop()


@pytest.fixture
def reader(browser, deployed_stack):
    """A reader's browser on the deployed site: its certificate is this machine's own, and the
    site's Content-Security-Policy applies in full."""
    context = browser.new_context(ignore_https_errors=True, viewport={"width": 1366, "height": 900})
    page = context.new_page()
    page.problems = []
    page.on("console", lambda message: message.type == "error" and page.problems.append(message.text))
    page.on("pageerror", lambda error: page.problems.append(str(error)))
    yield page
    context.close()
