# Everything a newcomer needs: `make run` and `make test`. Each creates .venv on first use and
# re-installs only when pyproject.toml changed (the stamp file is older than it).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run test lint eval bench check schema clean

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]' --config-settings editable_mode=compat
	$(BIN)/python -m compileall -q bot >/dev/null
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/wic-bot run

test: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/wic-bot check knowledge/wic.yaml
	$(BIN)/pytest

lint: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

eval: $(STAMP)
	$(BIN)/python -m tests.evaluate
	$(BIN)/python -m tests.fresh
	$(BIN)/python -m tests.fresh --fresh2 --quiet
	$(BIN)/python -m tests.fresh --fresh3 --quiet
	$(BIN)/python -m tests.fresh --fresh4 --quiet
	$(BIN)/python -m tests.fresh --fresh5 --quiet

bench: $(STAMP)
	$(BIN)/python -m compileall -q bot >/dev/null
	$(BIN)/python -m tests.bench
	$(BIN)/python -m tests.bench_discord
	$(BIN)/python -m tests.bench_pg
	$(BIN)/python -m tests.bench_memory
	$(BIN)/python -m tests.bench_timeline

check: $(STAMP)
	$(BIN)/wic-bot check knowledge/wic.yaml

schema: $(STAMP)
	$(BIN)/wic-bot schema --write

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
