# The two commands README gives: `make run` and `make test`. Everything else here
# is what they stand on.

PYTHON ?= python3.11
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# The public address e-mails, the sitemap and the Site record use: follows PORT.
SITE_URL ?= http://127.0.0.1:$(PORT)
STAMP := $(VENV)/.installed-$(shell cat requirements.lock pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: run serve test test-fast setup translations check lint lock demo bench screenshots clean

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

# The site as it runs in production, for trying the real thing locally: production
# settings, PostgreSQL (DATABASE_URL), static files collected, migrations run, then
# gunicorn (deploy/gunicorn.conf.py) on 127.0.0.1:$(PORT). SECURE_SSL_REDIRECT is off
# unless you set it, as there is no HTTPS proxy in front here.
PROD := DJANGO_SETTINGS_MODULE=cop_site.settings.production
serve: setup translations
	@test -n "$$DATABASE_URL" || { echo "make serve needs DATABASE_URL, e.g. DATABASE_URL=postgres://app:app@127.0.0.1:5432/app"; exit 1; }
	@case "$$DATABASE_URL" in postgres://*|postgresql://*) ;; *) echo "make serve runs on PostgreSQL: DATABASE_URL must start with postgres://"; exit 1;; esac
	@test -n "$$SECRET_KEY" || { echo "make serve needs SECRET_KEY (50 or more random characters), e.g. SECRET_KEY=\$$(python3 -c 'import secrets; print(secrets.token_urlsafe(50))')"; exit 1; }
	@test -n "$$ALLOWED_HOSTS" || { echo "make serve needs ALLOWED_HOSTS, e.g. ALLOWED_HOSTS=127.0.0.1,localhost"; exit 1; }
	$(PROD) $(PY) manage.py collectstatic --noinput -v0
	$(PROD) $(PY) manage.py migrate --noinput
	@echo ""
	@echo "The site, under production settings: http://127.0.0.1:$(PORT)/"
	@echo ""
	$(PROD) SECURE_SSL_REDIRECT=$${SECURE_SSL_REDIRECT:-false} GUNICORN_BIND=127.0.0.1:$(PORT) \
		$(PY) -m gunicorn -c deploy/gunicorn.conf.py cop_site.wsgi

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

# README's two pictures of the home page (docs/screenshot-desktop.png at 1280 px,
# docs/screenshot-phone.png at 375 px), from a fresh demo site in a folder of its own.
screenshots: setup translations
	$(PY) scripts/screenshots.py

# Re-resolve the locked versions after changing dependencies in pyproject.toml.
lock: setup
	$(VENV)/bin/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url \
		--no-emit-find-links -o requirements.lock pyproject.toml

clean:
	rm -rf $(VENV) .pytest_cache
