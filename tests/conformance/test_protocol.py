"""The SPARQL 1.1 Protocol tests (W3C ``protocol/manifest.ttl``) over HTTP.

The manifest describes its tests in prose only (the W3C ran them against its own
remote data); each entry is implemented here as a test of the same name against a
running CouncilGraph server over a small store of three graphs, so every one of the
34 entries is covered (checked by :func:`test_every_manifest_entry_is_implemented`).
Update tests send the configured bearer token, so a 4xx answer from a negative
update test is the protocol error itself and not an authorization refusal; each
negative test also checks that nothing was written.
"""

from __future__ import annotations

import io
import urllib.parse

import pytest
import rdflib
import requests
from rdflib.collection import Collection
from rdflib.query import Result

from tests.support.servers import run_councilgraph_server
from tests.support.w3c import MF

TOKEN = "protocol-test-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
EX = "http://example.org/protocol/"
G1, G2, G3 = EX + "g1", EX + "g2", EX + "g3"
DC = "http://purl.org/dc/terms/"

RESULTS = {"application/sparql-results+xml": "xml", "application/sparql-results+json": "json",
           "text/csv": "csv", "text/tab-separated-values": "tsv"}
GRAPHS = {"application/rdf+xml": "xml", "text/turtle": "turtle", "application/n-triples": "nt"}


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    """A server with an update token over three one-triple graphs; yields (query URL, update URL)."""
    from councilgraph.store import OxigraphStore

    store_dir = tmp_path_factory.mktemp("protocol") / "store"
    store = OxigraphStore(store_dir)
    for graph, subject, value in ((G1, "s1", "one"), (G2, "s2", "two"), (G3, "s3", "three")):
        store.replace_graph(graph, f'<{EX}{subject}> <{EX}p> "{value}" .\n'.encode(), "application/n-triples")
    store.close()
    with run_councilgraph_server(store_dir, "--update-token", TOKEN) as base_url:
        yield base_url + "/sparql", base_url + "/update"


@pytest.fixture
def endpoint(server):
    return server[0]


@pytest.fixture
def update_url(server):
    return server[1]


def media(response: requests.Response) -> str:
    return response.headers.get("Content-Type", "").split(";")[0].strip()


def parse_result(response: requests.Response) -> Result:
    assert response.status_code == 200, f"HTTP {response.status_code}: {response.text[:500]}"
    assert media(response) in RESULTS, f"not a results format: {media(response)!r}"
    return Result.parse(io.BytesIO(response.content), format=RESULTS[media(response)])


def ask(endpoint: str, query: str) -> bool:
    return bool(parse_result(requests.get(endpoint, params={"query": query},
                                          headers={"Accept": "application/sparql-results+json"}, timeout=30)).askAnswer)


def values(result: Result, name: str) -> set:
    return {str(row[rdflib.Variable(name)]) if row.get(rdflib.Variable(name)) is not None else None for row in result.bindings}


# --- positive query tests -------------------------------------------------------

def test_query_post_form(endpoint):
    response = requests.post(endpoint, data={"query": f"ASK {{ <{EX}s1> ?p ?o }}"},
                             headers={"Accept": "application/sparql-results+xml"}, timeout=30)
    result = parse_result(response)
    assert media(response) == "application/sparql-results+xml"
    assert result.askAnswer is True


def test_query_get(endpoint):
    response = requests.get(endpoint, params={"query": f"ASK {{ <{EX}s2> ?p ?o }}"}, timeout=30)
    assert parse_result(response).askAnswer is True


def test_query_post_direct(endpoint):
    response = requests.post(endpoint, data=f"ASK {{ <{EX}s3> ?p ?o }}".encode(),
                             headers={"Content-Type": "application/sparql-query", "Accept": "application/sparql-results+json"},
                             timeout=30)
    assert parse_result(response).askAnswer is True


