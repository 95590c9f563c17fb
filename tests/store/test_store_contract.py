"""The store contract: what every backend (embedded pyoxigraph, remote SPARQL 1.1) must do.

Run against each backend by the parametrised ``store`` fixture (see conftest.py).
"""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
import rdflib
from rdflib import Literal, URIRef
from rdflib.compare import isomorphic

from councilgraph.store import DataSyntaxError, QuerySyntaxError, StoreError

EX = "https://example.org/"
G1 = EX + "graph/one"
G2 = EX + "graph/two"
XSD = "http://www.w3.org/2001/XMLSchema#"

# every kind of term the mapping writes, plus a blank node and awkward text
DATA_ONE = f"""
<{EX}meeting/1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Meeting> .
<{EX}meeting/1> <http://www.w3.org/2000/01/rdf-schema#label> "Cabinet, 6 July 2023" .
<{EX}meeting/1> <{EX}date> "2023-07-06"^^<{XSD}date> .
<{EX}meeting/1> <{EX}attendees> "12"^^<{XSD}integer> .
<{EX}meeting/1> <{EX}cost> "129719.4"^^<{XSD}decimal> .
<{EX}meeting/1> <{EX}title> "Réunion \\"spéciale\\"\\nligne deux"@fr .
<{EX}meeting/1> <{EX}chair> <{EX}person/clair-bell> .
<{EX}person/clair-bell> <http://www.w3.org/2000/01/rdf-schema#label> "Clair Bell" .
<{EX}meeting/1> <{EX}note> _:n1 .
_:n1 <{EX}text> "a note" .
""".encode()

DATA_TWO = f"""
<{EX}meeting/2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Meeting> .
<{EX}meeting/2> <{EX}chair> <{EX}person/clair-bell> .
<{EX}person/clair-bell> <http://www.w3.org/2000/01/rdf-schema#label> "Clair Bell" .
""".encode()

NT = "application/n-triples"


def graph_of(data: bytes, fmt: str = "nt") -> rdflib.Graph:
    g = rdflib.Graph()
    g.parse(data=data.decode("utf-8"), format=fmt)
    return g


def snapshot(store) -> tuple[dict, bytes]:
    """What the store holds: graph counts and the sorted N-Quads dump."""
    out = io.BytesIO()
    store.dump(out, "application/n-quads")
    lines = sorted(line for line in out.getvalue().splitlines() if not line.startswith(b"_:") and b" _:" not in line)
    return store.graphs(), b"\n".join(lines)


@pytest.fixture
def loaded(store):
    store.replace_graph(G1, DATA_ONE, NT)
    store.replace_graph(G2, DATA_TWO, NT)
    return store


# -- graphs, replace, remove ------------------------------------------------------
def test_an_empty_store_has_no_graphs(store):
    assert store.graphs() == {}


def test_replace_graph_adds_a_graph_with_its_count(store):
    assert store.replace_graph(G1, DATA_ONE, NT) == 10
    assert store.graphs() == {G1: 10}


def test_replace_graph_replaces_instead_of_adding(loaded):
    new = f'<{EX}meeting/1> <{EX}status> "held" .\n'.encode()
    assert loaded.replace_graph(G1, new, NT) == 1
    assert loaded.graphs() == {G1: 1, G2: 3}
    assert not loaded.ask(f"ASK {{ GRAPH <{G1}> {{ <{EX}meeting/1> <{EX}chair> ?c }} }}")


def test_replace_graph_accepts_turtle(store):
    ttl = f'@prefix ex: <{EX}> .\nex:a ex:b "c", "d" .\n'.encode()
    assert store.replace_graph(G1, ttl, "text/turtle") == 2


@pytest.mark.parametrize(
    "bad",
    [
        b'<https://example.org/a> <https://example.org/b> "unterminated .\n',
        b"<https://example.org/a> <https://example.org/b> .\n",
        b"<not an iri> <https://example.org/b> <https://example.org/c> .\n",
    ],
    ids=["unterminated-literal", "missing-object", "bad-iri"],
)
def test_malformed_data_raises_and_leaves_the_store_unchanged(loaded, bad):
    before = snapshot(loaded)
    version = loaded.version
    with pytest.raises(DataSyntaxError):
        loaded.replace_graph(G1, DATA_ONE + bad, NT)
    assert snapshot(loaded) == before
    assert loaded.version == version


