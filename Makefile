# ExBench: `make run` builds the warehouse and exports from raw/; `make test` runs the tests.
# Both create .venv with pinned versions (requirements.lock) on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
# pip speaks only of errors, except for `make run`, where a first install of a few minutes shows its progress
PIP_QUIET := --quiet

.PHONY: venv ocr-engine run lint test test-slow test-all eval eval-unseen bench dagster lock clean

venv: $(STAMP)

$(STAMP): pyproject.toml requirements.lock
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install $(PIP_QUIET) --upgrade pip
	$(BIN)/pip install $(PIP_QUIET) -c requirements.lock -e '.[test]'
	touch $(STAMP)

# Tesseract for scanned PDFs: installed with apt when run as root, else a hint (never fails).
ocr-engine:
	@bash scripts/system-packages.sh ocr

run: PIP_QUIET :=
run: venv ocr-engine
	$(BIN)/exbench run

# Imports only downward (import-linter), Python lint and format (ruff), SQL style (sqlfluff): part of make test.
lint: venv
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/sqlfluff lint sql

# The tests share the cores with pytest-xdist: a module's tests stay on one worker, so a module fixture is built
# once (tests/conftest.py groups them); TEST_WORKERS=0 runs them in this process.
TEST_WORKERS ?= auto
PYTEST := $(BIN)/pytest -n $(TEST_WORKERS) --maxprocesses 4 --dist loadscope --no-loadscope-reorder

test: venv lint
	$(PYTEST)

test-slow: venv
	$(PYTEST) -m slow

test-all: venv
	$(PYTEST) -m ""

# The own set from every producer it has, scans included; the held-out sets (dev and test splits apart), without
# scans (OCR of 36 documents per printer would take most of the time); the real documents when they are there.
# Every blind batch's test half (documents no rule was written against), each set and then all of them pooled.
eval-unseen: venv
	$(BIN)/exbench eval $(foreach set,$(sort $(wildcard tests/heldout*)),--set $(set)) --producer chromium --split test

eval: venv ocr-engine
	$(BIN)/exbench eval --set tests/eval --producer all
	for set in $(sort $(wildcard tests/heldout*)); do \
		for split in dev test; do $(BIN)/exbench eval --set $$set --producer text --split $$split || exit 1; done; \
	done
	$(BIN)/exbench eval --real-docs

bench: venv
	$(BIN)/exbench bench --workdir .bench

dagster: venv
	DAGSTER_HOME=$(CURDIR)/.dagster_home $(BIN)/dagster dev -w workspace.yaml

# Re-pin every dependency to what resolves today (run after changing pyproject.toml).
lock:
	rm -rf /tmp/exbench-lock && $(PYTHON) -m venv /tmp/exbench-lock
	/tmp/exbench-lock/bin/pip install --quiet -e '.[test]'
	/tmp/exbench-lock/bin/pip freeze --exclude-editable | grep -v '^exbench' > requirements.lock

clean:
	rm -rf warehouse/exbench.duckdb warehouse/exports warehouse/.exbench-cache
