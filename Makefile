# Two commands do everything on a fresh machine: `make run` and `make test`.
# The virtual environment is created on first use and refreshed when the inputs change.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

TS     := resources/translations/scar_diary_nl.ts
QM     := $(TS:.ts=.qm)

.PHONY: run sample test lint format bundle bench translations clean

$(STAMP): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet --constraint constraints.txt --editable '.[dev]'
	touch $(STAMP)

# The compiled translation is kept in the repository (a test checks it is fresh); it is built
# again whenever its source changes.
$(QM): $(TS) | $(STAMP)
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

translations: $(STAMP)  ## find new texts in the code (add their Dutch to the .ts), then compile
	$(BIN)/pyside6-lupdate $$(find scar_diary -name '*.py' | sort) -ts $(TS) -no-obsolete
	$(BIN)/pyside6-lrelease $(TS) -qm $(QM)

run: $(STAMP) $(QM)  ## set up and open your own diary (pass options with ARGS="--data-dir DIR")
	$(BIN)/python -m scar_diary $(ARGS)

sample: $(STAMP) $(QM)  ## set up and open the made-up sample diary
	$(BIN)/python -m scar_diary --sample

test: $(STAMP) $(QM)  ## set up and run the whole test suite
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)  ## ruff and mypy, as CI runs them
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

bench: $(STAMP)  ## every benchmark on generated data, one table (see docs/benchmarks.md)
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

bundle: $(STAMP) $(QM)  ## a self-contained folder in dist/scar-diary (PyInstaller)
	$(BIN)/python -m pip install --quiet "pyinstaller>=6"
	$(BIN)/pyinstaller --noconfirm --clean packaging/scar-diary.spec

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