def test_quads_offered_for_one_graph_are_refused(loaded):
    before = snapshot(loaded)
    quad = f"<{EX}a> <{EX}b> <{EX}c> <{EX}other> .\n".encode()
    with pytest.raises(DataSyntaxError):
        loaded.replace_graph(G1, quad, "application/n-quads")
    assert snapshot(loaded) == before


def test_a_large_graph_is_replaced_whole(loaded):
    """Above the single-request size (Virtuoso: Graph Store PUT or staged MOVE)."""
    n = 5000
    body = "".join(f'<{EX}item/{i}> <{EX}n> "{i}"^^<{XSD}integer> .\n' for i in range(n)).encode()
    assert loaded.replace_graph(G1, body, NT) == n
    assert loaded.graphs() == {G1: n, G2: 3}
    rows = loaded.select(f"SELECT (SUM(?n) AS ?s) WHERE {{ GRAPH <{G1}> {{ ?i <{EX}n> ?n }} }}")
    assert int(rows[0]["s"]) == n * (n - 1) // 2
    assert loaded.replace_graph(G1, DATA_ONE, NT) == 10
    assert loaded.graphs() == {G1: 10, G2: 3}


def test_terms_round_trip_exactly(store):
    store.replace_graph(G1, DATA_ONE, NT)
    out = io.BytesIO()
    store.dump(out, NT, graph=G1)
    assert isomorphic(graph_of(out.getvalue()), graph_of(DATA_ONE))


def test_remove_graph(loaded):
    v = loaded.version
    assert loaded.remove_graph(G1) is True
    assert loaded.graphs() == {G2: 3}
    assert loaded.version != v
    v = loaded.version
    assert loaded.remove_graph(G1) is False
    assert loaded.version == v


# -- queries --------------------------------------------------------------------------
def test_the_default_graph_is_the_union_of_the_named_graphs(loaded):
    rows = loaded.select(f"SELECT ?m WHERE {{ ?m <{EX}chair> <{EX}person/clair-bell> }} ORDER BY ?m")
    assert [r["m"] for r in rows] == [URIRef(EX + "meeting/1"), URIRef(EX + "meeting/2")]


def test_the_union_holds_every_data_triple(loaded):
    rows = loaded.select(f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o FILTER(STRSTARTS(STR(?s), '{EX}') || isBlank(?s)) }}")
    # "Clair Bell" is labelled in both graphs: once in an RDF merge, twice in a bag union
    assert int(rows[0]["n"]) == (12 if loaded.default_graph_is_set else 13)


def test_select_returns_rdflib_terms_and_leaves_unbound_out(loaded):
    rows = loaded.select(
        f"""SELECT ?m ?date ?cost ?n ?title WHERE {{
              ?m a <{EX}Meeting> .
              OPTIONAL {{ ?m <{EX}date> ?date }} OPTIONAL {{ ?m <{EX}cost> ?cost }}
              OPTIONAL {{ ?m <{EX}attendees> ?n }} OPTIONAL {{ ?m <{EX}title> ?title }}
            }} ORDER BY ?m"""
    )
    assert len(rows) == 2
    first, second = rows
    assert first["date"] == Literal("2023-07-06", datatype=URIRef(XSD + "date"))
    assert first["n"] == Literal("12", datatype=URIRef(XSD + "integer"))
    assert first["cost"].toPython() == Literal("129719.4", datatype=URIRef(XSD + "decimal")).toPython()
    assert first["title"] == Literal('Réunion "spéciale"\nligne deux', lang="fr")
    assert set(second) == {"m"}


def test_ask(loaded):
    assert loaded.ask(f"ASK {{ <{EX}meeting/2> a <{EX}Meeting> }}") is True
    assert loaded.ask(f"ASK {{ <{EX}meeting/3> a <{EX}Meeting> }}") is False


