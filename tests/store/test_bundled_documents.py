"""The bundled documents loaded through CouncilGraph's pipeline give the same graph on every backend.

The embedded store built once by the session fixture ``bundled_store_dir``
(tests/conftest.py) is the reference; each backend of the ``store`` fixture
loads the same documents through :func:`councilgraph.pipeline.load_paths` and
must end up with the same graphs, the same quads and the same query answers.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Literal

from councilgraph import config
from councilgraph.derived import derived_graph_iri
from councilgraph.pipeline import load_paths
from councilgraph.store import OxigraphStore, StoreError
from councilgraph.store.sparql import query_form
from councilgraph.store.terms import from_oxigraph
from tests.store.conftest import BACKENDS, empty_store

QUERIES_DIR = Path(__file__).resolve().parents[2] / "queries"
P = config.sparql_prefixes()

#: queries over the vocabulary every document uses (the competency queries in queries/ are added)
GENERIC_QUERIES = {
    "classes": P + "SELECT ?type (COUNT(?s) AS ?n) WHERE { ?s a ?type FILTER(STRSTARTS(STR(?type), STR(cg:))) } GROUP BY ?type",
    "meetings": P + "SELECT ?m ?date ?committee WHERE { ?m a cg:Meeting . OPTIONAL { ?m cg:date ?date } OPTIONAL { ?m cg:committee ?committee } }",
    "evidence-of-meetings": P + """SELECT ?m ?doc ?start ?end WHERE {
        ?m a cg:Meeting ; cg:evidence ?e . ?e cg:sourceDocument ?doc ; cg:startLine ?start ; cg:endLine ?end }""",
    "labels": P + "SELECT ?s ?label WHERE { ?s rdfs:label ?label FILTER(!isBlank(?s)) }",
    "people-per-document": P + "SELECT ?g (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?p a cg:Person } } GROUP BY ?g",
}


def competency_queries() -> dict[str, str]:
    queries = dict(GENERIC_QUERIES)
    for path in sorted(QUERIES_DIR.glob("*.rq")):
        queries[path.stem] = path.read_text()
    return queries


def quads(store) -> set[bytes]:
    out = io.BytesIO()
    store.dump(out, "application/n-quads")
    return set(out.getvalue().splitlines())


_CHOICE = re.compile(r"\b(SAMPLE|GROUP_CONCAT)\s*\(", re.IGNORECASE)
_AS = re.compile(r"\s*AS\s+[?$](\w+)", re.IGNORECASE)
#: known deviations of Virtuoso 7.2.5 from SPARQL 1.1, as (error text, explanation)
VIRTUOSO_DEVIATIONS = [
    ("DT001", "Virtuoso 7.2.5 fails the whole query on YEAR() of an unbound value instead of leaving ?year unbound"),
]


def engine_chosen_variables(query: str) -> set[str]:
    """Variables bound by SAMPLE or GROUP_CONCAT: SPARQL lets each engine pick the
    sample and the concatenation order, so they are not compared."""
    names = set()
    for m in _CHOICE.finditer(query):
        depth, i = 1, m.end()
        while depth and i < len(query):
            depth += {"(": 1, ")": -1}.get(query[i], 0)
            i += 1
        as_ = _AS.match(query, i)
        if as_:
            names.add(as_.group(1))
    return names


def _comparable(term) -> str:
    """Numbers by value (engines may type ROUND or division results differently), the rest exactly."""
    if isinstance(term, Literal) and isinstance(term.toPython(), (int, float, Decimal)) and not isinstance(term.toPython(), bool):
        return f"number:{Decimal(str(term.toPython())).normalize()}"
    return term.n3()


def answers(store, query: str) -> Counter:
    """A query's rows as a multiset of sorted (variable, comparable term) tuples."""
    return _multiset(store.select(query), query)


