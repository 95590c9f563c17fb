"""The example queries: well-formed headers, valid SPARQL, and rows on the bundled documents."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from councilgraph.queries import example_queries, parse_example
from councilgraph.store import OxigraphStore

EXAMPLES = example_queries()


@pytest.fixture(scope="module")
def bundled_store(bundled_store_dir):
    """The bundled documents loaded by the pipeline (``bundled_store_dir``: tests/conftest.py)."""
    store = OxigraphStore(bundled_store_dir, read_only=True)
    yield store
    store.close()


def test_at_least_fifteen_examples_with_distinct_titles():
    assert len(EXAMPLES) >= 15
    assert len({e.title for e in EXAMPLES}) == len(EXAMPLES)
    assert all(e.description and len(e.description) > 20 for e in EXAMPLES)


def test_header_is_required():
    with pytest.raises(ValueError, match="lacks description"):
        parse_example("bad", "# title: Something\nSELECT * WHERE { ?s ?p ?o }")
    e = parse_example("ok", "# title: A\n# description: first line\n#   continued\nSELECT * {}")
    assert e.title == "A" and e.description == "first line continued"


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_parses(example):
    ox.Store().query(example.text)  # raises SyntaxError on malformed SPARQL


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.name for e in EXAMPLES])
def test_example_returns_rows_on_the_bundled_data(bundled_store, example):
    rows = bundled_store.select(example.text)
    assert rows, f"{example.name} returns no rows on the bundled documents"