def test_query_dataset_default_graphs_get(endpoint):
    params = {"default-graph-uri": G1, "query": f'ASK {{ <{EX}s1> <{EX}p> "one" }}'}
    assert parse_result(requests.get(endpoint, params=params, timeout=30)).askAnswer is True
    # the default graph is G1 only, not the union of all graphs
    params["query"] = f"ASK {{ <{EX}s2> ?p ?o }}"
    assert parse_result(requests.get(endpoint, params=params, timeout=30)).askAnswer is False


def test_query_dataset_default_graphs_post(endpoint):
    data = [("default-graph-uri", G1), ("default-graph-uri", G2),
            ("query", "SELECT ?s WHERE { ?s ?p ?o }")]
    result = parse_result(requests.post(endpoint, data=data, timeout=30))
    assert values(result, "s") == {EX + "s1", EX + "s2"}
    assert len(result.bindings) == 2


NAMED_QUERY = "SELECT ?g ?s WHERE { GRAPH ?g { ?s ?p ?o } }"


def test_query_dataset_named_graphs_post(endpoint):
    data = [("named-graph-uri", G1), ("named-graph-uri", G2), ("query", NAMED_QUERY)]
    result = parse_result(requests.post(endpoint, data=data, timeout=30))
    assert values(result, "g") == {G1, G2}
    assert len(result.bindings) == 2


def test_query_dataset_named_graphs_get(endpoint):
    params = [("named-graph-uri", G2), ("named-graph-uri", G3), ("query", NAMED_QUERY)]
    result = parse_result(requests.get(endpoint, params=params, timeout=30))
    assert values(result, "g") == {G2, G3}
    assert len(result.bindings) == 2


def test_query_dataset_full(endpoint):
    params = [("default-graph-uri", G3), ("named-graph-uri", G1), ("named-graph-uri", G2),
              ("query", "SELECT ?g ?s WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }")]
    result = parse_result(requests.get(endpoint, params=params, timeout=30))
    rows = {(str(r.get(rdflib.Variable("g"))) if r.get(rdflib.Variable("g")) else None, str(r[rdflib.Variable("s")]))
            for r in result.bindings}
    assert rows == {(None, EX + "s3"), (G1, EX + "s1"), (G2, EX + "s2")}
    assert len(result.bindings) == 3


def test_query_multiple_dataset(endpoint):
    """The protocol's dataset wins over the query's FROM."""
    params = {"default-graph-uri": G2, "query": f"SELECT ?s FROM <{G1}> WHERE {{ ?s ?p ?o }}"}
    result = parse_result(requests.get(endpoint, params=params, timeout=30))
    assert values(result, "s") == {EX + "s2"}


@pytest.mark.parametrize("accept", list(RESULTS))
def test_query_content_type_select(endpoint, accept):
    response = requests.get(endpoint, params={"query": "SELECT ?s ?o WHERE { ?s ?p ?o }"}, headers={"Accept": accept}, timeout=30)
    assert media(response) == accept
    assert values(parse_result(response), "s") == {EX + "s1", EX + "s2", EX + "s3"}


