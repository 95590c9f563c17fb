"""Run W3C SPARQL 1.1 query-evaluation tests over HTTP against a live endpoint.

How the tests' datasets are set up (CouncilGraph's own default graph is the *union*
of its named graphs, which is not what the tests assume):

* every data file any selected test uses (``qt:data``, ``qt:graphData``, and files a
  query names in ``FROM``/``FROM NAMED``) is loaded once into one fresh CouncilGraph
  store as a named graph whose IRI is the file's ``file://`` URL (relative IRIs in the
  file resolve against that URL);
* each query is sent with the SPARQL 1.1 Protocol dataset parameters:
  ``default-graph-uri`` = the test's ``qt:data`` graphs (or an IRI of an empty graph
  when it has none) and ``named-graph-uri`` = its ``qt:graphData`` graphs (or an IRI of
  an empty graph, so that no other test's graph is visible to ``GRAPH ?g``);
* a query with its own ``FROM``/``FROM NAMED`` is sent without protocol parameters,
  so the query's dataset applies (the graphs it names exist under those URLs);
* ``BASE <file URL of the query>`` is put before the query text, so relative IRIs in
  the query resolve as in the suite.

The result format asked for follows the expected-result file (``.srx`` -> XML,
``.srj`` -> JSON, ``.csv`` -> CSV, ``.tsv`` -> TSV, RDF result-set graphs -> JSON,
CONSTRUCT graphs -> Turtle), so the suite also exercises every result serializer.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import rdflib
import requests
from rdflib.plugins.sparql.results.rdfresults import RDFResultParser
from rdflib.query import Result

from tests.conformance.results import (
    _strip_strings_and_comments,
    graphs_equal,
    is_sorted,
    order_keys,
    solutions_diff,
    solutions_equal,
)
from tests.support.w3c import W3CTest

__all__ = ["run_syntax_test", "select_tests", "data_files", "load_store", "run_test", "Outcome", "EMPTY_DEFAULT", "NO_NAMED"]

EMPTY_DEFAULT = "urn:councilgraph:test:empty-default-graph"
NO_NAMED = "urn:councilgraph:test:no-named-graphs"

_FROM = re.compile(r"\bFROM\s+(NAMED\s+)?<([^>]*)>", re.IGNORECASE)
_RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".rdf": ox.RdfFormat.RDF_XML, ".nt": ox.RdfFormat.N_TRIPLES}
_RESULT_MEDIA = {
    ".srx": ("application/sparql-results+xml", "xml"),
    ".srj": ("application/sparql-results+json", "json"),
    ".csv": ("text/csv", "csv"),
    ".tsv": ("text/tab-separated-values", "tsv"),
}
_RESULT_PARSERS = {media: fmt for media, fmt in _RESULT_MEDIA.values()}
_GRAPH_PARSERS = {"text/turtle": "turtle", "application/n-triples": "nt", "application/rdf+xml": "xml",
                  "application/ld+json": "json-ld", "text/plain": "nt"}


def select_tests(tests: list[W3CTest]) -> tuple[list[W3CTest], list[tuple[W3CTest, str]]]:
    """Split into (tests to run, [(skipped test, reason)]).

    Run: approved (``dawgt:Approved``) evaluation tests outside the entailment
    regimes that need no remote ``SERVICE`` endpoint.
    """
    run, skipped = [], []
    for test in tests:
        if test.manifest == "entailment":
            skipped.append((test, "entailment regime (RDF/RDFS/D/OWL entailment): the endpoint answers under simple entailment only"))
        elif test.service_data or test.manifest == "service":
            skipped.append((test, "needs remote SERVICE endpoints (qt:serviceData); federation is tested with real clients instead"))
        elif test.approval != "Approved":
            skipped.append((test, f"not approved by the W3C working group (dawgt:{test.approval or 'no approval'})"))
        elif test.requires:
            skipped.append((test, f"requires {', '.join(test.requires)}"))
        else:
            run.append(test)
    return run, skipped


def _query_text(test: W3CTest) -> str:
    return test.query.read_text(encoding="utf-8")


def _from_clauses(test: W3CTest) -> list[tuple[bool, str]]:
    """(is_named, resolved file URL) for each FROM / FROM NAMED of the query."""
    text = _strip_strings_and_comments(_query_text(test), keep_iris=True)
    return [(bool(m.group(1)), _resolve(test.query, m.group(2))) for m in _FROM.finditer(text)]


def _resolve(base: Path, reference: str) -> str:
    from urllib.parse import urljoin

    return urljoin(base.resolve().as_uri(), reference)


def data_files(tests: list[W3CTest]) -> list[Path]:
    """Every data file the tests load (deduplicated, sorted)."""
    files: set[Path] = set()
    for test in tests:
        files.update(test.data)
        files.update(test.graph_data)
        for _, url in _from_clauses(test):
            if url.startswith("file://"):
                path = Path(url[len("file://"):])
                if path.exists():
                    files.add(path)
    return sorted(files)


def load_store(store_dir: Path, files: list[Path]) -> int:
    """Load each file into a fresh CouncilGraph store as graph <file URL>; return triples."""
    from councilgraph.store import OxigraphStore

    store = OxigraphStore(store_dir)
    total = 0
    try:
        for path in files:
            url = path.resolve().as_uri()
            fmt = _RDF_FORMATS[path.suffix]
            out = io.BytesIO()
            ox.serialize(ox.parse(path=str(path), format=fmt, base_iri=url), out, ox.RdfFormat.N_TRIPLES)
            total += store.replace_graph(url, out.getvalue(), "application/n-triples")
    finally:
        store.close()
    return total


@dataclass
class Outcome:
    """Result of one test: ``passed`` and, when failed, a human-readable reason."""

    test: W3CTest
    passed: bool
    reason: str = ""


def _expected(test: W3CTest) -> tuple[str, str, object]:
    """(media type to ask for, kind, expected value): kind is 'bindings', 'boolean' or 'graph'."""
    assert test.result is not None
    suffix = test.result.suffix
    if suffix in _RESULT_MEDIA:
        media, fmt = _RESULT_MEDIA[suffix]
        result = Result.parse(io.BytesIO(test.result.read_bytes()), format=fmt)
        if result.type == "ASK":
            return media, "boolean", result.askAnswer
        return media, "bindings", result
    graph = rdflib.Graph()
    graph.parse(test.result, format=rdflib.util.guess_format(str(test.result)), publicID=test.result.resolve().as_uri())
    result = RDFResultParser().parse(graph)
    if result.type == "ASK":
        return "application/sparql-results+json", "boolean", result.askAnswer
    if result.type == "SELECT":
        return "application/sparql-results+json", "bindings", result
    return "text/turtle", "graph", graph


def _rows(result: Result) -> list[dict]:
    return [{str(k): v for k, v in row.items() if v is not None} for row in result.bindings]


def request_for(test: W3CTest) -> tuple[str, dict[str, list[str]]]:
    """(query text with BASE, protocol dataset parameters) for the test."""
    query = f"BASE <{test.query.resolve().as_uri()}>\n{_query_text(test)}"
    if _from_clauses(test):
        return query, {}
    return query, {
        "default-graph-uri": [p.resolve().as_uri() for p in test.data] or [EMPTY_DEFAULT],
        "named-graph-uri": [p.resolve().as_uri() for p in test.graph_data] or [NO_NAMED],
    }


def run_test(endpoint: str, test: W3CTest, session: requests.Session | None = None) -> Outcome:
    """Send the test's query to ``endpoint`` and compare with the expected results."""
    session = session or requests.Session()
    try:
        media, kind, expected = _expected(test)
    except Exception as exc:  # noqa: BLE001 - the suite's own file; report, do not crash the run
        return Outcome(test, False, f"cannot read expected result {test.result.name}: {exc}")
    query, params = request_for(test)
    try:
        response = session.post(endpoint, params=params, data=query.encode("utf-8"), timeout=60,
                                headers={"Content-Type": "application/sparql-query; charset=utf-8", "Accept": media})
    except requests.RequestException as exc:
        return Outcome(test, False, f"request failed: {exc}")
    if response.status_code != 200:
        return Outcome(test, False, f"HTTP {response.status_code}: {response.text[:300]}")
    got_media = response.headers.get("Content-Type", "").split(";")[0].strip()
    if got_media != media:
        return Outcome(test, False, f"asked for {media}, got Content-Type {got_media!r}")
    try:
        if kind == "graph":
            actual = rdflib.Graph()
            actual.parse(data=response.content, format=_GRAPH_PARSERS[got_media])
            ok = graphs_equal(expected, actual)
            return Outcome(test, ok, "" if ok else f"graphs not isomorphic: expected {len(expected)} triples, got {len(actual)}:\n{response.text[:600]}")
        actual = Result.parse(io.BytesIO(response.content), format=_RESULT_PARSERS[got_media])
    except Exception as exc:  # noqa: BLE001 - a malformed response is a failure of the endpoint
        return Outcome(test, False, f"cannot parse {got_media} response: {exc}: {response.text[:300]}")
    if kind == "boolean":
        ok = actual.type == "ASK" and actual.askAnswer == expected
        return Outcome(test, ok, "" if ok else f"expected ASK {expected}, got {actual.type} {getattr(actual, 'askAnswer', None)}")
    if actual.type != "SELECT":
        return Outcome(test, False, f"expected solutions, got {actual.type}")
    exp_rows, act_rows = _rows(expected), _rows(actual)
    if not solutions_equal(exp_rows, act_rows, lax=test.lax_cardinality):
        return Outcome(test, False, f"solutions differ: {solutions_diff(exp_rows, act_rows)}")
    keys = order_keys(_query_text(test))
    if keys is None:  # ORDER BY on expressions: the expected sequence is the reference
        if not solutions_equal(exp_rows, act_rows, ordered=True, lax=test.lax_cardinality):
            return Outcome(test, False, "right solutions in the wrong order (ORDER BY expression)")
    elif keys and not is_sorted(act_rows, keys):
        return Outcome(test, False, f"right solutions but not sorted by ORDER BY {keys}")
    return Outcome(test, True)


def run_syntax_test(endpoint: str, test, session: requests.Session | None = None) -> Outcome:
    """Send a syntax test's query: a valid one must be answered (200), an invalid one refused (400)."""
    session = session or requests.Session()
    text = test.query.read_text(encoding="utf-8")
    query = f"BASE <{test.query.resolve().as_uri()}>\n{text}"
    try:
        response = session.post(endpoint, params={"default-graph-uri": EMPTY_DEFAULT, "named-graph-uri": NO_NAMED},
                                data=query.encode("utf-8"), timeout=60,
                                headers={"Content-Type": "application/sparql-query; charset=utf-8"})
    except requests.RequestException as exc:
        return Outcome(test, False, f"request failed: {exc}")
    if test.positive and response.status_code != 200:
        return Outcome(test, False, f"valid query refused: HTTP {response.status_code}: {response.text[:300]}")
    if not test.positive and response.status_code != 400:
        return Outcome(test, False, f"invalid query not refused with 400: HTTP {response.status_code}")
    return Outcome(test, True)
