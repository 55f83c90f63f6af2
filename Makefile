# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | sha256sum | cut -c1-12)

.PHONY: run test install lint typecheck check ci-postgres browser-deps i18n clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

i18n: install
	$(BIN)/pybabel compile -d tastevin/web/translations -D messages 2>&1 | grep -v "^compiling" || true

browser-deps:
	@./scripts/install-browser.sh

## The demo on the embedded default (SQLite database, SQLite job queue), web UI on :8000.
run: install i18n
	$(BIN)/tastevin db upgrade
	$(BIN)/tastevin demo

## Every test, on SQLite (and on PostgreSQL / Redis for the tests that need them when reachable).
test: install i18n browser-deps lint
	$(BIN)/pytest -q

lint: install
	$(BIN)/ruff check tastevin tests benchmarks
	$(BIN)/mypy tastevin

ci-postgres: install i18n
	TASTEVIN_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test $(BIN)/pytest -q

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
