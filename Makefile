# Houvast: `make run` serves the site, `make test` runs every test (browser included).
SHELL := /bin/bash
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(PY) -m pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: setup run test test-fast test-browser bench load-bench stress figures i18n-extract i18n-update browser clean

$(VENV)/.installed: pyproject.toml
	python3 -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip
	$(PIP) install --quiet -e '.[test]'
	touch $@

setup: $(VENV)/.installed

# X-Forwarded-For/-Proto are believed only from the proxies in FORWARDED_ALLOW_IPS (addresses or
# CIDR ranges, comma-separated; app/main.py). Empty, the default, believes nobody: a client cannot
# choose the address the rate limit counts it by. Behind a proxy: make run FORWARDED_ALLOW_IPS=10.0.0.0/8
FORWARDED_ALLOW_IPS ?=

# The production server with the Dockerfile's settings (HTTP/1, slow clients closed after 30 s,
# no access log: it would keep visitors' addresses, docs/security.md). WORKERS=2 for two cores.
WORKERS ?= 1
SERVE_FLAGS := --interface asgi --http 1 --no-ws --http1-header-read-timeout 30000 --no-access-log
run: setup
	FORWARDED_ALLOW_IPS='$(FORWARDED_ALLOW_IPS)' $(VENV)/bin/granian $(SERVE_FLAGS) --host $(HOST) --port $(PORT) --workers $(WORKERS) app.main:app

# Debian's chromium for the browser tests (`playwright install` cannot download here), and
# fonts with Arabic and Ge'ez (Tigrinya) glyphs for the right-to-left and screenshot tests.
BROWSER_PACKAGES := chromium fonts-noto-core fonts-sil-abyssinica
browser:
	@missing=$$(for p in $(BROWSER_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || echo $$p; done); \
	if [ -n "$$missing" ]; then \
		echo "Installing for the browser tests: $$missing"; \
		SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

test: setup browser
	$(PY) -m pytest

test-fast: setup
	$(PY) -m pytest -m "not browser"

test-browser: setup browser
	$(PY) -m pytest -m browser

# Speed targets live here, not in timed tests. Both print their table and leave the working tree
# as it was; `python bench/<name>.py --write` records the table in docs/benchmarks.md.
bench: setup
	$(PY) bench/rules_bench.py

load-bench: setup
	@command -v wrk >/dev/null || { SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq wrk >/dev/null; }
	$(PY) bench/load_bench.py

# Memory and slow-client probes, each against a fresh served process; peak memory per scenario
# (docs/security.md). --write puts the table in docs/benchmarks.md.
stress: setup
	$(PY) bench/stress.py --write

# Which figures are provisional or carried forward in a month (docs/figures.md):
# `make figures MONTH=2027-01`; without MONTH, this month.
figures: setup
	$(PY) -m rules.figures_report $(if $(MONTH),--month $(MONTH))

i18n-extract: setup
	$(VENV)/bin/pybabel extract -F locales/babel.cfg -k N_plural:1,2 --add-comments "I18N:" --strip-comments \
		--omit-header --no-location --sort-output -o locales/messages.pot app rules templates

i18n-update: i18n-extract
	$(VENV)/bin/pybabel update -i locales/messages.pot -d locales --no-fuzzy-matching --ignore-obsolete --ignore-pot-creation-date

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache
