"""The load test: gunicorn with production settings on PostgreSQL and Redis, read by locust.

    python tests/load/run.py [--users 50] [--seconds 60] [--scenarios steady,redis-stopped,postgres-restarted]

Each scenario runs locust headless for --seconds with --users concurrent clients over pages (from the
sitemap), feeds and API reads (tests/load/locustfile.py). gunicorn reaches PostgreSQL and Redis
through TCP relays that this script owns, so faults are made without touching the shared servers:
- steady: nothing fails; 0 errors expected.
- redis-stopped: a third of the way in, the Redis relay closes every connection and refuses new
  ones for the rest of the run (as a stopped Redis does); 0 errors expected, pages uncached.
- postgres-restarted: halfway, the PostgreSQL relay drops every connection and refuses new ones for
  --outage seconds, then accepts again (as a restart does); errors are allowed only while it is down
  (and --grace seconds after), none after.
Prints, per scenario, requests, failures (in and outside the outage), requests/s, median and p95.
Exits non-zero when a scenario has an error it should not.

Environment: DATABASE_URL (PostgreSQL; the database is migrated and given the demo content),
REDIS_URL (default redis://127.0.0.1:6379/11), LOADTEST_PORT (default 8610).
"""

import argparse
import csv
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PROJECT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
BIN = Path(PYTHON).parent

sys.path.insert(0, str(PROJECT))  # run as a script, outside Django: the relay is plain Python
from devtools.relay import TcpRelay  # noqa: E402


def with_port(url, port):
    parts = urlsplit(url)
    netloc = f"{parts.username + '@' if parts.username else ''}127.0.0.1:{port}"
    return urlunsplit((parts.scheme, netloc, parts.path, parts.query, parts.fragment))


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], cwd=PROJECT, env=env, check=True, stdout=subprocess.DEVNULL)


def wait_until_ready(url, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        time.sleep(0.5)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def run_locust(host, users, seconds, workdir, name):
    failure_log = workdir / f"{name}-failures.jsonl"
    failure_log.unlink(missing_ok=True)
    csv_prefix = workdir / name
    command = [
        str(BIN / "locust"),
        "-f",
        str(PROJECT / "tests/load/locustfile.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(max(1, users // 5)),
        "--run-time",
        f"{seconds}s",
        "--stop-timeout",
        "10",
        "--host",
        host,
        "--csv",
        str(csv_prefix),
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    env = {**os.environ, "LOAD_FAILURE_LOG": str(failure_log)}
    subprocess.run(command, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(f"{csv_prefix}_stats.csv") as file:
        total = next(row for row in csv.DictReader(file) if row["Name"] == "Aggregated")
    failures = [json.loads(line) for line in failure_log.read_text().splitlines()] if failure_log.exists() else []
    return total, failures


def run_scenario(scenario, args, host, server_env, database_relay, redis_relay, workdir):
    """Serve with gunicorn, read with locust, make this scenario's fault; the outcome in figures."""
    database_relay.start()
    redis_relay.start()
    outage = []  # when PostgreSQL went down and came back

    def go_down():
        outage.append(time.time())
        database_relay.stop()

    def come_back():
        database_relay.start()
        outage.append(time.time())

    timers = []
    if scenario == "redis-stopped":
        timers.append(threading.Timer(args.seconds / 3, redis_relay.stop))
    elif scenario == "postgres-restarted":
        timers += [
            threading.Timer(args.seconds / 2, go_down),
            threading.Timer(args.seconds / 2 + args.outage, come_back),
        ]
    server_log_path = workdir / f"{scenario}-gunicorn.log"
    with open(server_log_path, "w") as server_log:
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "-c", "config/gunicorn.conf.py", "config.wsgi"],
            cwd=PROJECT,
            env=server_env,
            stdout=server_log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_ready(f"{host}/readyz")
            for timer in timers:
                timer.start()
            total, failures = run_locust(host, args.users, args.seconds, workdir, scenario)
            for timer in timers:
                timer.join()
        finally:
            server.terminate()
            server.wait(timeout=30)
            redis_relay.stop()
            database_relay.stop()
    if outage:
        down, up = outage
        during = [f for f in failures if down <= f["time"] <= up + args.grace]
    else:
        during = []
    after = [f for f in failures if f not in during]
    return scenario, total, len(during), after, len(server_log_path.read_text().splitlines())


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--outage", type=float, default=5.0, help="seconds PostgreSQL stays down")
    parser.add_argument(
        "--grace", type=float, default=2.0, help="seconds after recovery in which errors still count as the outage's"
    )
    parser.add_argument("--scenarios", default="steady,redis-stopped,postgres-restarted")
    args = parser.parse_args(argv)

    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to a PostgreSQL database for the load test (it is migrated and given the demo).")
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/11")
    port = int(os.environ.get("LOADTEST_PORT", "8610"))
    host = f"http://127.0.0.1:{port}"
    workdir = Path(tempfile.mkdtemp(prefix="loadtest-"))

    database = urlsplit(database_url)
    redis = urlsplit(redis_url)
    database_relay = TcpRelay(database.hostname, database.port or 5432)
    redis_relay = TcpRelay(redis.hostname, redis.port or 6379)
    base_env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": os.environ.get("SECRET_KEY", "load-test-only-" + "k" * 50),
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "STATIC_ROOT": str(workdir / "static"),
        "MEDIA_ROOT": str(workdir / "media"),
        "WAGTAILADMIN_BASE_URL": host,
        "CACHE_LOCATION": redis_url,
        # One address sends every request: the per-address API limit would answer 429s, not measure.
        "API_ANONYMOUS_RATE": "1000000/minute",
        "DATABASE_CONNECT_TIMEOUT": "2",
    }
    print(f"Preparing {database.path.lstrip('/')}: migrate, demo content, site address, collectstatic")
    manage(base_env, "migrate", "--no-input")
    manage(base_env, "load_demo")
    manage(base_env, "apply_site_url")
    manage(base_env, "collectstatic", "--no-input")

    server_env = {
        **base_env,
        "DATABASE_URL": with_port(database_url, database_relay.port),
        "CACHE_LOCATION": with_port(redis_url, redis_relay.port),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_ACCESS_LOG": "",
    }
    results = [
        run_scenario(scenario, args, host, server_env, database_relay, redis_relay, workdir)
        for scenario in args.scenarios.split(",")
    ]
    print(f"\n{args.users} clients, {args.seconds} s per scenario; logs in {workdir}")
    print(
        f"{'scenario':20} {'requests':>9} {'req/s':>7} {'median ms':>10} {'p95 ms':>7} "
        f"{'fail(outage)':>13} {'fail(other)':>12} {'log lines':>10}"
    )
    failed = False
    for scenario, total, during, after, log_lines in results:
        print(
            f"{scenario:20} {total['Request Count']:>9} {float(total['Requests/s']):>7.1f} "
            f"{total['Median Response Time']:>10} {total['95%']:>7} {during:>13} {len(after):>12} {log_lines:>10}"
        )
        for failure in after[:5]:
            print(f"    unexpected failure: {failure}")
        failed = failed or bool(after)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
