"""manage.py benchmark_first_request: what the first reader of each address waits for in a freshly
started server process, against the second.

    manage.py benchmark_first_request [--urls /,/guides/,/frameworks/] [--server-settings MODULE]

Each address is asked in a new interpreter that starts the WSGI application as a server does
(config/wsgi.py, with this process's settings, or --server-settings: e.g. config.settings.production
with its environment set, as `make bench-first-request` does), then asks for the address twice through it, over
HTTPS. The server's page cache is purged first, so the first answer is a render. Printed: the time to start,
the first and the second answer's status and time. Figures are printed, never asserted.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# Run in the child: start the application, then ask for the address twice; print one JSON line.
FIRST_REQUEST = """
import json, sys, time
sys.path.insert(0, sys.argv[2])
started = time.perf_counter()
import config.wsgi
from django.test.client import RequestFactory
from page_cache.store import purge_everything
booted = time.perf_counter()
purge_everything()  # the server's page cache: the first answer is a render

def ask(path):
    environ = RequestFactory()._base_environ(
        PATH_INFO=path, REQUEST_METHOD="GET", HTTP_HOST=sys.argv[3], SERVER_PORT="443", **{"wsgi.url_scheme": "https"}
    )
    answer = {}
    began = time.perf_counter()
    body = b"".join(config.wsgi.application(environ, lambda status, headers: answer.setdefault("status", status)))
    return int(answer["status"].split()[0]), (time.perf_counter() - began) * 1000, len(body)

first, second = ask(sys.argv[1]), ask(sys.argv[1])
print(json.dumps({"boot_ms": (booted - started) * 1000, "first": first, "second": second}))
"""


def urls(text):
    return [url.strip() for url in text.split(",") if url.strip()]


class Command(BaseCommand):
    help = "Print the first and second request's times of each address in a freshly started server process."

    def add_arguments(self, parser):
        parser.add_argument("--urls", type=urls, default=["/", "/guides/", "/frameworks/"])
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--server-settings", help="The server's settings module (default: these settings).")

    def handle(self, *args, urls, host, server_settings, **options):
        environment = {**os.environ, "DJANGO_SETTINGS_MODULE": server_settings or settings.SETTINGS_MODULE}
        self.stdout.write(f"{'url':<40} {'boot ms':>8} {'code':>4} {'first ms':>9} {'code':>4} {'second ms':>9}")
        for url in urls:
            result = subprocess.run(
                [sys.executable, "-c", FIRST_REQUEST, url, str(Path(settings.BASE_DIR)), host],
                capture_output=True,
                text=True,
                env=environment,
            )
            if result.returncode != 0:
                raise CommandError(f"{url}: the server process failed:\n{result.stderr.strip()}")
            figures = json.loads(result.stdout.strip().splitlines()[-1])
            (first_code, first_ms, _), (second_code, second_ms, _) = figures["first"], figures["second"]
            boot_ms = figures["boot_ms"]
            self.stdout.write(
                f"{url:<40} {boot_ms:>8.0f} {first_code:>4} {first_ms:>9.1f} {second_code:>4} {second_ms:>9.1f}"
            )
