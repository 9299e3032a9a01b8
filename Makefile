# Two commands do everything on a fresh machine: `make run` and `make test`.
# The virtual environment is created on first use and refreshed when the inputs change.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run sample test lint format bundle bench clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[dev]'
	touch $(STAMP)

run: $(STAMP)  ## set up and open your own diary (pass options with ARGS="--data-dir DIR")
	$(BIN)/python -m scar_diary $(ARGS)

sample: $(STAMP)  ## set up and open the made-up sample diary
	$(BIN)/python -m scar_diary --sample

test: $(STAMP)  ## set up and run the whole test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)  ## ruff and mypy, as CI runs them
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)  ## every benchmark on generated data, one table (see docs/benchmarks.md)
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

bundle: $(STAMP)  ## a self-contained folder in dist/scar-diary (PyInstaller)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6"
	$(BIN)/pyinstaller --noconfirm --clean packaging/scar-diary.spec

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