def test_construct(loaded):
    g = loaded.construct(f"CONSTRUCT {{ ?m <{EX}chairedBy> ?p }} WHERE {{ ?m <{EX}chair> ?p }}")
    assert set(g) == {
        (URIRef(EX + "meeting/1"), URIRef(EX + "chairedBy"), URIRef(EX + "person/clair-bell")),
        (URIRef(EX + "meeting/2"), URIRef(EX + "chairedBy"), URIRef(EX + "person/clair-bell")),
    }


def test_describe_is_a_graph(loaded):
    g = loaded.construct(f"DESCRIBE <{EX}person/clair-bell>")
    assert (URIRef(EX + "person/clair-bell"), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("Clair Bell")) in g


def test_a_graph_clause_reads_one_graph(loaded):
    rows = loaded.select(f"SELECT ?g (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?s ?p ?o }} FILTER(?g IN (<{G1}>, <{G2}>)) }} GROUP BY ?g ORDER BY ?g")
    assert [(str(r["g"]), int(r["n"])) for r in rows] == [(G1, 10), (G2, 3)]


def test_default_graph_uris_restrict_the_dataset(loaded):
    q = f"SELECT ?m WHERE {{ ?m <{EX}chair> ?p }}"
    raw = loaded.query_raw(q, "application/sparql-results+json", default_graph_uris=[G2])
    values = [b["m"]["value"] for b in json.loads(raw.body)["results"]["bindings"]]
    assert values == [EX + "meeting/2"]


SELECT_LABELS = "SELECT ?s ?label WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?s ?label"


def test_query_raw_select_as_json(loaded):
    raw = loaded.query_raw(SELECT_LABELS, "application/sparql-results+json")
    assert (raw.kind, raw.media_type) == ("bindings", "application/sparql-results+json")
    body = json.loads(raw.body)
    assert body["head"]["vars"] == ["s", "label"]
    labels = [(b["s"]["value"], b["label"]["value"], b["label"]["type"]) for b in body["results"]["bindings"]]
    assert labels == [
        (EX + "meeting/1", "Cabinet, 6 July 2023", "literal"),
        (EX + "person/clair-bell", "Clair Bell", "literal"),
        # a bag union (Virtuoso) repeats a triple once per graph that states it; an RDF merge does not
        *([] if loaded.default_graph_is_set else [(EX + "person/clair-bell", "Clair Bell", "literal")]),
    ]


def test_query_raw_select_as_xml(loaded):
    raw = loaded.query_raw(SELECT_LABELS, "application/sparql-results+xml")
    assert (raw.kind, raw.media_type) == ("bindings", "application/sparql-results+xml")
    rows = list(ox.parse_query_results(raw.body, ox.QueryResultsFormat.XML))
    assert [r["label"].value for r in rows] == ["Cabinet, 6 July 2023", "Clair Bell"] + (
        [] if loaded.default_graph_is_set else ["Clair Bell"])


def test_query_raw_select_as_csv_and_tsv(loaded):
    raw = loaded.query_raw(SELECT_LABELS, "text/csv")
    assert raw.kind == "bindings" and raw.media_type.split(";")[0] == "text/csv"
    rows = list(csv.reader(io.StringIO(raw.body.decode())))
    assert rows[0] == ["s", "label"]
    assert rows[1] == [EX + "meeting/1", "Cabinet, 6 July 2023"]
    raw = loaded.query_raw(SELECT_LABELS, "text/tab-separated-values")
    assert raw.media_type.split(";")[0] == "text/tab-separated-values"
    lines = raw.body.decode().splitlines()
    assert lines[0] == "?s\t?label"
    assert lines[1] == f'<{EX}meeting/1>\t"Cabinet, 6 July 2023"'


@pytest.mark.parametrize("media_type", ["application/sparql-results+json", "application/sparql-results+xml"])
def test_query_raw_ask(loaded, media_type):
    fmt = ox.QueryResultsFormat.from_media_type(media_type)
    for query, expected in ((f"ASK {{ <{EX}meeting/1> ?p ?o }}", True), (f"ASK {{ <{EX}nothing> ?p ?o }}", False)):
        raw = loaded.query_raw(query, media_type)
        assert raw.kind == "boolean"
        assert bool(ox.parse_query_results(raw.body, fmt)) is expected


