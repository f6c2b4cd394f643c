"""Settings come from the environment; production refuses to start half-configured."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

PROJECT = Path(__file__).resolve().parents[2]
MACHINE_SPECIFIC = {"SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL"}


def load_settings(module, **env):
    """Import a settings module in a fresh interpreter with only `env` set of the machine-specific variables."""
    clean = {key: value for key, value in os.environ.items() if key not in MACHINE_SPECIFIC}
    return subprocess.run(
        [sys.executable, "-c", f"import {module} as s; print(s.DATABASES['default']['ENGINE'])"],
        cwd=PROJECT,
        env={**clean, **env},
        capture_output=True,
        text=True,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = load_settings("config.settings.production", ALLOWED_HOSTS="guides.example.com")
    assert result.returncode != 0
    assert "Set SECRET_KEY in the environment for production." in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = load_settings("config.settings.production", SECRET_KEY="x" * 50)
    assert result.returncode != 0
    assert "Set ALLOWED_HOSTS (comma-separated) in the environment for production." in result.stderr


@pytest.mark.parametrize(
    ("env", "engine"),
    [
        ({}, "django.db.backends.sqlite3"),
        ({"DATABASE_URL": "postgres://u@db.example:5432/guides"}, "django.db.backends.postgresql"),
    ],
)
def test_database_url_selects_the_database_and_unset_means_sqlite(env, engine):
    assert load_settings("config.settings.dev", **env).stdout.strip() == engine
