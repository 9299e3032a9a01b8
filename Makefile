# Two commands do everything on a fresh machine: `make run` and `make test`.
# The virtual environment is created on first use and refreshed when the inputs change.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
# Every install pins its versions, also pip itself, the build backend pip fetches for an
# isolated build (setuptools) and PyInstaller: a build today is the build of tomorrow.
export PIP_CONSTRAINT := $(CURDIR)/constraints.txt

TS     := resources/translations/scar_diary_nl.ts
QM     := $(TS:.ts=.qm)

.PHONY: run sample test lint format icons bundle install uninstall bench translations clean

$(STAMP): pyproject.toml constraints.txt
	@echo "Setting up Scar Diary's Python environment in $(VENV) (the first time takes a few minutes)…"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade --constraint constraints.txt pip
	$(BIN)/python -m pip install --constraint constraints.txt --editable '.[dev]'
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

lint: $(STAMP)  ## ruff, mypy and the import layers, as CI runs them
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)  ## every benchmark on generated data, one table (see docs/benchmarks.md)
	$(BIN)/python -m benchmarks.run $(BENCH_ARGS)

icons: $(STAMP)  ## the app icon in every size (Linux PNGs, Windows .ico, macOS .icns)
	$(BIN)/python packaging/make_icons.py build/icons

bundle: $(STAMP) $(QM) icons  ## a self-contained folder in dist/scar-diary (PyInstaller), checked
	$(BIN)/python -m pip install --quiet --constraint constraints.txt pyinstaller
	$(BIN)/pyinstaller --noconfirm --clean packaging/scar-diary.spec
	dist/scar-diary/scar-diary --self-test

install: bundle  ## install the bundle for you, with a menu entry (Linux; PREFIX=~/.local)
	packaging/linux/install.sh

uninstall:  ## remove what `make install` put in place (never your diary)
	packaging/linux/install.sh --uninstall

format: $(STAMP)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) build dist *.egg-info .mypy_cache .ruff_cache