@pytest.mark.parametrize(
    "media_type,rdflib_format",
    [("application/n-triples", "nt"), ("text/turtle", "turtle"), ("application/rdf+xml", "xml"), ("application/ld+json", "json-ld")],
)
def test_query_raw_construct_in_each_rdf_format(loaded, media_type, rdflib_format):
    raw = loaded.query_raw(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{G2}> {{ ?s ?p ?o }} }}", media_type)
    assert (raw.kind, raw.media_type) == ("graph", media_type)
    assert isomorphic(graph_of(raw.body, rdflib_format), graph_of(DATA_TWO))


@pytest.mark.parametrize("query", ["SELEC * WHERE { ?s ?p ?o }", "SELECT * WHERE { ?s ?p }", "SELECT * WHERE { ?s ?p ?o"])
def test_malformed_queries_raise_query_syntax_error(loaded, query):
    with pytest.raises(QuerySyntaxError):
        loaded.query_raw(query, "application/sparql-results+json")


def test_unknown_result_format_is_refused(loaded):
    with pytest.raises(StoreError):
        loaded.query_raw(SELECT_LABELS, "image/png")


# -- update, dump, version ----------------------------------------------------------
def test_update_changes_data_and_version(loaded):
    v = loaded.version
    loaded.update(f'INSERT DATA {{ GRAPH <{G2}> {{ <{EX}meeting/2> <{EX}status> "held" }} }}')
    assert loaded.graphs()[G2] == 4
    assert loaded.version != v
    v = loaded.version
    loaded.update(f"DELETE WHERE {{ GRAPH <{G2}> {{ ?m <{EX}status> ?s }} }}")
    assert loaded.graphs()[G2] == 3
    assert loaded.version != v


def test_malformed_update_raises_and_changes_nothing(loaded):
    before, v = snapshot(loaded), loaded.version
    with pytest.raises(QuerySyntaxError):
        loaded.update(f"INSERT DAT {{ GRAPH <{G2}> {{ <{EX}a> <{EX}b> <{EX}c> }} }}")
    assert snapshot(loaded) == before
    assert loaded.version == v


def test_version_changes_on_every_write_and_not_on_reads(store):
    seen = {store.version}
    store.replace_graph(G1, DATA_ONE, NT)
    seen.add(store.version)
    store.select(SELECT_LABELS)
    store.graphs()
    assert store.version in seen and len(seen) == 2
    store.replace_graph(G1, DATA_ONE, NT)  # same data: still a write
    seen.add(store.version)
    store.remove_graph(G1)
    seen.add(store.version)
    assert len(seen) == 4


def test_dump_the_whole_dataset_as_quads_and_load_it_back(loaded):
    out = io.BytesIO()
    loaded.dump(out, "application/n-quads")
    ds = ox.Store()
    ds.load(out.getvalue(), ox.RdfFormat.N_QUADS)
    graphs = {g.value for g in ds.named_graphs()}
    assert graphs == {G1, G2}
    assert len(ds) == 13


def test_dump_one_graph_as_turtle(loaded):
    out = io.BytesIO()
    loaded.dump(out, "text/turtle", graph=G2)
    assert isomorphic(graph_of(out.getvalue(), "turtle"), graph_of(DATA_TWO))


def test_dumping_a_dataset_in_a_triple_format_is_refused(loaded):
    with pytest.raises(StoreError):
        loaded.dump(io.BytesIO(), "text/turtle")


# -- bulk loading files ------------------------------------------------------------------
def test_load_file_nquads_replaces_the_graphs_it_names(loaded, tmp_path):
    path = tmp_path / "data.nq"
    path.write_bytes(
        f'<{EX}x> <{EX}y> "1" <{G1}> .\n<{EX}x> <{EX}y> "2" <{EX}graph/three> .\n<{EX}x> <{EX}y> "3" <{G1}> .\n'.encode()
    )
    counts = loaded.load_file(str(path), "application/n-quads")
    assert counts == {G1: 2, EX + "graph/three": 1}
    assert loaded.graphs() == {G1: 2, G2: 3, EX + "graph/three": 1}


