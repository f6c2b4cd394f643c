# Two commands do all the set-up on a fresh machine:
#   make run    the site on SQLite with the demo content, at http://127.0.0.1:8000/
#   make test   the whole test suite (SQLite by default, PostgreSQL when DATABASE_URL is set)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

.PHONY: install setup run test lint bench bench-api browser clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

install: $(VENV)/.installed

setup: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	$(BIN)/python manage.py run_worker --once --verbosity 0
	$(BIN)/python manage.py create_admin

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

# --durations names the slowest tests, so a slow one is noticed when it lands.
test: install browser
	$(BIN)/python -m pytest --durations=10

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# Query count and render times of the demo guide, and of /frameworks/ and a profile page with
# 500 frameworks x 40 criteria x 20 surveys (made on first run). Set DATABASE_URL for PostgreSQL.
# The test suite runs both commands at a tiny volume, so they cannot rot.
bench: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_guide --renders 100
	DEBUG=false $(BIN)/python manage.py benchmark_frameworks --frameworks 500 --criteria 40 --surveys 20 --renders 20

# p50/p99 of the guides API (list and the demo guide's detail) with 10,000 guides, made on first
# run. Set DATABASE_URL for PostgreSQL.
bench-api: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_api --guides 10000 --requests 200

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media .pytest_cache
