"""A production install runs the site: requirements.txt alone, in a fresh virtualenv, with production settings.

The virtualenv gets nothing but `requirements.txt` (this virtualenv's pip installs into it, from pip's
cache, so it holds not even pip). From it, as README "Deploying" does: `check --deploy`, `migrate`,
`collectstatic` (WhiteNoise's compressed copies included), then the demo content, so that pages
show real blocks, charts and tables; then gunicorn (config/gunicorn.conf.py, through the same
AppServer helper as the site benchmark and the two-server test) serves it on a free port. A runtime
dependency that only requirements-dev.txt names makes one of these tests fail: the site does not
start, a page fails, or a backend production picks by environment does not import.
"""

import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import requests
from bs4 import BeautifulSoup

from devtools.app_server import PROJECT, PROXY_HEADERS, AppServer, production_environment

# One install for the module, on one pytest-xdist worker (an install per worker would double its two minutes).
pytestmark = [pytest.mark.production_install, pytest.mark.xdist_group("production_install")]

# What the brief of issue 19 names, and the README's dependency table keeps out of production.
TEST_AND_TOOL_PACKAGES = {
    "pytest",
    "pytest-django",
    "factory-boy",
    "faker",
    "playwright",
    "locust",
    "gevent",
    "flask",
    "pyzmq",
    "moto",
    "schemathesis",
    "hypothesis",
    "ruff",
}
DEMO_GUIDE_URL = "/guides/backend-frameworks-compared/"


@dataclass
class Install:
    python: Path
    gunicorn: Path
    folder: Path
    environment: dict

    def run(self, *arguments, environment=None, timeout=300):
        """Run this install's Python in the project folder; fail with its output if it fails."""
        done = subprocess.run(
            [str(self.python), *arguments],
            cwd=PROJECT,
            env=environment or self.environment,
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        output = done.stdout[-3000:] + done.stderr[-3000:]
        assert done.returncode == 0, f"{arguments} exited {done.returncode}:\n{output}"
        return done.stdout


def package_name(requirement):
    """A requirement's project name, normalised (PEP 503), without its extras."""
    name = re.split(r"[\[=<>!~ ]", requirement.strip(), maxsplit=1)[0]
    return re.sub(r"[-_.]+", "-", name).lower()


def pins(path):
    """{name: version} of a requirements file's own `name==version` lines."""
    lines = (line.split("#")[0].strip() for line in path.read_text().splitlines())
    return {package_name(line): line.split("==")[1] for line in lines if "==" in line}


@pytest.fixture(scope="module")
def production_install(tmp_path_factory):
    folder = tmp_path_factory.mktemp("production-install")
    venv = folder / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True, timeout=120)
    python = venv / "bin" / "python"
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--disable-pip-version-check", "--quiet"]
        + ["-r", str(PROJECT / "requirements.txt")],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert installed.returncode == 0, installed.stderr[-3000:]
    environment = production_environment(
        database_url=f"sqlite:///{folder / 'db.sqlite3'}",
        cache_location="production-install",  # local memory: a plain name, not a redis:// address
        static_root=folder / "static",
        MEDIA_ROOT=folder / "media",
    )
    # Nothing of this virtualenv may reach the install's interpreter.
    for name in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV"):
        environment.pop(name, None)
    return Install(python=python, gunicorn=venv / "bin" / "gunicorn", folder=folder, environment=environment)


