"""Display labels chosen across documents: one rdfs:label per person, whatever the load order."""

from __future__ import annotations

import io

import pytest

from councilgraph import config
from councilgraph.labels import choose_label, labels_graph_iri
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


def _labels_graph(store: OxigraphStore) -> bytes:
    out = io.BytesIO()
    store.dump(out, "application/n-triples", labels_graph_iri())
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
    from councilgraph.labels import refresh_labels

    refresh_labels(reverse)
    remaining = {str(r["person"]) for r in reverse.select(PEOPLE_LABELS)}
    labelled = {s.split(b" ")[0].decode()[1:-1] for s in _labels_graph(reverse).splitlines() if s}
    assert labelled == remaining
