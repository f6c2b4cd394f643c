"""`make run` has two processes writing one SQLite file: the web server (an editor saving) and the
worker (renditions, e-mails, scheduled publishing). With the settings' SQLite options (WAL journal, a
busy timeout, and transactions that take the write lock when they begin) neither fails with
"database is locked" while the other writes, and no write is lost."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[2]

WRITER = textwrap.dedent(
    """
    import os, sys, time
    import django
    django.setup()
    from django.db import connection, transaction

    for _ in range(40):
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SELECT COALESCE(MAX(n), 0) FROM counter")
                (n,) = cursor.fetchone()
                time.sleep(0.005)  # a request's work between its read and its write
                cursor.execute("INSERT INTO counter (n, writer) VALUES (%s, %s)", [n + 1, sys.argv[1]])
    """
)


def test_two_processes_writing_one_sqlite_file_neither_fails_nor_loses_a_write(tmp_path):
    database = tmp_path / "shared.sqlite3"
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; sqlite3.connect(sys.argv[1]).execute("
            "'CREATE TABLE counter (n INTEGER UNIQUE, writer TEXT)')",
            str(database),
        ],
        check=True,
    )

    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, name], cwd=PROJECT, env=environment, stderr=subprocess.PIPE, text=True
        )
        for name in ("web", "worker")
    ]
    errors = [writer.communicate(timeout=120)[1] for writer in writers]

    assert [writer.returncode for writer in writers] == [0, 0], errors
    rows = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys; print(sqlite3.connect(sys.argv[1]).execute("
            "'SELECT COUNT(*), MAX(n) FROM counter').fetchone())",
            str(database),
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    assert rows == "(80, 80)"