def _multiset(rows, query: str) -> Counter:
    skip = engine_chosen_variables(query)
    return Counter(tuple(sorted((k, _comparable(v)) for k, v in row.items() if k not in skip)) for row in rows)


def bag_union_answers(reference, query: str) -> Counter:
    """The rows over the *bag* union of the named graphs (a triple once per graph stating it).

    That is Virtuoso's default graph (see docs/scaling.md); the embedded store's
    default graph is the RDF merge, a set (councilgraph.store.union_graph).
    """
    result = reference.raw.query(query, use_default_graph_as_union=True)
    names = [v.value for v in result.variables]
    rows = [{n: from_oxigraph(s[n]) for n in names if s[n] is not None} for s in result]
    return _multiset(rows, query)


@pytest.fixture(scope="module")
def reference(bundled_store_dir):
    store = OxigraphStore(bundled_store_dir, read_only=True)
    yield store
    store.close()


@pytest.fixture(scope="module", params=BACKENDS)
def bundled(request, tmp_path_factory):
    """A store of each backend with the bundled documents loaded through the pipeline
    (loaded once per backend; the tests that write come last in this module)."""
    with empty_store(request.param, request, tmp_path_factory.mktemp("bundled")) as store:
        results = load_paths([config.BUNDLED_DOCUMENTS], store)
        assert [r.error for r in results if not r.ok] == []
        store.load_results = results
        yield store


def test_every_bundled_document_becomes_one_graph(bundled, reference):
    expected = {r.graph: r.triples for r in bundled.load_results}
    assert len(expected) == len(list(config.BUNDLED_DOCUMENTS.glob("*.txt")))
    # beside the document graphs: the derived graph (labels, statuses) (councilgraph.derived)
    labels = derived_graph_iri()
    assert bundled.graphs()[labels] == reference.graphs()[labels] > 0
    documents = {g: n for g, n in bundled.graphs().items() if g != labels}
    assert documents == expected == {g: n for g, n in reference.graphs().items() if g != labels}


def test_the_same_quads_as_the_embedded_reference(bundled, reference):
    assert quads(bundled) == quads(reference)


@pytest.mark.parametrize("name", sorted(competency_queries()))
def test_queries_answer_as_on_the_embedded_reference(bundled, reference, name):
    query = competency_queries()[name]
    if query_form(query) != "select":
        pytest.skip(f"{name} is not a SELECT query")
    expected = answers(reference, query)
    try:
        got = answers(bundled, query)
    except StoreError as exc:
        for code, why in VIRTUOSO_DEVIATIONS:
            if bundled.backend == "sparql" and code in str(exc):
                pytest.xfail(why)
        raise
    if bundled.backend == "sparql" and got != expected:
        # Virtuoso's default graph is the union of the graphs *with* repeats (a triple once per
        # graph stating it; whether a plan keeps the repeats varies): the same rows, but counts and
        # sums over facts several documents restate differ from the embedded store's RDF merge.
        if AGGREGATE.search(query):
            pytest.xfail("Virtuoso aggregates over its default graph with repeated triples (bag union); "
                         "the embedded default graph is the RDF merge (a set)")
        assert set(got) == set(expected)
        return
    assert got == expected


AGGREGATE = re.compile(r"\b(COUNT|SUM|AVG)\s*\(", re.IGNORECASE)


def test_loading_again_replaces_instead_of_duplicating(bundled):
    before = bundled.graphs()
    version = bundled.version
    results = load_paths([config.BUNDLED_DOCUMENTS], bundled)
    assert all(r.ok for r in results)
    assert bundled.graphs() == before
    assert bundled.version != version


def test_removing_one_document_leaves_the_others(bundled):
    graphs = bundled.graphs()
    first = min(graphs)
    assert bundled.remove_graph(first)
    assert bundled.graphs() == {g: n for g, n in graphs.items() if g != first}
    assert not bundled.ask(f"ASK {{ GRAPH <{first}> {{ ?s ?p ?o }} }}")