@pytest.fixture(scope="module")
def installed_packages(production_install):
    listed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(production_install.python), "list", "--format=freeze"]
        + ["--disable-pip-version-check"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return {package_name(line): line.split("==")[1] for line in listed.splitlines() if "==" in line}


@pytest.fixture(scope="module")
def server(production_install):
    """The install deployed (migrate and collectstatic side by side, then the demo) and served by gunicorn."""
    install = production_install
    collecting = subprocess.Popen(
        [str(install.python), "manage.py", "collectstatic", "--no-input", "--verbosity", "0"],
        cwd=PROJECT,
        env=install.environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        install.run("manage.py", "migrate", "--no-input", "--verbosity", "0")
        install.run("manage.py", "load_demo")
        install.run("manage.py", "run_worker", "--once", "--verbosity", "0")  # the demo images' renditions
        collected_output, _ = collecting.communicate(timeout=300)
    finally:
        if collecting.poll() is None:
            collecting.kill()
            collecting.wait()
    assert collecting.returncode == 0, collected_output[-3000:]
    with AppServer(
        install.environment,
        workers=1,
        threads=2,
        log_path=install.folder / "gunicorn.log",
        gunicorn=install.gunicorn,
    ) as running:
        yield running


def get(server, path, **headers):
    return requests.get(server.url + path, headers={**PROXY_HEADERS, **headers}, timeout=60, allow_redirects=False)


def test_requirements_txt_pins_every_package_a_production_install_gets(installed_packages):
    assert installed_packages == pins(PROJECT / "requirements.txt")


def test_a_production_install_carries_no_test_or_tool_package(installed_packages):
    tools_only = set(pins(PROJECT / "requirements-dev.txt")) - set(pins(PROJECT / "requirements.txt"))

    assert set(installed_packages) & (TEST_AND_TOOL_PACKAGES | tools_only) == set()


def test_a_production_install_passes_the_deploy_checks(production_install):
    output = production_install.run("manage.py", "check", "--deploy", "--fail-level", "WARNING")

    assert "System check identified no issues" in output


def test_a_production_install_answers_healthz(server):
    response = get(server, "/healthz")

    assert (response.status_code, response.json()) == (200, {"status": "ok"})


def test_a_production_install_serves_the_home_page_and_the_demo_guide(server):
    home = get(server, "/")
    guide = get(server, DEMO_GUIDE_URL)

    assert (home.status_code, guide.status_code) == (200, 200), server.log()[-3000:]
    assert BeautifulSoup(home.text, "html.parser").h1.get_text() == "Resourcifi guides"
    page = BeautifulSoup(guide.text, "html.parser")
    assert page.h1.get_text() == "Backend frameworks compared: a fair 2026 guide to choosing one"
    assert page.select_one("svg.chart__svg") is not None  # the adoption chart, drawn on the server


def test_a_production_install_serves_every_image_of_the_demo_guide_from_its_own_disk(server):
    """No bucket: media in MEDIA_ROOT, served by the site itself (config/media_files.py)."""
    page = BeautifulSoup(get(server, DEMO_GUIDE_URL).text, "html.parser")
    sources = {img["src"] for img in page.select("img")} | {
        candidate.split()[0] for source in page.select("source[srcset]") for candidate in source["srcset"].split(",")
    }

    assert len(sources) >= 4, sources  # the hero's sizes and the authors' photos
    for source in sorted(sources):
        response = get(server, source)
        assert source.startswith("/media/images/"), source
        assert (response.status_code, response.headers["Content-Type"].split("/")[0]) == (200, "image"), source
        assert response.headers["Cache-Control"] == "public, max-age=0, must-revalidate"


def test_a_production_install_serves_robots_txt(server):
    response = get(server, "/robots.txt")

    assert response.status_code == 200
    assert response.text.startswith("User-agent: *")


def test_a_production_install_serves_the_stylesheet_brotli_compressed(server):
    stylesheet = BeautifulSoup(get(server, "/").text, "html.parser").select_one('link[rel="stylesheet"]')["href"]

    response = get(server, stylesheet, **{"Accept-Encoding": "br"})

    assert re.fullmatch(r"/static/css/site\.[0-9a-f]{12}\.css", stylesheet)
    assert (response.status_code, response.headers.get("Content-Encoding")) == (200, "br")


def test_the_backends_production_picks_by_environment_import_in_a_production_install(production_install):
    """PostgreSQL, Redis and an S3 bucket, as deployed: each backend's module loads (nothing is connected to)."""
    deployed = {
        **production_install.environment,
        "DATABASE_URL": "postgres://guides@db.invalid:5432/guides",
        "CACHE_LOCATION": "redis://cache.invalid:6379/0",
        "AWS_STORAGE_BUCKET_NAME": "guides-media",
        "AWS_S3_REGION_NAME": "eu-west-1",
    }
    script = (
        "import django; django.setup()\n"
        "from django.core.cache import caches\n"
        "from django.core.files.storage import storages\n"
        "from django.db import connection\n"
        "print(connection.vendor, type(caches['default']).__module__, type(storages['default']).__module__)\n"
    )

    output = production_install.run("-c", script, environment=deployed)

    assert output.split() == ["postgresql", "django_redis.cache", "storages.backends.s3"]
