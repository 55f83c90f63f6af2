# Two commands do everything on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
# The exact versions (with hashes) every install uses; `make lock` refreshes it from pyproject.toml.
LOCK := requirements.lock
# Any change to pyproject.toml or to the lock file gives a new stamp name, hence a reinstall.
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml $(LOCK) | sha256sum | cut -c1-12)
UV_COMPILE := pip compile pyproject.toml --extra dev --universal --python-version 3.11 --generate-hashes --quiet -o $(LOCK)

.PHONY: run test install lint typecheck check ci-postgres browser-deps i18n pot clean lock settings-doc

$(STAMP): pyproject.toml $(LOCK)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet --require-hashes -r $(LOCK)
	$(BIN)/pip install --quiet --no-deps -e .
	rm -f $(VENV)/.installed-*
	touch $@

install: $(STAMP)

## Re-resolve every dependency of pyproject.toml (and the dev extra) to exact, hashed versions.
## uv itself is pinned in the lock; a venv without it (first lock ever) gets it from the registry.
lock:
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	test -x $(BIN)/uv || $(BIN)/pip install --quiet uv
	$(BIN)/uv $(UV_COMPILE)

i18n: install
	$(BIN)/pybabel compile -d tastevin/web/translations -D messages 2>&1 | grep -v "^compiling" || true

# The message template: every string marked N_/gettext and every domain error's message
# (they are translated where shown, tastevin/web/messages.py). Then msgmerge each catalog.
POT_KEYWORDS = -k N_ -k NotFound -k Forbidden -k Unauthorized -k Conflict -k BadInput \
	-k TooManyAttempts -k Retryable -k CredentialsNeedRenewing
pot: install
	$(BIN)/pybabel extract -F tastevin/web/babel.cfg $(POT_KEYWORDS) --no-location --sort-output \
		-o tastevin/web/translations/messages.pot tastevin

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
	TASTEVIN_DATABASE_URL=postgresql+psycopg://postgres@127.0.0.1:5432/test $(BIN)/pytest -q -m "not own_backends and not no_database"

## docs/settings.md from the settings classes (a test checks it is current).
settings-doc: install
	$(BIN)/tastevin settings-doc > docs/settings.md

clean:
	rm -rf $(VENV) var .pytest_cache .mypy_cache .ruff_cache
