"""The servers the journeys start for themselves, so a fault they make touches nothing shared:
a certificate for the TLS hops, a Redis of their own, an S3-compatible bucket (moto) behind its own
origin, a fresh PostgreSQL database (reached through a relay, devtools/relay.py) and long-running
`manage.py` processes. The SMTP server that keeps what it is sent is devtools/mail_sink.py (the load test
counts e-mails with it too).
"""

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import boto3
import psycopg
from moto.server import ThreadedMotoServer

from devtools.app_server import free_port

PROJECT = Path(__file__).resolve().parents[2]
POSTGRES = {"host": "127.0.0.1", "port": 5432, "user": "postgres", "dbname": "postgres"}


def self_signed_certificate(folder):
    """(certfile, keyfile) for localhost, media.localhost and 127.0.0.1, valid for two days."""
    certfile, keyfile = folder / "tls.crt", folder / "tls.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=localhost"]
        + ["-addext", "subjectAltName=DNS:localhost,DNS:media.localhost,IP:127.0.0.1"]
        + ["-keyout", str(keyfile), "-out", str(certfile)],
        check=True,
        capture_output=True,
    )
    return certfile, keyfile


class Process:
    """A long-running command of the project (gunicorn aside: devtools.app_server), its output in a
    log; stopped with its whole process group, as Ctrl-C stops `make run`."""

    def __init__(self, command, environment, log_path):
        self.command, self.environment, self.log_path = command, environment, Path(log_path)
        self.process = None

    def start(self):
        self.log_file = open(self.log_path, "a")  # noqa: SIM115 - closed in stop()
        self.process = subprocess.Popen(
            self.command,
            cwd=PROJECT,
            env=self.environment,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        return self

    def is_running(self):
        return self.process is not None and self.process.poll() is None

    def log(self):
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self, timeout=20):
        if self.is_running():
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        if getattr(self, "log_file", None):
            self.log_file.close()


def manage(environment, *arguments, timeout=600):
    """Run a management command to its end; its output, or an error naming what it printed."""
    result = subprocess.run(
        [sys.executable, "manage.py", *arguments],
        cwd=PROJECT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(arguments)} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result.stdout


def run_script(environment, script):
    """Run Python in the stack's Django (manage.py shell) and return what it printed as JSON."""
    return json.loads(manage(environment, "shell", "--no-imports", "-c", script).strip().splitlines()[-1])


class RedisServer:
    """A Redis of the stack's own: stop() is Redis going down, start() it coming back on its port."""

    def __init__(self, folder):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.folder = folder
        self.process = None

    def start(self):
        command = ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
        command += ["--dir", str(self.folder), "--logfile", str(self.folder / "redis.log")]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20
        while time.monotonic() < deadline:
            probe = subprocess.run(["redis-cli", "-p", str(self.port), "ping"], capture_output=True, text=True)
            if probe.stdout.strip() == "PONG":
                return self
            time.sleep(0.1)
        raise RuntimeError(f"redis-server on port {self.port} did not answer")

    def stop(self):
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)


class MediaBucket:
    """An S3-compatible server (moto) holding the bucket `media`, which serves its objects publicly.

    The app stores through the S3 API at `endpoint`; readers fetch from `media.localhost:PORT`, the
    bucket's own domain (as a CDN or a bucket website on another host serves it), through a TLS hop
    (`hop`, started by the stack), so pages on https load their images over https."""

    BUCKET = "media"
    CREDENTIALS = {"aws_access_key_id": "journey-key", "aws_secret_access_key": "journey-secret"}

    def __init__(self):
        self.port = free_port()
        self.endpoint = f"http://127.0.0.1:{self.port}"
        self.server = ThreadedMotoServer(ip_address="127.0.0.1", port=self.port, verbose=False)

    def start(self):
        self.server.start()
        client = boto3.client("s3", endpoint_url=self.endpoint, region_name="us-east-1", **self.CREDENTIALS)
        client.create_bucket(Bucket=self.BUCKET)
        policy = {
            "Version": "2012-10-17",
            "Statement": [
                {
                    "Effect": "Allow",
                    "Principal": "*",
                    "Action": "s3:GetObject",
                    "Resource": f"arn:aws:s3:::{self.BUCKET}/*",
                }
            ],
        }
        client.put_bucket_policy(Bucket=self.BUCKET, Policy=json.dumps(policy))
        return self

    def environment(self, domain):
        """What production reads to store media in the bucket and link readers to `domain`."""
        return {
            "AWS_STORAGE_BUCKET_NAME": self.BUCKET,
            "AWS_S3_ENDPOINT_URL": self.endpoint,
            "AWS_S3_REGION_NAME": "us-east-1",
            "AWS_ACCESS_KEY_ID": self.CREDENTIALS["aws_access_key_id"],
            "AWS_SECRET_ACCESS_KEY": self.CREDENTIALS["aws_secret_access_key"],
            "AWS_S3_CUSTOM_DOMAIN": domain,
        }

    def stop(self):
        self.server.stop()


class PostgresDatabase:
    """A fresh database on the machine's PostgreSQL, dropped at the end."""

    def __init__(self, name):
        self.name = name

    def _admin(self, statement):
        with psycopg.connect(**POSTGRES, autocommit=True) as connection:
            connection.execute(statement)

    def create(self):
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
        self._admin(f'CREATE DATABASE "{self.name}"')
        return self

    def url(self, port=5432):
        return f"postgres://postgres@127.0.0.1:{port}/{self.name}"

    def drop(self):
        self._admin(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')
