"""Production keeps a database connection from one request to the next (CONN_MAX_AGE 60 s), checked
before reuse (CONN_HEALTH_CHECKS), so a request pays no connection set-up and a connection the
database dropped is replaced rather than failing the request.

Each test runs requests' start and end (the signals on which Django closes or keeps connections) in a
fresh interpreter with production settings, on PostgreSQL: the server in DATABASE_URL when the suite
runs on it, the local one otherwise; only `SELECT pg_backend_pid()` is run, in its `postgres` database.
"""

import os
import subprocess
import sys

import dj_database_url

from devtools.app_server import PROJECT

LOCAL_SERVER = "postgres://postgres@127.0.0.1:5432/postgres"


def maintenance_database_url():
    """The `postgres` database on the suite's PostgreSQL server (or the local one)."""
    url = os.environ.get("DATABASE_URL", "")
    config = dj_database_url.parse(url if url.startswith(("postgres://", "postgresql://")) else LOCAL_SERVER)
    password = f":{config['PASSWORD']}" if config.get("PASSWORD") else ""
    return f"postgres://{config['USER']}{password}@{config['HOST']}:{config['PORT'] or 5432}/postgres"


REQUESTS = """
import os
import sys
import django
django.setup()
import psycopg
from django.core import signals
from django.db import connection

def request():
    signals.request_started.send(sender=None)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    signals.request_finished.send(sender=None)
    return pid

first = request()
if sys.argv[1:] == ["--drop-between"]:  # as a database restart or an idle timeout would
    with psycopg.connect(os.environ["DATABASE_URL"], autocommit=True) as other:
        other.execute("SELECT pg_terminate_backend(%s)", [first])
second = request()
print("same connection" if first == second else "new connection")
"""


def requests_in_production(*arguments, **environment):
    result = subprocess.run(
        [sys.executable, "-c", REQUESTS, *arguments],
        cwd=PROJECT,
        env={
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "config.settings.production",
            "SECRET_KEY": "a-production-like-secret-key-" + "x" * 40,
            "ALLOWED_HOSTS": "guides.example.com",
            "DATABASE_URL": maintenance_database_url(),
            **environment,
        },
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_production_serves_the_next_request_on_the_same_database_connection():
    assert requests_in_production() == "same connection"


def test_without_a_connection_lifetime_each_request_opens_its_own():
    assert requests_in_production(DATABASE_CONN_MAX_AGE="0") == "new connection"


def test_a_kept_connection_the_database_dropped_is_replaced_not_used():
    assert requests_in_production("--drop-between") == "new connection"
