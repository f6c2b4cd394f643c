"""manage.py benchmark_site: requests per second and p50/p99 of the site's pages as deployed.

Starts gunicorn with production settings (config.settings.production, config/gunicorn.conf.py; 2
sync workers by default) on 127.0.0.1 and a free port, against the configured database and a Redis
cache (CACHE_LOCATION when it is a redis:// address, else redis://127.0.0.1:6379/13), with the static
manifest collected into a temporary STATIC_ROOT. Then, for each address in turn, a few concurrent
keep-alive clients (devtools/http_load.py) request it for --seconds (or --requests times): /healthz,
the demo guide warm (the same address again and again) and cold (as a reader gets it when nothing
is cached: `make_cold` runs before each request), /guides/, the demo guide's author page, the
sitemap and the API's guide list. Prints one table, each page also as a ratio to /healthz, the
server doing nothing. Fails when any answer is not a 200. Needs the demo content (`load_demo`, and
`run_worker --once` for its renditions); `make bench-site` does it all on DATABASE_URL.
"""

import tempfile
from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django_redis.cache import RedisCache

from devtools.app_server import PROXY_HEADERS, AppServer, collect_static, database_url, production_environment
from devtools.http_load import measure
from guides.models import GuidePage
from page_cache import store

DEMO_GUIDE_SLUG = "backend-frameworks-compared"
# What the load balancer adds, and what every browser sends.
READER_HEADERS = {**PROXY_HEADERS, "Accept-Encoding": "gzip"}
DEFAULT_CACHE = "redis://127.0.0.1:6379/13"


def cold_maker(cache_location):
    """`make_cold(url)`, called before each cold request, untimed, from the clients' threads: purges the
    page from the server's page cache (the same Redis, the same key prefix as its settings give), so
    the request renders it as the first reader after a publish would; returns the address to request."""
    pages = RedisCache(cache_location, {"KEY_PREFIX": "pages"})

    def make_cold(url):
        store.purge_paths({urlsplit(url).path}, cache=pages)
        return url

    return make_cold


class Command(BaseCommand):
    help = "Serve the site with gunicorn (production settings) and print req/s, p50 and p99 of its main pages."

    def add_arguments(self, parser):
        parser.add_argument("--workers", type=int, default=2, help="gunicorn workers (default 2).")
        parser.add_argument("--threads", type=int, default=1, help="Threads per worker (default 1: sync workers).")
        parser.add_argument("--clients", type=int, default=4, help="Concurrent keep-alive clients (default 4).")
        parser.add_argument("--seconds", type=float, default=10.0, help="Seconds per address (default 10).")
        parser.add_argument("--requests", type=int, help="A fixed number of requests per address instead.")
        parser.add_argument(
            "--cache", help=f"The Redis cache (default CACHE_LOCATION if redis://, else {DEFAULT_CACHE})."
        )
        parser.add_argument("--database-url", help="The server's DATABASE_URL (default: this command's database).")
        parser.add_argument("--slug", default=DEMO_GUIDE_SLUG, help="The guide measured (default the demo guide).")

    def handle(self, *args, **options):
        guide = GuidePage.objects.live().filter(slug=options["slug"]).select_related("author").first()
        if guide is None:
            raise CommandError(
                f"No live guide '{options['slug']}'. Run: manage.py load_demo && manage.py run_worker --once"
            )
        if guide.author is None:
            raise CommandError(f"The guide '{options['slug']}' has no author page to measure.")
        addresses = [
            ("healthz", "/healthz", False),
            ("guide warm", path_of(guide), False),
            ("guide cold", path_of(guide), True),
            ("guide index", "/guides/", False),
            ("author page", path_of(guide.author), False),
            ("sitemap", "/sitemap.xml", False),
            ("API guide list", "/api/v1/guides/", False),
        ]
        server_database = options["database_url"] or database_url(connection.settings_dict)
        if ":memory:" in server_database or "mode=memory" in server_database:
            raise CommandError("The server cannot open an in-memory database: set DATABASE_URL or --database-url.")
        cache = options["cache"] or configured_redis() or DEFAULT_CACHE
        amount = {"requests": options["requests"]} if options["requests"] else {"seconds": options["seconds"]}
        make_cold = cold_maker(cache)

        with tempfile.TemporaryDirectory(prefix="benchmark-site-") as workdir:
            collect_static(Path(workdir) / "static")
            environment = production_environment(
                database_url=server_database, cache_location=cache, static_root=Path(workdir) / "static"
            )
            server = AppServer(
                environment,
                workers=options["workers"],
                threads=options["threads"],
                log_path=Path(workdir) / "gunicorn.log",
            )
            self.stdout.write(f"gunicorn: {server.shell_command()}")
            with server:
                rows = []
                for label, path, cold in addresses:
                    # One untimed round per client: connections made, first-request work done.
                    options_for_path = {"clients": options["clients"], "headers": READER_HEADERS}
                    options_for_path["before_each"] = make_cold if cold else None
                    measure(server.port, path, requests=options["clients"], **options_for_path)
                    rows.append((label, path, measure(server.port, path, **amount, **options_for_path)))
                log = server.log()

        self.print_table(rows, options, cache)
        failures = [(label, result.errors[:3], len(result.errors)) for label, _, result in rows if result.errors]
        if failures:
            raise CommandError(f"Answers other than 200: {failures}\ngunicorn's log:\n{log[-3000:]}")

    def print_table(self, rows, options, cache):
        workers, threads = options["workers"], options["threads"]
        amount = f"{options['requests']} requests" if options["requests"] else f"{options['seconds']:g} s"
        self.stdout.write(
            f"database: {connection.vendor} {connection.settings_dict['NAME']}; cache: {cache}; "
            f"{workers} worker(s) x {threads} thread(s); {options['clients']} clients; {amount} per address"
        )
        self.stdout.write(
            f"{'address':<16} {'path':<40} {'requests':>8} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
            f"{'req/s vs healthz':>16} {'p50 vs healthz':>14}"
        )
        base = rows[0][2]
        for label, path, result in rows:
            self.stdout.write(
                f"{label:<16} {path:<40} {result.requests:>8} {result.per_second:>8.1f} {result.p(0.5):>8.2f} "
                f"{result.p(0.99):>8.2f} {result.per_second / base.per_second:>16.2f} "
                f"{result.p(0.5) / base.p(0.5):>14.2f}"
            )


def path_of(page):
    return urlsplit(page.full_url).path


def configured_redis():
    location = settings.CACHES["default"].get("LOCATION", "")
    return location if isinstance(location, str) and location.startswith(("redis://", "rediss://")) else None
