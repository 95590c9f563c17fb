"""Content negotiation rules (pure functions; the HTTP behaviour is in test_protocol.py)."""

from __future__ import annotations

import pytest

from councilgraph.server import negotiation as n


@pytest.mark.parametrize("accept, expected", [
    (None, "application/sparql-results+json"),
    ("", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/*", "text/csv"),
    ("text/tab-separated-values, text/csv", "text/tab-separated-values"),
    ("text/csv;q=0.1, text/tab-separated-values;q=0.2", "text/tab-separated-values"),
    ("application/xml", "application/sparql-results+xml"),
    ("application/sparql-results+json;q=0, */*;q=0.1", "application/sparql-results+xml"),
    ("image/png", None),
    ("garbage", "application/sparql-results+json"),
])
def test_results_negotiation(accept, expected):
    assert n.negotiate(accept, n.RESULTS) == expected


@pytest.mark.parametrize("accept, expected", [
    ("*/*", "text/turtle"),
    ("application/rdf+xml, text/turtle;q=0.9", "application/rdf+xml"),
    ("application/json", "application/ld+json"),
    ("text/plain", "application/n-triples"),
    ("application/sparql-results+json", None),
])
def test_graph_negotiation(accept, expected):
    assert n.negotiate(accept, n.GRAPH) == expected


def test_format_parameter_wins_and_depends_on_result_kind():
    assert n.choose("text/csv", "json", n.RESULTS) == "application/sparql-results+json"
    assert n.choose("text/csv", "json", n.GRAPH, graph=True) == "application/ld+json"
    assert n.choose(None, "xml", n.GRAPH, graph=True) == "application/rdf+xml"
    assert n.choose(None, "turtle", n.RESULTS) is None
    assert n.choose(None, "application/n-triples", n.GRAPH, graph=True) == "application/n-triples"
    with pytest.raises(n.UnknownFormat):
        n.choose(None, "excel", n.RESULTS)
