# The two commands README gives: `make run` and `make test`. Everything else here
# is what they stand on.

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The public address e-mails, the sitemap and the Site record use: follows PORT.
SITE_URL ?= http://127.0.0.1:$(PORT)
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run test test-fast setup translations check lint lock demo bench clean

run: setup translations
	@$(PY) -c "import socket, sys; s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1); \
	sys.exit(0) if s.connect_ex(('127.0.0.1', $(PORT))) else sys.exit('Port $(PORT) is already in use: stop whatever is using it, or choose another port, e.g. make run PORT=8001')"
	$(PY) manage.py migrate --noinput
	SITE_URL=$(SITE_URL) $(PY) manage.py load_demo_content
	@echo ""
	@echo "The site:        http://127.0.0.1:$(PORT)/"
	@echo "The admin:       http://127.0.0.1:$(PORT)/admin/  (log in as editor@example.org or approver@example.org)"
	@echo "E-mails link to: $(SITE_URL)"
	@echo ""
	SITE_URL=$(SITE_URL) $(PY) manage.py runserver 127.0.0.1:$(PORT)

# Tests run in parallel, one worker per core (at most four), each with its own test
# database and demo site. PYTEST_WORKERS=0 runs them in this one process.
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL := -n $(PYTEST_WORKERS) --maxprocesses 4

test: setup translations
	@DJANGO_SETTINGS_MODULE=cop_site.settings.test $(PY) manage.py check -v0
	$(PY) -m pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

# Everything but the browser tests: the quick answer while working.
test-fast: setup translations
	$(PY) -m pytest $(PYTEST_PARALLEL) --ignore=tests/e2e $(PYTEST_ARGS)

check: setup
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

lint: setup
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

demo: setup translations
	$(PY) manage.py migrate --noinput
	$(PY) manage.py load_demo_content

setup: $(STAMP)

# The Welsh (and any other) interface catalogues are kept as .po files and
# compiled here, so a fresh clone needs nothing but Python.
translations: setup
	@$(PY) manage.py compile_translations -v0

$(STAMP):
	@command -v $(PYTHON) >/dev/null 2>&1 || { echo "Python 3.11 is needed but '$(PYTHON)' was not found: install Python 3.11, or point to it with make PYTHON=/path/to/python3.11"; exit 1; }
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "$(PYTHON) is Python %d.%d; this project needs Python 3.11: install it, or point to it with make PYTHON=/path/to/python3.11" % sys.version_info[:2])'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps -e .
	@rm -f $(VENV)/.installed-*
	@touch $@

# Figures to read, not a test. --- Page benchmark (bench/http_bench.py) ---: each
# public page type under production settings, PostgreSQL and gunicorn, cached and
# uncached, against a floor view; then again with 10,000 resources and 1,000
# chapters (BENCH_SCALE=0 skips that). Then how long account actions take for known
# and unknown addresses.
BENCH_SCALE ?= 1
bench: setup translations
	$(PY) bench/http_bench.py $(if $(filter 1,$(BENCH_SCALE)),--scale)
	$(PY) bench/enumeration_timing.py

# Re-resolve the locked versions after changing dependencies in pyproject.toml.
lock: setup
	$(VENV)/bin/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url \
		--no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) .pytest_cache
