"""Lighthouse over every page type of the deployed shape: gunicorn with production settings behind TLS,
PostgreSQL, Redis, and media from a bucket on another origin (tests/journeys/deployed.py), all four
categories scored for every page. A measurement (`make lighthouse`), printed as a table; the browser
tests assert accessibility, best practices and SEO on the test server (tests/browser/test_validators.py).

    python -m tests.journeys.lighthouse [PATH ...] [--cold] [--reports DIR]

Each page is requested once before Lighthouse loads it, so it measures what every reader but the
first gets: the page as the page cache keeps it. --cold leaves that out and measures the first reader
after a publish (the render behind the cache; issue 25's benchmarks time it on its own). PATHs (e.g.
/frameworks/) measure only those pages; --reports keeps each page's whole Lighthouse report there as
JSON (<n>.json, in the order measured), to see what a metric is made of.
"""

import argparse
import json
import logging
import os
import ssl
import subprocess
import sys
import tempfile
import urllib.request
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()

from tests.browser.test_validators import LIGHTHOUSE_DIR, PAGES  # noqa: E402
from tests.conftest import CHROMIUM  # noqa: E402
from tests.journeys.deployed import DeployedStack  # noqa: E402

EXTRA_PAGES = ["/book-a-discovery-call/", "/search/?q=django"]
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("paths", nargs="*", help="only these pages (default: every page type)")
    parser.add_argument("--cold", action="store_true", help="measure the first reader: no request before Lighthouse's")
    parser.add_argument("--reports", help="a directory to keep each page's whole report in")
    args = parser.parse_args()
    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # the bucket's (moto's) request log
    stack = DeployedStack(Path(tempfile.mkdtemp(prefix="lighthouse-")))
    try:
        stack.start()
        pages = args.paths or PAGES + EXTRA_PAGES
        if not args.cold:
            for path in pages:
                read_once(stack, path)
        ran = subprocess.run(
            ["node", str(LIGHTHOUSE_DIR / "run.mjs"), CHROMIUM, *[stack.url + path for path in pages]],
            capture_output=True,
            text=True,
            timeout=1800,
            cwd=LIGHTHOUSE_DIR,
            env={
                **os.environ,
                "LIGHTHOUSE_PERFORMANCE": "every",
                "LIGHTHOUSE_CHROME_FLAGS": "--ignore-certificate-errors",
                **({"LIGHTHOUSE_REPORTS": str(Path(args.reports).resolve())} if args.reports else {}),
            },
        )
    finally:
        stack.stop()
    if ran.returncode != 0:
        sys.exit(ran.stderr[-3000:])
    results = [json.loads(line) for line in ran.stdout.splitlines() if line.startswith("{")]
    reader = "the first reader after a publish" if args.cold else "every reader after the first"
    print(f"Lighthouse, deployed shape (media on {stack.media_url}), as {reader} gets each page\n")
    print("| page | " + " | ".join(CATEGORIES) + " | below 1 |")
    print("|---|" + "---|" * (len(CATEGORIES) + 1))
    for result in results:
        scores = " | ".join(str(result["scores"].get(category, "-")) for category in CATEGORIES)
        failures = ", ".join(audit for audit, _ in result["failures"]) or "-"
        print(f"| {result['url'].removeprefix(stack.url)} | {scores} | {failures} |")
    print("\nPerformance metrics (value, score):\n")
    for result in results:
        metrics = ", ".join(f"{name} {value} ({score})" for name, value, score in result.get("metrics", []))
        print(f"- {result['url'].removeprefix(stack.url)}: {metrics or '-'}")


def read_once(stack, path):
    """Request a page as a reader's browser would, so the page cache keeps it and its Brotli copy (pages
    it does not keep, such as search results, are rendered again for Lighthouse)."""
    context = ssl.create_default_context(cafile=str(stack.certificate[0]))
    request = urllib.request.Request(stack.url + path, headers={"Accept-Encoding": "gzip, deflate, br, zstd"})
    with urllib.request.urlopen(request, context=context, timeout=60) as response:
        response.read()


if __name__ == "__main__":
    main()
