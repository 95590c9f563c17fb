"""Shared fixtures for the ontology tests: the parsed ontology and a valid sample graph."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Graph

from councilgraph.ontology import load_ontology_graph

HERE = Path(__file__).resolve().parent
VALID_TTL = HERE / "data" / "valid_graph.ttl"


@pytest.fixture(scope="session")
def ontology() -> Graph:
    return load_ontology_graph()


@pytest.fixture
def valid_graph() -> Graph:
    """A small hand-written graph that satisfies every shape (fresh copy per test)."""
    return Graph().parse(VALID_TTL, format="turtle")
