"""The embedded stack: what a newcomer's `make run` starts, in a folder of its own.

`make run` itself, with its port, database file and media folder given by the environment: the
virtualenv, migrations, the demo content, the admin login and the site address, then `run_worker`
and `runserver` as two processes writing one SQLite file. The people a journey needs are added
through `manage.py shell`; e-mails go to a mail sink instead of the console.
"""

import os
import time
import urllib.error
import urllib.request

from devtools.app_server import free_port
from devtools.mail_sink import MailSink

from .people import make_people
from .services import Process, manage

ADMIN_PASSWORD = "the admin password of the journeys"


class EmbeddedStack:
    name = "embedded"

    def __init__(self, folder):
        self.folder = folder
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.mail = MailSink()
        environment = {
            name: value
            for name, value in os.environ.items()
            # What pytest and the suite set for themselves: `make run` sets its own.
            if name
            not in ("DJANGO_SETTINGS_MODULE", "WAGTAILADMIN_BASE_URL", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
        }
        self.environment = {
            **environment,
            "DATABASE_URL": f"sqlite:///{folder / 'db.sqlite3'}",
            "MEDIA_ROOT": str(folder / "media"),
            "ADMIN_PASSWORD": ADMIN_PASSWORD,
            **self.mail.environment(),
        }
        self.make_run = Process(
            ["make", "run", f"PORT={self.port}", "HOST=127.0.0.1"], self.environment, folder / "make-run.log"
        )

    def start(self, timeout=600):
        self.mail.start()
        self.make_run.start()
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if not self.make_run.is_running():
                raise RuntimeError(f"make run exited:\n{self.log()[-4000:]}")
            try:
                with urllib.request.urlopen(f"{self.url}/", timeout=10) as response:
                    if response.status == 200:
                        break
            except (urllib.error.URLError, OSError):
                time.sleep(1)
        else:
            raise RuntimeError(f"{self.url} did not answer within {timeout} s:\n{self.log()[-4000:]}")
        # The same environment `make run` gave its processes (WAGTAILADMIN_BASE_URL comes from PORT).
        self.environment["WAGTAILADMIN_BASE_URL"] = self.url
        self.people = make_people(self.environment)
        return self

    def manage(self, *arguments):
        return manage(self.environment, *arguments)

    def worker_is_running(self):
        """`make run`'s worker: the `run_worker` process in its process group."""
        return "run_worker" in os.popen(f"ps -o args= -g {self.make_run.process.pid}").read()

    def log(self):
        return self.make_run.log()

    def stop(self):
        self.make_run.stop()
        self.mail.stop()
