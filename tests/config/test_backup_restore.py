"""Backup and restore: the demo site dumped from PostgreSQL and restored into a new database
renders the demo guide byte for byte as before, with its media.

It needs PostgreSQL whatever the suite runs on: it makes its own databases on the server in
DATABASE_URL when that is PostgreSQL (CI), or on the local one at 127.0.0.1:5432 otherwise, and
runs the site and the scripts (scripts/backup, scripts/restore) as subprocesses against them.
"""

import os
import subprocess
import sys
from pathlib import Path

import dj_database_url
import psycopg
import pytest

from tests.conftest import DEMO_GUIDE_URL

ROOT = Path(__file__).resolve().parents[2]
LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"

RENDER = """
import sys, django
django.setup()
from django.test import Client
response = Client().get(sys.argv[1], HTTP_HOST="localhost")
assert response.status_code == 200, response.status_code
sys.stdout.buffer.write(response.content)
"""


def server_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if url.startswith(("postgres://", "postgresql://")) else LOCAL_SERVER


def database_url(name):
    config = dj_database_url.parse(server_url())
    password = f":{config['PASSWORD']}" if config.get("PASSWORD") else ""
    return f"postgres://{config['USER']}{password}@{config['HOST']}:{config['PORT'] or 5432}/{name}"


def admin_connection():
    return psycopg.connect(database_url("postgres"), autocommit=True)


@pytest.fixture
def empty_databases():
    """Two new, empty PostgreSQL databases (the site's and the one restored into), dropped afterwards."""
    names = [f"backup_source_{os.getpid()}", f"backup_restored_{os.getpid()}"]
    with admin_connection() as connection:
        for name in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}"')
            connection.execute(f'CREATE DATABASE "{name}"')
    yield [database_url(name) for name in names]
    with admin_connection() as connection:
        for name in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(command, database, media):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DEBUG": "false",
        "DATABASE_URL": database,
        "MEDIA_ROOT": str(media),
        "PGOPTIONS": "--client-min-messages=warning",
    }
    environment.pop("AWS_STORAGE_BUCKET_NAME", None)
    done = subprocess.run(command, cwd=ROOT, env=environment, capture_output=True)
    assert done.returncode == 0, f"{' '.join(command)} failed:\n{done.stderr.decode(errors='replace')}"
    return done.stdout


def manage(*arguments, database, media):
    return run([sys.executable, "manage.py", *arguments], database, media)


def render_demo_guide(database, media):
    return run([sys.executable, "-c", RENDER, DEMO_GUIDE_URL], database, media)


def files_in(folder):
    return sorted(str(path.relative_to(folder)) for path in folder.rglob("*") if path.is_file())


def test_a_restored_backup_renders_the_demo_guide_byte_for_byte(empty_databases, tmp_path):
    source, restored = empty_databases
    media, restored_media = tmp_path / "media", tmp_path / "restored-media"
    manage("migrate", "--no-input", database=source, media=media)
    manage("load_demo", database=source, media=media)
    manage("run_worker", "--once", "--no-scheduler", database=source, media=media)  # the renditions
    before = render_demo_guide(source, media)

    run(["scripts/backup", str(tmp_path / "backup")], source, media)
    run(["scripts/restore", str(tmp_path / "backup")], restored, restored_media)
    after = render_demo_guide(restored, restored_media)

    assert b"<h1" in before and b"/media/images/" in before  # the guide itself, with its hero renditions
    assert after == before
    assert files_in(restored_media) == files_in(media)
    assert len(files_in(media)) == 52  # two originals (hero, author photo) and 25 renditions of each
