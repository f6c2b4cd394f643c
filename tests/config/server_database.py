"""The test database as a DATABASE_URL that gunicorn servers started by a test can open.

On PostgreSQL it is the test database itself (the test must be transactional, so that what it made
is committed and visible to them). SQLite test databases live in the test process's memory: they are
copied, schema and rows, to a file the servers then share; from that moment the servers' database
and the test's part ways, so a test makes what it needs first and then reads only through them.
"""

import sqlite3

from django.db import connection

from devtools.app_server import database_url


def database_url_for_servers(folder):
    if connection.vendor != "sqlite":
        return database_url(connection.settings_dict)
    connection.ensure_connection()
    path = folder / "shared.sqlite3"
    target = sqlite3.connect(path)
    try:
        connection.connection.backup(target)
    finally:
        target.close()
    return f"sqlite:///{path}"
