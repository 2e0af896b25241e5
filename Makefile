# Everything a newcomer needs: `make run` and `make test`. Each creates .venv on first use and
# re-installs only when pyproject.toml changed (its stamp file is older than it). `make run`
# installs the runtime dependencies only (plus the PostgreSQL driver when DATABASE_URL is set in
# the environment or .env); `make test` and the other targets install the developer tools too.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PIP    := $(BIN)/python -m pip install --quiet --disable-pip-version-check
# [pg] when DATABASE_URL has a value, in the environment or in .env
PG     := $(if $(DATABASE_URL),pg,$(shell grep -qsE '^[[:space:]]*(export[[:space:]]+)?DATABASE_URL[[:space:]]*=[[:space:]]*[^[:space:]\#]' .env && echo pg))
RUN_STAMP := $(VENV)/.installed-run$(if $(PG),-pg)
STAMP  := $(VENV)/.installed-dev

.PHONY: run test lint eval bench check schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(RUN_STAMP): pyproject.toml | $(BIN)/python
	$(PIP) -e '.$(if $(PG),[pg])' --config-settings editable_mode=compat
	$(BIN)/python -m compileall -q bot >/dev/null
	touch $@

$(STAMP): pyproject.toml | $(BIN)/python
	$(PIP) -e '.[dev]' --config-settings editable_mode=compat
	$(BIN)/python -m compileall -q bot >/dev/null
	touch $@

run: $(RUN_STAMP)
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
	$(BIN)/python -m tests.fresh --fresh6 --quiet
	$(BIN)/python -m tests.fresh --fresh7 --quiet
	$(BIN)/python -m tests.fresh --fresh8 --quiet
	$(BIN)/python -m tests.fresh --dev9 --quiet
	$(BIN)/python -m tests.fresh --fresh10 --quiet
	$(BIN)/python -m tests.fresh --fresh11 --quiet
	$(BIN)/python -m tests.fresh --fresh12 --quiet
	$(BIN)/python -m tests.fresh --fresh13 --quiet
	$(BIN)/python -m tests.fresh --fresh14 --quiet
	$(BIN)/python -m tests.fresh --fresh15 --quiet
	$(BIN)/python -m tests.fresh --fresh16 --quiet
	$(BIN)/python -m tests.fresh --fresh17 --quiet
	$(BIN)/python -m tests.fresh --fresh18 --quiet
	$(BIN)/python -m tests.fresh --fresh19 --quiet
	$(BIN)/python -m tests.fresh --fresh20 --quiet
	$(BIN)/python -m tests.fresh --fresh21 --quiet
	$(BIN)/python -m tests.fresh --fresh22 --quiet
	$(BIN)/python -m tests.fresh --fresh23 --quiet
	$(BIN)/python -m tests.fresh --fresh24 --quiet
	$(BIN)/python -m tests.fresh --fresh25 --quiet
	$(BIN)/python -m tests.fresh --fresh26 --quiet
	$(BIN)/python -m tests.fresh --fresh27 --quiet
	$(BIN)/python -m tests.fresh --fresh28 --quiet
	$(BIN)/python -m tests.fresh --fresh29 --quiet
	$(BIN)/python -m tests.fresh --fresh30 --quiet
	$(BIN)/python -m tests.fresh --fresh31 --quiet
	$(BIN)/python -m tests.fresh --fresh32 --quiet
	$(BIN)/python -m tests.fresh --fresh33 --quiet
	$(BIN)/python -m tests.fresh --fresh34 --quiet
	$(BIN)/python -m tests.fresh --fresh35 --quiet
	$(BIN)/python -m tests.fresh --fresh36 --quiet
	$(BIN)/python -m tests.fresh --fresh37 --quiet
	$(BIN)/python -m tests.fresh --fresh38 --quiet
	$(BIN)/python -m tests.fresh --fresh39 --quiet
	$(BIN)/python -m tests.fresh --fresh40 --quiet
	$(BIN)/python -m tests.fresh --fresh41 --quiet
	$(BIN)/python -m tests.fresh --fresh42 --quiet
	$(BIN)/python -m tests.fresh --fresh43 --quiet
	$(BIN)/python -m tests.fresh --fresh44 --quiet
	$(BIN)/python -m tests.fresh --fresh45 --quiet
	$(BIN)/python -m tests.fresh --fresh46 --quiet
	$(BIN)/python -m tests.fresh --fresh47 --quiet
	$(BIN)/python -m tests.fresh --fresh48 --quiet
	$(BIN)/python -m tests.fresh --fresh49 --quiet
	$(BIN)/python -m tests.fresh --fresh50 --quiet
	$(BIN)/python -m tests.fresh --fresh51 --quiet
	$(BIN)/python -m tests.fresh --fresh52 --quiet
	$(BIN)/python -m tests.fresh --fresh53 --quiet
	$(BIN)/python -m tests.fresh --fresh54 --quiet
	$(BIN)/python -m tests.fresh --fresh55 --quiet
	$(BIN)/python -m tests.fresh --fresh56 --quiet
	$(BIN)/python -m tests.fresh --fresh57 --quiet
	$(BIN)/python -m tests.fresh --fresh58 --quiet

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
