# CouncilGraph: two commands for a newcomer, `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STORE  ?= var/store
HOST   ?= 127.0.0.1
PORT   ?= 5000
PYTEST_ARGS ?=

.PHONY: run test build serve test-deps bench bench-quick bench-browser docs clean help

help:
	@echo "make run    - set up .venv, build the graph from data/documents, serve http://$(HOST):$(PORT)"
	@echo "make test   - set up .venv and test dependencies (apt, npm), run the whole suite"
	@echo "make bench  - benchmarks side by side with the peers (see docs/benchmarks.md)"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed-run: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $@ $(VENV)/.installed-run

build: $(VENV)/.installed-run
	$(BIN)/councilgraph load data/documents --store $(STORE)

serve: $(VENV)/.installed-run
	$(BIN)/councilgraph serve --store $(STORE) --host $(HOST) --port $(PORT)

run: build serve

test-deps:
	bash scripts/install-test-deps.sh

test: $(VENV)/.installed-test test-deps
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: $(VENV)/.installed-test test-deps
	$(BIN)/python benchmarks/run.py

bench-quick: $(VENV)/.installed-test test-deps
	$(BIN)/python benchmarks/run.py --quick

bench-browser: $(VENV)/.installed-test build
	$(BIN)/python benchmarks/browser_pages.py $(STORE)

docs: $(VENV)/.installed-run
	$(BIN)/python -m councilgraph.ontology.generate_terms
	$(BIN)/python -m councilgraph.ontology.docs

clean:
	rm -rf var .cache .pytest_cache
