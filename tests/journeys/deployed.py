"""The deployed stack: the README's production layout in small, on this machine.

- gunicorn with production settings (config/gunicorn.conf.py), serving HTTPS itself as the TLS hop
  in front of it would (https://localhost:PORT, a self-signed certificate);
- `run_worker` as a process of its own;
- PostgreSQL: a fresh database of the stack's own, reached through a TCP relay, so a journey can
  restart "the database" (the relay drops every connection and refuses new ones) without touching
  the machine's server;
- Redis: a redis-server of the stack's own, which a journey may stop and start;
- media in an S3-compatible bucket (moto), which readers fetch from another origin,
  https://media.localhost:PORT (the bucket's own domain, through a TLS hop);
- static files from `collectstatic`'s manifest, served by WhiteNoise;
- e-mail over SMTP to a sink that keeps what it is sent.

The demo content is loaded and its renditions made before the servers start; the people a journey
needs (an editor and a reviewer, each with an authenticator, and a sales API key) are made too.
"""

import http.client
import os
import ssl
import sys
import time
from urllib.parse import urlsplit

from devtools.app_server import AppServer, collect_static, free_port, production_environment
from devtools.mail_sink import MailSink
from devtools.relay import TcpRelay

from .people import make_people
from .services import MediaBucket, PostgresDatabase, Process, RedisServer, manage, self_signed_certificate


class DeployedStack:
    name = "deployed"

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.url = f"https://localhost:{self.port}"
        self.certificate = self_signed_certificate(folder)
        self.database = PostgresDatabase(f"journeys_{os.getpid()}")
        self.database_relay = TcpRelay("127.0.0.1", 5432)
        self.redis = RedisServer(folder)
        self.bucket = MediaBucket()
        self.media_hop = TcpRelay("127.0.0.1", self.bucket.port, tls=self.certificate)
        self.media_url = f"https://media.localhost:{self.media_hop.port}"
        self.mail = MailSink()

    def _start(self, service):
        """Start a service and remember it: a start that fails half-way stops only what had started."""
        service.start()
        self.running.append(service)

    def start(self):
        self.running = []
        self.database.create()
        for service in (self.database_relay, self.redis, self.bucket, self.media_hop, self.mail):
            self._start(service)
        collect_static(self.folder / "static")
        self.environment = production_environment(
            database_url=self.database.url(port=self.database_relay.port),
            cache_location=self.redis.url,
            static_root=self.folder / "static",
            ALLOWED_HOSTS="localhost,127.0.0.1",
            # Wagtail writes https only for port 443: the site's own address is named by its port.
            WAGTAILADMIN_BASE_URL=f"http://localhost:{self.port}",
            DATABASE_CONNECT_TIMEOUT=2,
            BOOKINGS_EMAIL_RETRY_SECONDS=2,
            **self.bucket.environment(domain=f"media.localhost:{self.media_hop.port}"),
            **self.mail.environment(),
        )
        manage(self.environment, "migrate", "--no-input")
        manage(self.environment, "load_demo")
        manage(self.environment, "apply_site_url")
        manage(self.environment, "run_worker", "--once", "--verbosity", "0")  # the demo's renditions
        self.people = make_people(self.environment)
        self.worker = Process([sys.executable, "manage.py", "run_worker"], self.environment, self.folder / "worker.log")
        self._start(self.worker)
        self.server = AppServer(
            self.environment,
            workers=2,
            threads=4,
            port=self.port,
            host="localhost",
            tls=self.certificate,
            log_path=self.folder / "gunicorn.log",
        )
        self.server.environment["GUNICORN_ACCESS_LOG"] = "-"
        self._start(self.server)
        return self

    def manage(self, *arguments):
        return manage(self.environment, *arguments)

    def fetch_media(self, url):
        """(status, body) of a media URL, as a reader's browser gets it from the bucket's own origin.
        Browsers send *.localhost to this machine; Python's resolver does not, so connect to the TLS
        hop by address and name the bucket's host in the request (the certificate names both)."""
        parts = urlsplit(url)
        context = ssl.create_default_context(cafile=str(self.certificate[0]))
        connection = http.client.HTTPSConnection("127.0.0.1", parts.port, context=context, timeout=30)
        try:
            connection.request("GET", parts.path, headers={"Host": parts.netloc})
            response = connection.getresponse()
            return response.status, response.read()
        finally:
            connection.close()

    # Faults, each undone by its pair.
    def stop_redis(self):
        self.redis.stop()

    def start_redis(self):
        self.redis.start()

    def restart_database(self, down_seconds=5):
        """PostgreSQL restarting: every connection dropped, none accepted for `down_seconds`."""
        self.database_relay.stop()
        time.sleep(down_seconds)
        self.database_relay.start()

    def worker_is_running(self):
        return self.worker.is_running()

    def log(self):
        return f"--- gunicorn\n{self.server.log()[-3000:]}\n--- worker\n{self.worker.log()[-3000:]}"

    def stop(self):
        for service in reversed(getattr(self, "running", [])):
            service.stop()
        self.database.drop()
