"""The protocol-dataset and base rewriting of updates (pure functions; the HTTP side is in tests/conformance)."""

from __future__ import annotations

import pyoxigraph as ox
import pytest

from councilgraph.server.update import DatasetConflict, apply_protocol_dataset, with_base


def test_using_clauses_go_before_each_modify_where():
    text = "INSERT { ?s ?p ?o } WHERE { ?s ?p ?o } ; DELETE WHERE { ?a ?b ?c } ; DELETE { ?x ?y ?z } WHERE { ?x ?y ?z }"
    out = apply_protocol_dataset(text, ["http://g/1"], ["http://g/2"])
    assert out.count("USING <http://g/1> USING NAMED <http://g/2> WHERE") == 2
    assert "DELETE WHERE { ?a" in out


def test_using_clauses_change_the_evaluated_dataset():
    store = ox.Store()
    store.update("INSERT DATA { GRAPH <http://g/1> { <http://a> <http://p> 1 } GRAPH <http://g/2> { <http://b> <http://p> 2 } }")
    store.update(apply_protocol_dataset("INSERT { GRAPH <http://out> { ?s ?p ?o } } WHERE { ?s ?p ?o }", ["http://g/1"], []))
    assert [q.subject.value for q in store.quads_for_pattern(None, None, None, ox.NamedNode("http://out"))] == ["http://a"]


def test_where_inside_strings_and_braces_untouched():
    text = 'INSERT { <http://s> <http://p> "WHERE" } WHERE { { SELECT * WHERE { ?s ?p ?o } } }'
    out = apply_protocol_dataset(text, ["http://g/1"], [])
    assert out.count("USING") == 1 and out.index("USING") < out.index("WHERE {")


@pytest.mark.parametrize("text", ["WITH <http://g> INSERT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                                  "INSERT { ?s ?p ?o } using <http://g> WHERE { ?s ?p ?o }"])
def test_conflict_with_the_update_s_own_dataset(text):
    with pytest.raises(DatasetConflict):
        apply_protocol_dataset(text, ["http://g/1"], [])


def test_no_parameters_no_change():
    assert apply_protocol_dataset("CLEAR ALL", [], []) == "CLEAR ALL"


def test_base_only_when_relative_iris():
    assert with_base("INSERT DATA { <http://a> <http://b> <http://c> }", "http://h/update") == (
        "INSERT DATA { <http://a> <http://b> <http://c> }", 0)
    text, shift = with_base("INSERT DATA { <a> <http://b> <http://c> }", "http://h/update")
    assert text.startswith("BASE <http://h/update> ") and shift == len("BASE <http://h/update> ")
