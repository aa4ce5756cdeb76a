# hogo's one task runner. `make demo` and `make test` set everything up themselves.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
POSTGRES_URL ?= postgres://postgres@127.0.0.1:5432/hogo
PYTEST_WORKERS ?= 2
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD := 1

.PHONY: install demo test lint typecheck check-deploy test-sqlite test-postgres browser proxy lock messages clean

$(STAMP): requirements.lock pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "hogo needs $(PYTHON) (Python 3.11)"; exit 1; }
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --requirement requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps --editable .
	touch $@

install: $(STAMP)

## demo: set up, load demo data into var/hogo.sqlite3 and serve on http://127.0.0.1:8000
demo: $(STAMP)
	$(BIN)/hogo demo

## test: lint, type-check, check --deploy, then the whole suite on SQLite and on PostgreSQL
## (the PostgreSQL half includes tests/deploy: deploy/ end to end behind nginx, over HTTPS)
test: $(STAMP) lint typecheck check-deploy browser proxy test-sqlite test-postgres

## lint: ruff, then the import contracts that keep the layers (docs/architecture.md)
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

typecheck: $(STAMP)
	HOGO_DEBUG=1 $(BIN)/mypy --strict hogo

check-deploy: $(STAMP)
	HOGO_DEBUG=0 HOGO_SECRET_KEY="$$($(BIN)/python -c 'import secrets; print(secrets.token_urlsafe(64))')" \
	  HOGO_MASTER_KEY="$$($(BIN)/hogo keys generate)" \
	  HOGO_DATABASE_URL=sqlite:///:memory: $(BIN)/hogo check --deploy --fail-level WARNING

browser:
	scripts/ensure-chromium

## proxy: Debian's nginx, which tests/deploy runs in front of gunicorn as deploy/ does
proxy:
	scripts/ensure-proxy

test-sqlite: $(STAMP)
	HOGO_DATABASE_URL=sqlite:///:memory: $(BIN)/pytest -n $(PYTEST_WORKERS) -m "not slow"

test-postgres: $(STAMP)
	@if [ "$${HOGO_SKIP_POSTGRES:-}" = "1" ]; then \
	  echo "!! HOGO_SKIP_POSTGRES=1: the PostgreSQL half of the suite was NOT run"; \
	else \
	  scripts/ensure-postgres && \
	  HOGO_DATABASE_TESTS_ONLY=1 HOGO_DATABASE_URL=$(POSTGRES_URL) $(BIN)/pytest -n $(PYTEST_WORKERS) -m "not slow"; \
	fi

## lock: re-resolve requirements.lock from pyproject.toml
lock:
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --extra dev --strip-extras --no-emit-index-url \
	  --output-file requirements.lock pyproject.toml

## messages: refresh and compile the Japanese and Korean translations (terms: docs/glossary.md)
messages: $(STAMP)
	cd hogo && ../$(BIN)/django-admin makemessages --locale ja --locale ko --ignore 'lib/*'
	cd hogo && ../$(BIN)/django-admin compilemessages --locale ja --locale ko

clean:
	rm -rf $(VENV) build *.egg-info
