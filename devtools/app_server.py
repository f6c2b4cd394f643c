"""The site as deployed, on 127.0.0.1: gunicorn with production settings, for the site benchmark
(`manage.py benchmark_site`), the tests that run more than one app server and the test that serves
the site from a production install (tests/config/test_production_install.py).

`AppServer` starts `gunicorn -c config/gunicorn.conf.py config.wsgi` on a free port with the
environment production needs (SECRET_KEY, ALLOWED_HOSTS, a static manifest) and waits for /readyz.
Requests to it carry `X-Forwarded-Proto: https`, as the load balancer that terminates TLS sends, so
production's HTTPS redirect and secure cookies stay as they are.
"""

import os
import secrets
import shlex
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.test import override_settings
from whitenoise.compress import Compressor

PROJECT = Path(__file__).resolve().parents[1]
GUNICORN = Path(sys.executable).parent / "gunicorn"
# What the load balancer in front adds to every request it forwards (SECURE_PROXY_SSL_HEADER).
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url(settings_dict):
    """DATABASE_URL for a database Django is connected to (a test database's real name included)."""
    if settings_dict["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{settings_dict['NAME']}"
    password = f":{settings_dict['PASSWORD']}" if settings_dict.get("PASSWORD") else ""
    host = settings_dict.get("HOST") or "127.0.0.1"
    port = settings_dict.get("PORT") or 5432
    return f"postgres://{settings_dict['USER']}{password}@{host}:{port}/{settings_dict['NAME']}"


def collect_static(static_root):
    """collectstatic into `static_root`: the manifest and hashed names production serves.

    Production's storage also writes gzip and Brotli copies of every file, a minute of CPU for the
    admin's files; plain ManifestStaticFilesStorage writes the same manifest and names in a second,
    and only the site's own files (static/: what readers download) get their compressed copies, so
    WhiteNoise serves readers what production serves them.
    """
    storages = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    with override_settings(STATIC_ROOT=str(static_root), STORAGES=storages):
        call_command("collectstatic", interactive=False, verbosity=0)
    compressor = Compressor(quiet=True)
    own = {path.name for folder in settings.STATICFILES_DIRS for path in Path(folder).iterdir()}
    for top in own:
        for path in [Path(static_root) / top, *(Path(static_root) / top).rglob("*")]:
            if path.is_file() and compressor.should_compress(path.name):
                compressor.compress(str(path))


def production_environment(*, database_url, cache_location, static_root, **extra):
    """The environment of a production server on this machine: everything else comes from os.environ."""
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": "local-server-" + secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "CACHE_LOCATION": cache_location,
        "STATIC_ROOT": str(static_root),
        # Every request comes from one address: the anonymous API limit would answer 429s.
        "API_ANONYMOUS_RATE": "100000000/minute",
        "PGOPTIONS": "--client-min-messages=warning",
    }
    environment.pop("CACHE_BACKEND", None)  # a redis:// location alone selects django-redis
    # The test process's own switch for Playwright's sync API: a production server must never carry it
    # (`check --deploy` refuses it).
    environment.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    environment.update({name: str(value) for name, value in extra.items()})
    return environment


class AppServer:
    """One gunicorn server; a context manager that starts it, waits until it is ready and stops it."""

    def __init__(
        self, environment, *, workers=2, threads=1, port=None, log_path, gunicorn=GUNICORN, tls=None, host="127.0.0.1"
    ):
        """`gunicorn`: the executable, by default this virtualenv's (another one's serves its install).
        `tls`: (certfile, keyfile) to serve HTTPS itself, as the TLS hop in front would (then requests
        need no X-Forwarded-Proto: Django takes the scheme from the server); `host` names it in URLs."""
        self.port = port or free_port()
        self.tls = tls
        self.url = f"{'https' if tls else 'http'}://{host}:{self.port}"
        self.log_path = Path(log_path)
        # Command-line flags override config/gunicorn.conf.py; everything else is production's.
        self.command = [
            str(gunicorn),
            "-c",
            "config/gunicorn.conf.py",
            "--bind",
            f"127.0.0.1:{self.port}",
            "--workers",
            str(workers),
            "--threads",
            str(threads),
            *(["--certfile", str(tls[0]), "--keyfile", str(tls[1])] if tls else []),
            "config.wsgi",
        ]
        # No access log (one line a request would be the benchmark's noise), and no worker recycling:
        # at a thousand requests a second, max_requests would restart each worker every two seconds.
        self.environment = {**environment, "GUNICORN_ACCESS_LOG": "", "GUNICORN_MAX_REQUESTS": "0"}
        self.process = None

    def shell_command(self):
        """The command as one would type it, with the variables that differ from the caller's shell."""
        shown = ["DJANGO_SETTINGS_MODULE", "DATABASE_URL", "CACHE_LOCATION", "STATIC_ROOT", "ALLOWED_HOSTS"]
        shown += ["API_ANONYMOUS_RATE", "GUNICORN_ACCESS_LOG", "GUNICORN_MAX_REQUESTS"]
        assignments = [f"{name}={shlex.quote(self.environment[name])}" for name in shown]
        return " ".join(["SECRET_KEY=…", *assignments, *map(shlex.quote, self.command)])

    def start(self, timeout=90):
        self.log_file = open(self.log_path, "w")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            self.command, cwd=PROJECT, env=self.environment, stdout=self.log_file, stderr=subprocess.STDOUT
        )
        try:
            self.wait_until_ready(timeout)
        except BaseException:
            self.stop()
            raise
        return self

    def wait_until_ready(self, timeout):
        deadline = time.monotonic() + timeout
        last = "no answer"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited with {self.process.returncode}:\n{self.log()[-3000:]}")
            try:
                request = urllib.request.Request(f"{self.url}/readyz", headers={} if self.tls else PROXY_HEADERS)
                with urllib.request.urlopen(request, timeout=5, context=self._client_tls()) as response:
                    if response.status == 200:
                        return
            except urllib.error.HTTPError as error:
                last = f"{error.code} {error.read()[:300]!r}"
            except OSError as error:
                last = str(error)
            time.sleep(0.2)
        raise RuntimeError(f"{self.url}/readyz not ready within {timeout} s ({last}):\n{self.log()[-3000:]}")

    def _client_tls(self):
        """A client context that trusts this server's own certificate (self-signed on this machine)."""
        if not self.tls:
            return None
        return ssl.create_default_context(cafile=str(self.tls[0]))

    def log(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if getattr(self, "log_file", None):
            self.log_file.close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc_info):
        self.stop()
