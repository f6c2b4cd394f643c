# Two commands do all the set-up on a fresh machine:
#   make run    the site on SQLite with the demo content, at http://127.0.0.1:8000/
#   make test   the whole test suite (SQLite by default, PostgreSQL when DATABASE_URL is set)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000
CHROMIUM ?= /usr/bin/chromium

.PHONY: install setup run test lint bench browser clean

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
	$(BIN)/python manage.py create_admin

run: setup
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

# Query count and median render time of the demo guide (set DATABASE_URL for PostgreSQL).
bench: install
	$(BIN)/python manage.py migrate --no-input
	$(BIN)/python manage.py load_demo
	DEBUG=false $(BIN)/python manage.py benchmark_guide --renders 100

clean:
	rm -rf $(VENV) db.sqlite3 media .test-media .pytest_cache
