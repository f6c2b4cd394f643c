"""The load test: gunicorn and the worker with production settings on PostgreSQL and Redis, read by
locust, with leads booking calls while a part fails.

    python tests/load/run.py [--users 50] [--seconds 60]
        [--scenarios steady,redis-stopped,postgres-restarted,smtp-outage]

Each scenario runs locust headless for --seconds with --users concurrent clients (tests/load/locustfile.py):
four in five read pages (from the sitemap), feeds and the API; one in five is a lead who opens the
booking form, takes a second as a person does, and sends it with an address of its own. gunicorn and
`manage.py run_worker` reach PostgreSQL, Redis and an SMTP server that keeps what it is sent
(devtools/mail_sink.py) through TCP relays that this script owns, so faults are made without touching
the shared servers:
- steady: nothing fails; 0 errors expected.
- redis-stopped: a third of the way in, the Redis relay closes every connection and refuses new
  ones for the rest of the run (as a stopped Redis does); 0 errors expected, pages uncached, every
  lead stored.
- postgres-restarted: halfway, the PostgreSQL relay drops every connection and refuses new ones for
  --outage seconds, then accepts again (as a restart does); errors are allowed only while it is down
  (and --grace seconds after), none after; a lead whose sending failed was shown an error, not thanks.
- smtp-outage: a third of the way in, the mail relay refuses connections for --smtp-outage seconds;
  the worker retries (BOOKINGS_EMAIL_RETRY_SECONDS is 2 here, doubling) and every e-mail arrives.
After each run the worker is given --mail-wait seconds to send what is queued.

Prints two tables: requests (count, req/s, median, p95, failures in and outside the outage) and leads
(sent, thanked, stored, thanked but not stored, e-mails expected, arrived exactly once, missing,
duplicated, retried by the worker: each stored lead gets its confirmation and the sales notification).
Exits non-zero when a scenario has an error it should not, a thanked lead is not stored, or an e-mail
is missing or doubled.

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

import psycopg

PROJECT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
BIN = Path(PYTHON).parent

sys.path.insert(0, str(PROJECT))  # run as a script, outside Django: the relay is plain Python
from devtools.mail_sink import MailSink  # noqa: E402
from devtools.relay import TcpRelay  # noqa: E402

CONFIRMATION_SUBJECT = "Your discovery call with {site}"
SALES_SUBJECT = "New discovery-call request from {company}"
SALES_ADDRESS = "sales@load.example.com"


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


def read_log(path):
    return [json.loads(line) for line in path.read_text().splitlines()] if path.exists() else []


def run_locust(host, users, seconds, workdir, name):
    failure_log = workdir / f"{name}-failures.jsonl"
    failure_log.unlink(missing_ok=True)
    leads_log = workdir / f"{name}-leads.jsonl"
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
    env = {
        **os.environ,
        "LOAD_FAILURE_LOG": str(failure_log),
        "LOAD_LEADS_LOG": str(leads_log),
        "LOAD_LEADS_DOMAIN": f"{name}.load.example.com",
        "LOAD_FORWARDED_PROTO": "https",
    }
    subprocess.run(command, env=env, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(f"{csv_prefix}_stats.csv") as file:
        total = next(row for row in csv.DictReader(file) if row["Name"] == "Aggregated")
    return total, read_log(failure_log), read_log(leads_log)


def start(command, env, log_path):
    log = open(log_path, "w")  # noqa: SIM115 (kept open for the process's lifetime, closed with it)
    process = subprocess.Popen(command, cwd=PROJECT, env=env, stdout=log, stderr=subprocess.STDOUT)
    process.log = log
    return process


def stop(process):
    process.terminate()
    try:
        process.wait(timeout=30)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()
    process.log.close()


def stored_leads(database_url, domain):
    """The e-mail addresses of the booking requests stored from this scenario's leads."""
    with psycopg.connect(database_url) as connection:
        rows = connection.execute(
            "SELECT email FROM bookings_discoverycallrequest WHERE email LIKE %s", [f"%@{domain}"]
        ).fetchall()
    return {row[0] for row in rows}


