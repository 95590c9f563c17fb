"""The embedded store's default graph is the RDF merge of its named graphs, kept on every write.

A triple two documents state is one triple of the default graph: counts and
sums are not inflated (oxigraph issue 1919 for the on-the-fly union), and the
invariant holds after replacing, removing, bulk loading and SPARQL updates.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest

from councilgraph.store import OxigraphStore, QuerySyntaxError
from councilgraph.store import union_graph
from councilgraph.store.union_graph import DefaultGraphWrite, splice, write_targets

EX = "https://example.org/"
G1, G2, G3 = EX + "graph/1", EX + "graph/2", EX + "graph/3"


def triples(*lines: str) -> bytes:
    return "\n".join(lines).encode()


VALUE = f'<{EX}contract/1> <{EX}value> "1600000"^^<http://www.w3.org/2001/XMLSchema#decimal> .'
LABEL = f'<{EX}person/1> <http://www.w3.org/2000/01/rdf-schema#label> "Clair Bell" .'
ONLY1 = f"<{EX}meeting/1> <{EX}chair> <{EX}person/1> ."
ONLY2 = f"<{EX}meeting/2> <{EX}chair> <{EX}person/1> ."


def default_triples(store: OxigraphStore) -> set[str]:
    return {str(q.subject) + " " + str(q.predicate) + " " + str(q.object)
            for q in store.raw.quads_for_pattern(None, None, None, ox.DefaultGraph())}


def named_union(store: OxigraphStore) -> set[str]:
    return {str(q.subject) + " " + str(q.predicate) + " " + str(q.object)
            for g in store.raw.named_graphs() for q in store.raw.quads_for_pattern(None, None, None, g)}


def assert_invariant(store: OxigraphStore) -> None:
    assert default_triples(store) == named_union(store)


@pytest.fixture(params=["memory", "disk"])
def store(request, tmp_path):
    s = OxigraphStore(None if request.param == "memory" else tmp_path / "store")
    s.replace_graph(G1, triples(VALUE, LABEL, ONLY1))
    s.replace_graph(G2, triples(VALUE, LABEL, ONLY2))
    yield s
    s.close()


def count(store, query: str) -> int:
    return int(store.select(query)[0]["n"])


def test_a_fact_two_documents_state_counts_once(store):
    assert store.default_graph_is_set
    assert count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?c <{EX}value> ?v }}") == 1
    total = store.select(f"SELECT (SUM(?v) AS ?n) WHERE {{ ?c <{EX}value> ?v }}")[0]["n"]
    assert int(total.toPython()) == 1_600_000
    # the named graphs still say who stated it
    assert count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH ?g {{ ?c <{EX}value> ?v }} }}") == 2
    assert_invariant(store)


def test_replacing_a_graph_keeps_what_another_still_states(store):
    store.replace_graph(G1, triples(ONLY1))  # G1 no longer states the value or the label
    assert count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?c <{EX}value> ?v }}") == 1  # G2 still does
    store.replace_graph(G2, triples(ONLY2))
    assert count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?c <{EX}value> ?v }}") == 0
    assert_invariant(store)


def test_removing_graphs_removes_only_what_they_alone_stated(store):
    store.remove_graph(G1)
    assert store.ask(f"ASK {{ <{EX}person/1> ?p 'Clair Bell' }}")
    assert not store.ask(f"ASK {{ <{EX}meeting/1> ?p ?o }}")
    store.remove_graph(G2)
    assert default_triples(store) == set()


def test_updates_keep_the_invariant(store):
    store.update(f"INSERT DATA {{ GRAPH <{G3}> {{ {ONLY1} <{EX}x> <{EX}y> <{EX}z> }} }}")
    assert_invariant(store)
    store.update(f"DELETE DATA {{ GRAPH <{G1}> {{ {ONLY1} }} }}")  # G3 still states it
    assert store.ask(f"ASK {{ {ONLY1.rstrip(' .')} }}")
    store.update(f"DELETE WHERE {{ GRAPH <{G3}> {{ ?s ?p ?o }} }}")
    assert not store.ask(f"ASK {{ {ONLY1.rstrip(' .')} }}")
    assert_invariant(store)
    # graphs named by a variable: the default graph is rebuilt in the same transaction
    store.update(f"DELETE {{ GRAPH ?g {{ ?s <{EX}chair> ?o }} }} WHERE {{ GRAPH ?g {{ ?s <{EX}chair> ?o }} }}")
    assert not store.ask(f"ASK {{ ?s <{EX}chair> ?o }}")
    assert_invariant(store)
    store.update(f"MOVE <{G2}> TO <{G3}> ; CLEAR GRAPH <{G1}>")
    assert_invariant(store)
    store.update("DROP ALL")
    assert default_triples(store) == set()


def test_an_update_that_writes_the_default_graph_is_refused_and_changes_nothing(store):
    before = default_triples(store), named_union(store), store.version
    for update in (f"INSERT DATA {{ <{EX}a> <{EX}b> <{EX}c> }}",
                   f"DELETE WHERE {{ ?s <{EX}chair> ?o }}",
                   f"INSERT {{ ?s a <{EX}Thing> }} WHERE {{ ?s ?p ?o }}",
                   "CLEAR DEFAULT",
                   f"MOVE <{G1}> TO DEFAULT"):
        with pytest.raises(DefaultGraphWrite, match="default graph"):
            store.update(update)
    assert (default_triples(store), named_union(store), store.version) == before


def test_update_syntax_errors_point_into_the_text_the_user_sent(store):
    with pytest.raises(QuerySyntaxError) as info:
        store.update(f"INSERT DATA {{ GRAPH <{G3}> {{\n<{EX}a> <{EX}b> }} }}")
    assert info.value.line == 2


def test_bulk_loading_a_dataset_fills_the_default_graph(tmp_path):
    data = tmp_path / "data.nq"
    data.write_text(f"{VALUE[:-1]} <{G1}> .\n{VALUE[:-1]} <{G2}> .\n_:b <{EX}p> \"x\" <{G2}> .\n")
    store = OxigraphStore(tmp_path / "store")
    store.load_file(data, "application/n-quads")
    assert count(store, f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}") == 2
    assert_invariant(store)
    store.load_file(data, "application/n-quads")  # into a loaded store: graphs replaced
    assert_invariant(store)
    store.close()


def test_a_store_written_before_is_given_its_default_graph_once(tmp_path):
    raw = ox.Store(str(tmp_path / "old"))
    raw.add(ox.Quad(ox.NamedNode(EX + "s"), ox.NamedNode(EX + "p"), ox.Literal("o"), ox.NamedNode(G1)))
    raw.flush()
    del raw
    store = OxigraphStore(tmp_path / "old")
    assert store.ask(f"ASK {{ <{EX}s> <{EX}p> 'o' }}")
    assert (tmp_path / "old" / union_graph.MARKER_FILE).read_text().strip() == union_graph.MARKER
    store.close()


def test_dumps_hold_the_named_graphs_only(store):
    out = io.BytesIO()
    store.dump(out, "application/n-quads")
    lines = out.getvalue().decode().splitlines()
    assert len(lines) == 6 and all(line.rstrip(" .").endswith((f"<{G1}>", f"<{G2}>")) for line in lines)


@pytest.mark.parametrize("update, graphs, every", [
    (f"INSERT DATA {{ GRAPH <{G1}> {{ <{EX}a> <{EX}b> 1 }} }}", {G1}, False),
    (f"WITH <{G2}> DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o }}", {G2}, False),
    (f"COPY <{G1}> TO <{G2}> ; ADD DEFAULT TO <{G3}>", {G2, G3}, False),
    (f"MOVE <{G1}> TO <{G2}>", {G1, G2}, False),
    ("CLEAR NAMED", set(), True),
    (f"INSERT {{ GRAPH ?g {{ ?s ?p 2 }} }} WHERE {{ GRAPH ?g {{ ?s ?p 1 }} }}", set(), True),
    ("this is not SPARQL", set(), True),  # the store's parser reports it
])
def test_write_targets(update, graphs, every):
    targets = write_targets(update)
    assert (set(targets.graphs), targets.every) == (graphs, every)


def test_splice_keeps_the_prologue_first_a_trailing_separator_and_comments_valid():
    text = splice("DELETE WHERE { GRAPH <http://g> { ?s ?p ?o } }",
                  "BASE <http://b/> PREFIX ex: <http://e/>\nCLEAR SILENT GRAPH <g> ;  # done;",
                  "CLEAR SILENT GRAPH <http://h>")
    assert text.startswith("BASE <http://b/> PREFIX ex: <http://e/>\nDELETE WHERE")
    ox.Store().update(text)  # valid SPARQL Update
    assert splice("A", "# only a comment", "B") == "# only a comment"


def test_relative_iris_in_updates_still_resolve(store):
    store.update(f"BASE <{EX}> INSERT DATA {{ GRAPH <{G3}> {{ <rel> <{EX}p> 1 }} }}")
    assert store.ask(f"ASK {{ <{EX}rel> <{EX}p> 1 }}")
    assert_invariant(store)


def test_bulk_loading_without_blank_nodes_fills_the_default_graph(tmp_path):
    data = tmp_path / "data.nq"
    data.write_text(f"{VALUE[:-1]} <{G1}> .\n{VALUE[:-1]} <{G2}> .\n{LABEL[:-1]} <{G2}> .\n")
    store = OxigraphStore(tmp_path / "store")
    store.load_file(data, "application/n-quads")
    assert count(store, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }") == 2
    assert_invariant(store)
    turtle = tmp_path / "more.ttl"
    turtle.write_text(f"{ONLY1}\n{LABEL}\n")
    store.load_file(turtle, "text/turtle", graph=G3)
    assert_invariant(store)
    store.close()
