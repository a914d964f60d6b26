# Live Review Desk. `make demo` and `make test` each build .venv from PyPI on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEV    := $(VENV)/.dev-installed
RUN    := $(VENV)/.run-installed

.PHONY: demo test lint bench screenshots package package-check clean serve translations

$(BIN)/python:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Live Review Desk needs Python 3.11 or newer")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(RUN): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[server]'
	@touch $@

$(DEV): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@ $(RUN)

demo: $(RUN) translations
	$(BIN)/reviewer --demo

# The .ts sources in resources/translations (committed) and their .qm (generated); prints the
# number of source strings and how many are unfinished per language (tools/translations.py).
translations: $(RUN)
	$(BIN)/python -m tools.translations

# One CSV per language (source, translation, context, screenshot) for a native-speaking Trust &
# Safety lead's review, in build/translations-review (docs/translations.md).
.PHONY: translations-review
translations-review: $(RUN)
	$(BIN)/python -m tools.translations review

serve: $(RUN)
	$(BIN)/reviewer-server seed --db .demo/service.db --cases 40 --seed 7 --replace
	$(BIN)/reviewer-server serve --db .demo/service.db --port 8765

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/python -m tools.typing_exemptions
	$(BIN)/lint-imports

# The tests run in PYTEST_WORKERS pytest-xdist workers, whole files to a worker (module-wide
# services stay one per file). Most tests wait on child processes (services, clusters, Xvfb),
# so more workers than cores pay; PYTEST_WORKERS=0 runs them in one process. Each worker is
# measured too (-p devkit.covered), and `coverage combine` joins every data file.
PYTEST_WORKERS ?= 3
test: lint translations
	$(BIN)/coverage erase
	COVERAGE_PROCESS_START=$(CURDIR)/pyproject.toml $(BIN)/coverage run --parallel-mode -m pytest \
		-p devkit.covered -n $(PYTEST_WORKERS) --dist loadfile
	$(BIN)/coverage combine --quiet
	$(BIN)/coverage report

# The service tests on SQLite and on a throwaway PostgreSQL cluster (the one CI starts).
.PHONY: test-postgres
test-postgres: $(DEV)
	devkit/with-postgres.sh $(BIN)/pytest -q tests/server

# schemathesis against the live service on SQLite, and on PostgreSQL when a cluster is given
# (REVIEWER_TEST_POSTGRES_URL: CI's 30-postgres step, or devkit/with-postgres.sh).
.PHONY: contract-fuzz
contract-fuzz: $(DEV)
	$(BIN)/python -m devkit.contract_fuzz --engine sqlite
	@if [ -n "$${REVIEWER_TEST_POSTGRES_URL:-}" ]; then \
		$(BIN)/python -m devkit.contract_fuzz --engine postgresql; \
	else \
		echo "contract-fuzz: no REVIEWER_TEST_POSTGRES_URL, PostgreSQL skipped"; \
		[ -z "$${CI:-}" ]; \
	fi

bench: $(DEV)
	$(BIN)/python -m bench

# The load test (bench/load, issue #15 part 10): 1,000 simulated moderators with Locust against
# the service with 1 and 4 workers on a throwaway PostgreSQL cluster, then a step run; about
# 19 minutes (18.7 measured), and it stops by itself. Sizes through LOAD_ARGS, e.g. a medium run:
#   make load LOAD_ARGS="--moderators 200 --ramp 30 --steady 90 --steps 50,100,200"
.PHONY: load
load: $(DEV)
	devkit/with-postgres.sh $(BIN)/python -m bench.load $(LOAD_ARGS)

screenshots: $(DEV)
	$(BIN)/python -m tools.screenshots

# The Linux bundle, .tar.gz and .deb in dist/ with SHA256SUMS (packaging/build.sh; its own
# build venv in build/package-venv, so it works from a fresh clone without `make test`).
package: translations
	PYTHON=$(PYTHON) packaging/build.sh

# Build twice and list every file that differs (not in CI: it doubles the build time).
package-check:
	PYTHON=$(PYTHON) packaging/check-reproducible.sh

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache .coverage build dist *.egg-info