def retried_deliveries(database_url, domain):
    """How many of this scenario's e-mails took more than one attempt (the worker retried them)."""
    with psycopg.connect(database_url) as connection:
        return connection.execute(
            "SELECT count(*) FROM bookings_emaildelivery delivery "
            "JOIN bookings_discoverycallrequest request ON request.id = delivery.request_id "
            "WHERE request.email LIKE %s AND delivery.attempts > 1",
            [f"%@{domain}"],
        ).fetchone()[0]


def expected_mail(leads, site_name):
    """(to, subject) of every e-mail the stored leads should get: a confirmation and a sales notification."""
    expected = []
    for lead in leads:
        expected.append((lead["email"], CONFIRMATION_SUBJECT.format(site=site_name)))
        expected.append((SALES_ADDRESS, SALES_SUBJECT.format(company=lead["company"])))
    return expected


def arrived(sink, expected):
    wanted = set(expected)
    counted = {}
    for message in list(sink.messages):  # a copy: the sink appends from its own threads
        key = (message["To"], message["Subject"])
        if key in wanted:
            counted[key] = counted.get(key, 0) + 1
    return counted


def run_scenario(scenario, args, host, server_env, relays, sink, workdir):
    """Serve with gunicorn and the worker, read and book with locust, make this scenario's fault, let the
    worker send what is queued; the outcome in figures."""
    for relay in relays.values():
        relay.start()
    outage = []  # when PostgreSQL went down and came back

    def go_down():
        outage.append(time.time())
        relays["database"].stop()

    def come_back():
        relays["database"].start()
        outage.append(time.time())

    timers = []
    if scenario == "redis-stopped":
        timers.append(threading.Timer(args.seconds / 3, relays["redis"].stop))
    elif scenario == "postgres-restarted":
        timers += [
            threading.Timer(args.seconds / 2, go_down),
            threading.Timer(args.seconds / 2 + args.outage, come_back),
        ]
    elif scenario == "smtp-outage":
        timers += [
            threading.Timer(args.seconds / 3, relays["mail"].stop),
            threading.Timer(args.seconds / 3 + args.smtp_outage, relays["mail"].start),
        ]
    server_log_path = workdir / f"{scenario}-gunicorn.log"
    server = start([str(BIN / "gunicorn"), "-c", "config/gunicorn.conf.py", "config.wsgi"], server_env, server_log_path)
    worker = start([PYTHON, "manage.py", "run_worker"], server_env, workdir / f"{scenario}-worker.log")
    try:
        wait_until_ready(f"{host}/readyz")
        for timer in timers:
            timer.start()
        total, failures, leads = run_locust(host, args.users, args.seconds, workdir, scenario)
        for timer in timers:
            timer.join()
        stored = stored_leads(args.database_url, f"{scenario}.load.example.com")
        expected = expected_mail([lead for lead in leads if lead["email"] in stored], args.site_name)
        deadline = time.monotonic() + args.mail_wait
        while len(arrived(sink, expected)) < len(expected) and time.monotonic() < deadline:
            time.sleep(1)
        time.sleep(2)  # for any copy sent twice
        mail = arrived(sink, expected)
        worker_alive = worker.poll() is None
        retried = retried_deliveries(args.database_url, f"{scenario}.load.example.com")
    finally:
        stop(server)
        stop(worker)
        for relay in relays.values():
            relay.stop()
    if outage:
        down, up = outage
        during = [f for f in failures if down <= f["time"] <= up + args.grace]
    else:
        during = []
    after = [f for f in failures if f not in during]
    thanked = {lead["email"] for lead in leads if lead["thanked"]}
    return {
        "scenario": scenario,
        "total": total,
        "during": len(during),
        "after": after,
        "log_lines": len(server_log_path.read_text().splitlines()),
        "leads": {
            "sent": len(leads),
            "thanked": len(thanked),
            "stored": len(stored),
            "lost": len(thanked - stored),
            "expected": len(expected),
            "once": sum(1 for key in expected if mail.get(key) == 1),
            "missing": sum(1 for key in expected if key not in mail),
            "doubled": sum(1 for key in expected if mail.get(key, 0) > 1),
            "retried": retried,
        },
        "worker_alive": worker_alive,
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--outage", type=float, default=5.0, help="seconds PostgreSQL stays down")
    parser.add_argument(
        "--grace", type=float, default=2.0, help="seconds after recovery in which errors still count as the outage's"
    )
    parser.add_argument("--smtp-outage", type=float, default=20.0, help="seconds the SMTP server refuses connections")
    parser.add_argument(
        "--mail-wait", type=float, default=120.0, help="seconds the worker gets after the run to send what is queued"
    )
    parser.add_argument("--scenarios", default="steady,redis-stopped,postgres-restarted,smtp-outage")
    args = parser.parse_args(argv)
    args.site_name = os.environ.get("SITE_NAME", "Resourcifi Guides")

    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith(("postgres://", "postgresql://")):
        sys.exit("Set DATABASE_URL to a PostgreSQL database for the load test (it is migrated and given the demo).")
    redis_url = os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/11")
    port = int(os.environ.get("LOADTEST_PORT", "8610"))
    host = f"http://127.0.0.1:{port}"
    workdir = Path(tempfile.mkdtemp(prefix="loadtest-"))

    database = urlsplit(database_url)
    redis = urlsplit(redis_url)
    args.database_url = database_url
    sink = MailSink().start()
    relays = {
        "database": TcpRelay(database.hostname, database.port or 5432),
        "redis": TcpRelay(redis.hostname, redis.port or 6379),
        "mail": TcpRelay("127.0.0.1", sink.port),
    }
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
        # Leads: every client sends from 127.0.0.1, and reads the form for a second, not three.
        "BOOKINGS_RATE_LIMIT": "1000000",
        "BOOKINGS_FORM_MIN_SECONDS": "1",
        "BOOKINGS_EMAIL_RETRY_SECONDS": "2",
        "BOOKINGS_SALES_EMAILS": SALES_ADDRESS,
        "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
        "EMAIL_HOST": "127.0.0.1",
        "EMAIL_TIMEOUT": "5",
    }
    print(f"Preparing {database.path.lstrip('/')}: migrate, demo content, site address, collectstatic")
    manage(base_env, "migrate", "--no-input")
    manage(base_env, "load_demo")
    manage(base_env, "apply_site_url")
    manage(base_env, "collectstatic", "--no-input")

    server_env = {
        **base_env,
        "DATABASE_URL": with_port(database_url, relays["database"].port),
        "CACHE_LOCATION": with_port(redis_url, relays["redis"].port),
        "EMAIL_PORT": str(relays["mail"].port),
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_ACCESS_LOG": "",
    }
    try:
        results = [
            run_scenario(scenario, args, host, server_env, relays, sink, workdir)
            for scenario in args.scenarios.split(",")
        ]
    finally:
        sink.stop()
    print(f"\n{args.users} clients, {args.seconds} s per scenario; logs in {workdir}")
    print(
        f"{'scenario':20} {'requests':>9} {'req/s':>7} {'median ms':>10} {'p95 ms':>7} "
        f"{'fail(outage)':>13} {'fail(other)':>12} {'log lines':>10}"
    )
    failed = False
    for result in results:
        total, after = result["total"], result["after"]
        print(
            f"{result['scenario']:20} {total['Request Count']:>9} {float(total['Requests/s']):>7.1f} "
            f"{total['Median Response Time']:>10} {total['95%']:>7} {result['during']:>13} {len(after):>12} "
            f"{result['log_lines']:>10}"
        )
        for failure in after[:5]:
            print(f"    unexpected failure: {failure}")
        failed = failed or bool(after)
    print(
        f"\n{'leads':20} {'sent':>6} {'thanked':>8} {'stored':>7} {'lost':>5} "
        f"{'e-mails':>8} {'once':>6} {'missing':>8} {'doubled':>8} {'retried':>8} {'worker':>7}"
    )
    for result in results:
        leads = result["leads"]
        print(
            f"{result['scenario']:20} {leads['sent']:>6} {leads['thanked']:>8} {leads['stored']:>7} {leads['lost']:>5} "
            f"{leads['expected']:>8} {leads['once']:>6} {leads['missing']:>8} {leads['doubled']:>8} "
            f"{leads['retried']:>8} {'alive' if result['worker_alive'] else 'DEAD':>7}"
        )
        failed = failed or bool(leads["lost"] or leads["missing"] or leads["doubled"]) or not result["worker_alive"]
        failed = failed or leads["thanked"] == 0
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
