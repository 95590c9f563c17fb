"""Facts derived across documents: one rdfs:label per person, one status per meeting and decision,
whatever the load order."""

from __future__ import annotations

import io

import pytest

from councilgraph import config
from councilgraph.derived import choose_label, derived_graph_iri, most_advanced_status
from councilgraph.pipeline import expand_paths, load_paths
from councilgraph.store import OxigraphStore

PEOPLE_LABELS = config.sparql_prefixes(("cg", "rdfs")) + """
SELECT ?person (COUNT(DISTINCT ?label) AS ?n) WHERE { ?person a cg:Person . OPTIONAL { ?person rdfs:label ?label } }
GROUP BY ?person"""


@pytest.mark.parametrize(
    "forms, expected",
    [
        ({"Mrs C Bell", "Clair Bell", "Mrs Bell"}, "Clair Bell"),
        ({"Ben Watts", "Benjamin Watts"}, "Benjamin Watts"),
        ({"Mr N J Collor", "Mr Collor"}, "Mr N J Collor"),
        ({"Mr A M Ridgers"}, "Mr A M Ridgers"),
        ({"Mrs Clair Bell", "Mrs C Bell"}, "Clair Bell"),
        ({"Mr R G Streatfeild, MBE", "Mr Streatfeild"}, "Mr R G Streatfeild"),
    ],
)
def test_the_fullest_printed_form_is_the_label(forms, expected):
    assert choose_label(forms) == expected


@pytest.mark.parametrize(
    "kind, stated, expected",
    [
        ("Meeting", {"planned", "scheduled", "held"}, "held"),
        ("Meeting", {"planned", "scheduled"}, "scheduled"),
        ("Decision", {"proposed", "endorsed"}, "endorsed"),
        ("Decision", {"taken", "proposed"}, "taken"),
        ("Decision", {"withdrawn"}, None),
    ],
)
def test_the_most_advanced_status_wins(kind, stated, expected):
    assert most_advanced_status(kind, stated) == expected


STATUSES = config.sparql_prefixes(("cg",)) + """
SELECT ?thing (COUNT(DISTINCT ?status) AS ?n) (COUNT(DISTINCT ?stated) AS ?s) WHERE {
  VALUES ?kind { cg:Meeting cg:Decision } ?thing a ?kind ; cg:statedStatus ?stated .
  OPTIONAL { ?thing cg:status ?status } } GROUP BY ?thing"""


def test_every_meeting_and_decision_has_one_status_in_the_union(bundled_store_dir):
    rows = OxigraphStore(bundled_store_dir, read_only=True).select(STATUSES)
    assert rows and {int(r["n"]) for r in rows} == {1}
    assert any(int(r["s"]) > 1 for r in rows), "no meeting or decision is stated differently by two documents"


def _labels_graph(store: OxigraphStore) -> bytes:
    out = io.BytesIO()
    store.dump(out, "application/n-triples", derived_graph_iri())
    return b"\n".join(sorted(out.getvalue().splitlines()))


def test_every_person_has_exactly_one_label_in_the_union(bundled_store_dir):
    store = OxigraphStore(bundled_store_dir, read_only=True)
    rows = store.select(PEOPLE_LABELS)
    assert rows, "no people extracted"
    assert {int(r["n"]) for r in rows} == {1}, [str(r["person"]) for r in rows if int(r["n"]) != 1]


def test_labels_do_not_depend_on_load_order(tmp_path, bundled_store_dir):
    files = list(expand_paths([config.BUNDLED_DOCUMENTS]))
    reverse = OxigraphStore(tmp_path / "reverse")
    for f in reversed(files):  # one by one, newest first
        load_paths([f], reverse)
    forward = OxigraphStore(bundled_store_dir, read_only=True)
    assert _labels_graph(reverse) == _labels_graph(forward)
    # removing a document recomputes the labels from what is left
    reverse.remove_graph(next(iter(g for g in reverse.graphs() if g.endswith(files[0].stem.replace("_", "-")))))
    from councilgraph.derived import refresh_derived

    refresh_derived(reverse)
    remaining = {str(r["person"]) for r in reverse.select(PEOPLE_LABELS)}
    label = b"<http://www.w3.org/2000/01/rdf-schema#label>"
    labelled = {s.split(b" ")[0].decode()[1:-1] for s in _labels_graph(reverse).splitlines() if s.split(b" ")[1:2] == [label]}
    assert labelled == remaining


DERIVED_WITHOUT_EVIDENCE = config.sparql_prefixes(("cg", "rdfs")) + """
SELECT ?thing ?p WHERE { GRAPH ?derived { ?thing ?p ?value FILTER(?p IN (rdfs:label, cg:status)) }
  FILTER(STRENDS(STR(?derived), "graph/derived"))
  FILTER NOT EXISTS { ?thing cg:evidence ?ev . ?ev cg:evidenceProperty ?p ; cg:quote ?q } }"""

DERIVED_LABEL_QUOTES = config.sparql_prefixes(("cg", "rdfs")) + """
SELECT ?thing ?label ?quote WHERE { GRAPH ?derived { ?thing rdfs:label ?label }
  FILTER(STRENDS(STR(?derived), "graph/derived"))
  ?thing cg:evidence ?ev . ?ev cg:evidenceProperty rdfs:label ; cg:quote ?quote }"""


def test_every_derived_fact_links_to_evidence_that_prints_it(bundled_store_dir):
    store = OxigraphStore(bundled_store_dir, read_only=True)
    assert store.select(DERIVED_WITHOUT_EVIDENCE) == []
    rows = store.select(DERIVED_LABEL_QUOTES)
    assert rows
    for row in rows:  # the label's surname is printed in every quote linked to it
        assert str(row["label"]).split()[-1] in str(row["quote"]), (row["label"], row["quote"])