def test_load_file_turtle_into_a_named_graph(loaded, tmp_path):
    path = tmp_path / "data.ttl"
    path.write_bytes(f'@prefix ex: <{EX}> .\nex:a ex:b ex:c .\n'.encode())
    v = loaded.version
    assert loaded.load_file(str(path), "text/turtle", G2) == {G2: 1}
    assert loaded.graphs() == {G1: 10, G2: 1}
    assert loaded.version != v


def test_load_file_malformed_leaves_the_store_unchanged(loaded, tmp_path):
    path = tmp_path / "bad.nq"
    path.write_bytes(f'<{EX}x> <{EX}y> "1" <{G1}> .\n<{EX}x> <{EX}y> "broken <{G2}> .\n'.encode())
    before = snapshot(loaded)
    with pytest.raises(DataSyntaxError):
        loaded.load_file(str(path), "application/n-quads")
    assert snapshot(loaded) == before


# an N-Quads file large enough for the bulk loader to write in batches, malformed at the very end
def _many_quads(n: int, last: bytes) -> bytes:
    lines = [f'<{EX}s/{i}> <{EX}p> "value {i}" <{EX}graph/{i % 7}> .\n' for i in range(n)]
    return "".join(lines).encode() + last


@pytest.mark.parametrize("size", [1, 150_000], ids=["small", "large"])
def test_load_file_malformed_nquads_into_an_empty_store_leaves_it_empty(store, tmp_path, size):
    path = tmp_path / "bad.nq"
    path.write_bytes(_many_quads(size, f'<{EX}x> <{EX}y> "broken <{G2}> .\n'.encode()))
    before = snapshot(store)
    v = store.version
    with pytest.raises(DataSyntaxError, match="bad.nq"):
        store.load_file(str(path), "application/n-quads")
    assert store.graphs() == {}
    assert snapshot(store) == before
    assert store.version == v


def test_load_file_large_malformed_nquads_leaves_a_loaded_store_unchanged(loaded, tmp_path):
    path = tmp_path / "bad.nq"
    path.write_bytes(_many_quads(150_000, f'<{EX}x> <{EX}y> "1" <{G1}> .\n<not an iri> <{EX}y> "2" <{G1}> .\n'.encode()))
    before = snapshot(loaded)
    v = loaded.version
    with pytest.raises(DataSyntaxError):
        loaded.load_file(str(path), "application/n-quads")
    assert snapshot(loaded) == before
    assert loaded.version == v


def test_load_file_nquads_into_an_empty_store_counts_each_graph(store, tmp_path):
    path = tmp_path / "data.nq"
    path.write_bytes(_many_quads(700, b""))
    v = store.version
    counts = store.load_file(str(path), "application/n-quads")
    assert counts == {f"{EX}graph/{k}": 100 for k in range(7)}
    assert store.graphs() == counts
    assert store.version != v
    assert store.select(f'SELECT ?o WHERE {{ GRAPH <{EX}graph/3> {{ <{EX}s/10> <{EX}p> ?o }} }}') == [{"o": Literal("value 10")}]


@pytest.mark.parametrize("start", ["empty", "loaded"])
def test_load_file_nquads_default_graph_triples_need_a_target_graph(store, tmp_path, start):
    if start == "loaded":
        store.replace_graph(G1, DATA_ONE, NT)
    before = snapshot(store)
    path = tmp_path / "mixed.nq"
    path.write_bytes(f'<{EX}x> <{EX}y> "1" <{G2}> .\n<{EX}x> <{EX}y> "2" .\n'.encode())
    with pytest.raises(StoreError, match="outside a named graph"):
        store.load_file(str(path), "application/n-quads")
    assert snapshot(store) == before
    target = EX + "graph/target"
    counts = store.load_file(str(path), "application/n-quads", target)
    assert counts == {G2: 1, target: 1}
    assert store.ask(f'ASK {{ GRAPH <{target}> {{ <{EX}x> <{EX}y> "2" }} }}')
