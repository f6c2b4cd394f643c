"""gunicorn settings for production: `gunicorn -c config/gunicorn.conf.py config.wsgi`.

Workers and threads come from the environment (WEB_CONCURRENCY, GUNICORN_THREADS); a worker that takes
longer than GUNICORN_TIMEOUT on one request is replaced. gunicorn names itself in a Server header on
every response and has no setting to drop it, so this file removes that line: a banner only helps
someone matching versions to known flaws.
"""

import os

from gunicorn.http import wsgi

bind = os.environ.get("GUNICORN_BIND", "0.0.0.0:8000")
workers = int(os.environ.get("WEB_CONCURRENCY", "2"))
threads = int(os.environ.get("GUNICORN_THREADS", "4"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# Idle keep-alive connections stay open a little longer than a reader's pause between requests, so a
# client rarely sends on a connection the server is closing at that moment.
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "5"))
# Load the application before forking, so a missing static manifest stops the server at start.
preload_app = True
# No control socket: several servers may run under one user on a shared machine.
control_socket_disable = True
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-") or None
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "2000"))
max_requests_jitter = 200

_default_headers = wsgi.Response.default_headers


def _default_headers_without_server(self):
    return [header for header in _default_headers(self) if not header.startswith("Server:")]


wsgi.Response.default_headers = _default_headers_without_server
