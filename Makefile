# Two commands matter: `make run` (the archive with demo data) and `make test` (everything).
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export HOST PORT

.PHONY: install install-dev run serve test lint format bench clean-data cluster cluster-stop

install: $(VENV)/.installed

$(VENV)/.installed: requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

install-dev: $(VENV)/.installed-dev

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

run: install
	$(PY) manage.py migrate --noinput
	$(PY) manage.py prepare_archive
	$(PY) manage.py collectstatic --noinput --verbosity 0
	@echo "Serving the archive at http://$(HOST):$(PORT)/"
	$(VENV)/bin/gunicorn -c gunicorn.conf.py archive.wsgi

test: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy
	ARCHIVE_DATA_DIR=$$(mktemp -d) $(PY) manage.py check
	ARCHIVE_DATA_DIR=$$(mktemp -d) $(PY) manage.py makemigrations --check --dry-run
	$(VENV)/bin/pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/mypy

format: install-dev
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .

bench: install-dev
	$(PY) bench/search_bench.py

# A local 3-node OpenSearch cluster on loopback (cluster/README.md): prints OPENSEARCH_URL.
cluster:
	cluster/cluster.sh start

cluster-stop:
	cluster/cluster.sh stop

clean-data:
	rm -rf var/
