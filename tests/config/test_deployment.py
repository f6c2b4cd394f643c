"""Production settings pass Django's deployment checklist, and a server refuses to start half-deployed.

Each test runs manage.py or imports the WSGI application in a fresh interpreter with a production
environment, as a deployment would.
"""

import os
import subprocess
import sys
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "a-production-like-secret-key-" + "x" * 40,
    "ALLOWED_HOSTS": "guides.example.com",
}
# DJANGO_ALLOW_ASYNC_UNSAFE is the browser tests' own (tests/browser/conftest.py), never a deployment's.
MACHINE_SPECIFIC = {
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "DJANGO_SETTINGS_MODULE",
    "SECURE_HSTS_SECONDS",
    "DJANGO_ALLOW_ASYNC_UNSAFE",
}


def run(args, **env):
    clean = {key: value for key, value in os.environ.items() if key not in MACHINE_SPECIFIC}
    return subprocess.run(
        [sys.executable, *args], cwd=PROJECT, env={**clean, **PRODUCTION, **env}, capture_output=True, text=True
    )


def test_the_deployment_check_passes_with_production_settings():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"])
    assert (result.returncode, result.stderr) == (0, "")
    assert "System check identified no issues" in result.stdout


def test_the_deployment_check_fails_when_hsts_is_turned_off():
    result = run(["manage.py", "check", "--deploy", "--fail-level", "WARNING"], SECURE_HSTS_SECONDS="0")
    assert result.returncode == 1
    assert "security.W004" in result.stderr


def test_hsts_covers_subdomains_and_preload_only_as_the_environment_says():
    code = "from django.conf import settings as s; print(s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD)"
    setup = "import django; django.setup(); "
    assert run(["-c", setup + code]).stdout.strip() == "True False"
    assert run(["-c", setup + code], SECURE_HSTS_INCLUDE_SUBDOMAINS="false").stdout.strip() == "False False"
    assert run(["-c", setup + code], SECURE_HSTS_PRELOAD="true").stdout.strip() == "True True"


def test_the_server_refuses_to_start_when_collectstatic_has_not_run(tmp_path):
    result = run(["-c", "import config.wsgi"], STATIC_ROOT=str(tmp_path))
    assert result.returncode == 1
    assert (
        f"The static files manifest {tmp_path}/staticfiles.json is missing: "
        "run `manage.py collectstatic --no-input` before starting the server."
    ) in result.stderr


def test_the_server_starts_once_collectstatic_has_written_the_manifest(tmp_path):
    # The manifest as collectstatic writes it (running collectstatic itself compresses every admin
    # file, minutes on a busy machine); `make loadtest` starts gunicorn after a real collectstatic.
    (tmp_path / "staticfiles.json").write_text('{"paths": {}, "version": "1.1", "hash": ""}')
    result = run(["-c", "import config.wsgi; print('started')"], STATIC_ROOT=str(tmp_path))
    assert (result.returncode, result.stdout.strip()) == (0, "started")


def test_a_started_server_has_imported_every_url_module_before_its_first_request(tmp_path):
    (tmp_path / "staticfiles.json").write_text('{"paths": {}, "version": "1.1", "hash": ""}')
    code = "import sys, config.wsgi; print(*(name in sys.modules for name in ('api.urls', 'openpyxl')))"
    result = run(["-c", code], STATIC_ROOT=str(tmp_path))
    assert (result.returncode, result.stdout.strip()) == (0, "True True")


def test_the_wsgi_application_defaults_to_production_settings():
    # Development settings would start without a secret key; production refuses.
    clean = {key: value for key, value in os.environ.items() if key not in MACHINE_SPECIFIC}
    result = subprocess.run(
        [sys.executable, "-c", "import config.wsgi"], cwd=PROJECT, env=clean, capture_output=True, text=True
    )
    assert result.returncode == 1
    assert "Set SECRET_KEY in the environment for production." in result.stderr