def test_query_content_type_select_any(endpoint):
    response = requests.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p ?o }"}, headers={"Accept": "*/*"}, timeout=30)
    assert media(response) in RESULTS
    assert len(parse_result(response).bindings) == 3


@pytest.mark.parametrize("accept", ["application/sparql-results+xml", "application/sparql-results+json",
                                    "application/sparql-results+xml, application/sparql-results+json"])
def test_query_content_type_ask(endpoint, accept):
    response = requests.get(endpoint, params={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": accept}, timeout=30)
    assert media(response) in {"application/sparql-results+xml", "application/sparql-results+json"}
    assert media(response) in accept
    assert parse_result(response).askAnswer is True


def _graph(response: requests.Response) -> rdflib.Graph:
    assert response.status_code == 200, f"HTTP {response.status_code}: {response.text[:500]}"
    assert media(response) in GRAPHS, f"not an RDF graph format: {media(response)!r}"
    graph = rdflib.Graph()
    graph.parse(data=response.content, format=GRAPHS[media(response)])
    return graph


RDF_ACCEPT = "application/rdf+xml, text/turtle;q=0.9, application/n-triples;q=0.8"


def test_query_content_type_describe(endpoint):
    response = requests.get(endpoint, params={"query": f"DESCRIBE <{EX}s1>"}, headers={"Accept": RDF_ACCEPT}, timeout=30)
    graph = _graph(response)
    assert (rdflib.URIRef(EX + "s1"), rdflib.URIRef(EX + "p"), rdflib.Literal("one")) in graph


@pytest.mark.parametrize("accept", [RDF_ACCEPT, *GRAPHS])
def test_query_content_type_construct(endpoint, accept):
    response = requests.get(endpoint, params={"query": f"CONSTRUCT {{ ?s <{EX}q> ?o }} WHERE {{ ?s <{EX}p> ?o }}"},
                            headers={"Accept": accept}, timeout=30)
    if accept in GRAPHS:
        assert media(response) == accept
    graph = _graph(response)
    assert len(graph) == 3 and (rdflib.URIRef(EX + "s2"), rdflib.URIRef(EX + "q"), rdflib.Literal("two")) in graph


# --- positive update tests ------------------------------------------------------

def _update(update_url: str, text: str, params=(), direct: bool = False) -> requests.Response:
    if direct:
        return requests.post(update_url, params=list(params), data=text.encode(),
                             headers={**AUTH, "Content-Type": "application/sparql-update"}, timeout=30)
    return requests.post(update_url, data=[*params, ("update", text)], headers=AUTH, timeout=30)


def _ok(response: requests.Response) -> None:
    assert 200 <= response.status_code < 300, f"HTTP {response.status_code}: {response.text[:500]}"


def test_update_dataset_default_graph(endpoint, update_url):
    data, out = EX + "u-data1", EX + "u-out1"
    _ok(_update(update_url, f'INSERT DATA {{ GRAPH <{data}> {{ <{data}> <{DC}creator> "Alice" }} }}'))
    _ok(_update(update_url, f"INSERT {{ GRAPH <{out}> {{ ?s a <{DC}BibliographicResource> }} }} "
                            f"WHERE {{ ?s <{DC}creator> ?o }}", params=[("using-graph-uri", data)]))
    assert ask(endpoint, f"ASK {{ GRAPH <{out}> {{ <{data}> a <{DC}BibliographicResource> }} }}")
    # only the USING graph was the default graph: G1..G3 subjects were not copied
    assert not ask(endpoint, f"ASK {{ GRAPH <{out}> {{ <{EX}s1> ?p ?o }} }}")


def test_update_dataset_default_graphs(endpoint, update_url):
    d1, d2, d3, out = EX + "u-data2a", EX + "u-data2b", EX + "u-data2c", EX + "u-out2"
    _ok(_update(update_url, " ; ".join(f'INSERT DATA {{ GRAPH <{d}> {{ <{d}> <{DC}creator> "X" }} }}' for d in (d1, d2, d3))))
    _ok(_update(update_url, f"INSERT {{ GRAPH <{out}> {{ ?s a <{DC}BibliographicResource> }} }} WHERE {{ ?s <{DC}creator> ?o }}",
                params=[("using-graph-uri", d1), ("using-graph-uri", d2)], direct=True))
    result = parse_result(requests.get(endpoint, params={"query": f"SELECT ?s WHERE {{ GRAPH <{out}> {{ ?s ?p ?o }} }}"}, timeout=30))
    assert values(result, "s") == {d1, d2}


def test_update_dataset_named_graphs(endpoint, update_url):
    d1, d2, out = EX + "u-data3a", EX + "u-data3b", EX + "u-out3"
    _ok(_update(update_url, " ; ".join(f'INSERT DATA {{ GRAPH <{d}> {{ <{d}> <{DC}creator> "Y" }} }}' for d in (d1, d2))))
    _ok(_update(update_url, f"INSERT {{ GRAPH <{out}> {{ ?g <{DC}source> ?s }} }} WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }}",
                params=[("using-named-graph-uri", d1), ("using-named-graph-uri", G1)]))
    result = parse_result(requests.get(endpoint, params={"query": f"SELECT ?g WHERE {{ GRAPH <{out}> {{ ?g ?p ?s }} }}"}, timeout=30))
    assert values(result, "g") == {d1, G1}


def test_update_dataset_full(endpoint, update_url):
    d1, d2, out = EX + "u-data4a", EX + "u-data4b", EX + "u-out4"
    _ok(_update(update_url, " ; ".join(f'INSERT DATA {{ GRAPH <{d}> {{ <{d}> <{DC}creator> "Z" }} }}' for d in (d1, d2))))
    _ok(_update(update_url,
                f"INSERT {{ GRAPH <{out}> {{ ?s <{DC}source> ?g }} }} WHERE {{ ?s ?p ?o . GRAPH ?g {{ ?x ?y ?z }} }}",
                params=[("using-graph-uri", d1), ("using-named-graph-uri", d2)]))
    result = parse_result(requests.get(endpoint, params={"query": f"SELECT ?s ?g WHERE {{ GRAPH <{out}> {{ ?s ?p ?g }} }}"}, timeout=30))
    assert [(str(r[rdflib.Variable("s")]), str(r[rdflib.Variable("g")])) for r in result.bindings] == [(d1, d2)]


def test_update_post_form(endpoint, update_url):
    _ok(requests.post(update_url, data={"update": f"INSERT DATA {{ GRAPH <{EX}form> {{ <{EX}a> <{EX}b> <{EX}c> }} }}"},
                      headers=AUTH, timeout=30))
    assert ask(endpoint, f"ASK {{ GRAPH <{EX}form> {{ <{EX}a> <{EX}b> <{EX}c> }} }}")


def test_update_post_direct(endpoint, update_url):
    _ok(_update(update_url, f"INSERT DATA {{ GRAPH <{EX}direct> {{ <{EX}a> <{EX}b> <{EX}c> }} }}", direct=True))
    assert ask(endpoint, f"ASK {{ GRAPH <{EX}direct> {{ <{EX}a> <{EX}b> <{EX}c> }} }}")


def test_update_base_uri(endpoint, update_url):
    """Relative IRIs in an update resolve against a service-defined base: the stored IRI is absolute."""
    _ok(_update(update_url, f"INSERT DATA {{ GRAPH <{EX}base> {{ <base-test-subject> a <{EX}Test> }} }}"))
    result = parse_result(requests.get(endpoint, params={"query": f"SELECT ?s WHERE {{ GRAPH <{EX}base> {{ ?s a <{EX}Test> }} }}"}, timeout=30))
    (subject,) = values(result, "s")
    assert subject.endswith("base-test-subject") and urllib.parse.urlparse(subject).scheme in {"http", "https"}


# --- negative query tests ---------------------------------------------------------

def _client_error(response: requests.Response, *allowed: int) -> None:
    assert 400 <= response.status_code < 500, f"expected a 4xx, got HTTP {response.status_code}: {response.text[:300]}"
    assert response.status_code not in {401, 403}, "refused for authorization, not for the protocol error"
    if allowed:
        assert response.status_code in allowed, f"HTTP {response.status_code}, expected one of {allowed}"


def test_bad_query_method(endpoint):
    _client_error(requests.put(endpoint, params={"query": "ASK {}"}, timeout=30), 405)


def test_bad_multiple_queries(endpoint):
    _client_error(requests.get(endpoint, params=[("query", "ASK {}"), ("query", "SELECT * WHERE {}")], timeout=30), 400)


def test_bad_query_wrong_media_type(endpoint):
    _client_error(requests.post(endpoint, data=b"ASK {}", headers={"Content-Type": "text/plain"}, timeout=30), 400, 415)


def test_bad_query_missing_form_type(endpoint):
    _client_error(requests.post(endpoint, data=b"query=ASK%20%7B%7D", timeout=30), 400, 415)


def test_bad_query_missing_direct_type(endpoint):
    _client_error(requests.post(endpoint, data=b"ASK {}", timeout=30), 400, 415)


def test_bad_query_non_utf8(endpoint):
    _client_error(requests.post(endpoint, data="ASK { ?s ?p ?o }".encode("utf-16"),
                                headers={"Content-Type": "application/sparql-query; charset=UTF-16"}, timeout=30), 400, 415)


def test_bad_query_syntax(endpoint):
    response = requests.get(endpoint, params={"query": "SELECT * WHERE { ?s ?p }"}, timeout=30)
    _client_error(response, 400)
    assert response.text.strip(), "a malformed query gets the parser's message"


# --- negative update tests (token sent; the store must stay unchanged) -------------

MARK = EX + "must-not-exist"


def _unchanged(endpoint: str) -> None:
    assert not ask(endpoint, f"ASK {{ GRAPH ?g {{ <{MARK}> ?p ?o }} }}"), "a refused update changed the store"


INSERT_MARK = f"INSERT DATA {{ GRAPH <{EX}neg> {{ <{MARK}> <{EX}p> 1 }} }}"


def test_bad_update_get(endpoint, update_url):
    _client_error(requests.get(update_url, params={"update": INSERT_MARK}, headers=AUTH, timeout=30), 400, 405)
    _unchanged(endpoint)


def test_bad_multiple_updates(endpoint, update_url):
    _client_error(requests.post(update_url, data=[("update", INSERT_MARK), ("update", INSERT_MARK)], headers=AUTH, timeout=30), 400)
    _unchanged(endpoint)


def test_bad_update_wrong_media_type(endpoint, update_url):
    _client_error(requests.post(update_url, data=INSERT_MARK.encode(), headers={**AUTH, "Content-Type": "text/plain"}, timeout=30), 400, 415)
    _unchanged(endpoint)


def test_bad_update_missing_form_type(endpoint, update_url):
    body = urllib.parse.urlencode({"update": INSERT_MARK}).encode()
    _client_error(requests.post(update_url, data=body, headers=AUTH, timeout=30), 400, 415)
    _unchanged(endpoint)


def test_bad_update_non_utf8(endpoint, update_url):
    _client_error(requests.post(update_url, data=INSERT_MARK.encode("utf-16"),
                                headers={**AUTH, "Content-Type": "application/sparql-update; charset=UTF-16"}, timeout=30), 400, 415)
    _unchanged(endpoint)


def test_bad_update_syntax(endpoint, update_url):
    response = _update(update_url, f"INSERT DATA {{ GRAPH <{EX}neg> {{ <{MARK}> <{EX}p> }} }}")
    _client_error(response, 400)
    _unchanged(endpoint)


def test_bad_update_dataset_conflict(endpoint, update_url):
    text = (f"INSERT {{ GRAPH <{EX}neg> {{ <{MARK}> <{EX}p> ?o }} }} USING <{G1}> WHERE {{ ?s ?p ?o }}")
    _client_error(_update(update_url, text, params=[("using-graph-uri", G2)]), 400)
    _unchanged(endpoint)


# --- coverage of the manifest ----------------------------------------------------------

def test_every_manifest_entry_is_implemented(w3c_tests):
    """Each entry of the suite's protocol/manifest.ttl has a test function of its name here."""
    from tests.support.w3c import suite_dir

    path = suite_dir() / "protocol" / "manifest.ttl"
    graph = rdflib.Graph().parse(path, format="turtle", publicID=path.as_uri())
    manifest = rdflib.URIRef(path.as_uri())
    names = [str(e).rsplit("#", 1)[-1] for e in Collection(graph, graph.value(manifest, MF.entries))]
    assert len(names) == 34
    missing = [n for n in names if f"test_{n}" not in globals()]
    assert not missing, f"protocol manifest entries without a test: {missing}"
