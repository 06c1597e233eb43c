# sitroom — two commands: `make demo` and `make test`. Both install everything first.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.sitroom-installed
DEMO_DB := sitroom-demo.db
SHAFAQ := ../shared/examples/shafaq-2024-04-23.txt
# The gazetteer is built from installed packages and the data files beside its builder;
# it is rebuilt whenever one of those changes (about four minutes on two cores). Every file
# `sitroom.geo.build.input_digest` hashes is named here (tests/geo/test_gazetteer_inputs.py):
# a file left out would leave a pulled checkout with a gazetteer the package calls stale.
GAZ    := sitroom/geo/data/gazetteer.sqlite
GAZ_INPUTS := $(wildcard sitroom/geo/build*.py sitroom/geo/sources.py sitroom/geo/normalize.py \
	sitroom/geo/data/*.csv sitroom/geo/data/*.csv.gz sitroom/geo/data/*.txt sitroom/geo/data/*.yaml \
	sitroom/outlines.py sitroom/lang/en/geo/kinds.yaml sitroom/lang/en/geo/demonyms.yaml \
	sitroom/api/static/data/admin1/index.json)

.PHONY: install demo test lint bench eval system-deps clean

install: $(STAMP) $(GAZ)

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev,postgres,dask]'
	touch $(STAMP)

$(GAZ): $(GAZ_INPUTS) | $(STAMP)
	$(BIN)/sitroom gazetteer build --quiet

demo: $(STAMP) $(GAZ)
	rm -f $(DEMO_DB)
	$(BIN)/sitroom ingest examples/ --db $(DEMO_DB)
	if [ -f $(SHAFAQ) ]; then $(BIN)/sitroom ingest $(SHAFAQ) --published 2024-04-23 --source "Shafaq News" --db $(DEMO_DB); fi
	$(BIN)/sitroom events --db $(DEMO_DB) --status new
	@echo "Open the map: $(BIN)/sitroom serve --db $(DEMO_DB)  →  http://127.0.0.1:8000/"

system-deps:
	sh scripts/system-deps.sh

# pytest-xdist runs the suite on every core (each worker loads its own spaCy pipeline).
test: $(STAMP) $(GAZ) system-deps
	$(BIN)/ruff check sitroom tests scripts
	$(BIN)/python -m pytest -n auto

lint: $(STAMP)
	$(BIN)/ruff check sitroom tests scripts

eval: $(STAMP) $(GAZ)
	$(BIN)/sitroom eval ../shared/eval --split dev

bench: $(STAMP) $(GAZ)
	$(BIN)/python -m sitroom.bench

clean:
	rm -rf $(VENV) *.egg-info $(DEMO_DB)
