"""The fast path: cheap-shape queries in the HTTP process, several HTTP processes, result cache, streaming.

Stores on disk, servers on loopback, real HTTP clients; no timing assertions.
"""

from __future__ import annotations

import json
import threading

import pytest
import requests
from councilgraph.server.cheap_shape import cheap_shape
from councilgraph.server.workers import (
    STREAM_CHUNK_BYTES,
    PooledStore,
    QueryJob,
    QueryTimeout,
    query_deadline,
)

from councilgraph.store import OxigraphStore
from tests.server.endpoint_fixtures import BULK, EX, PEOPLE, TOKEN, bulk_nt
from tests.server.test_limits import RUNAWAY
from tests.support.servers import run_councilgraph_server

SRJ = "application/sparql-results+json"
FOAF_NAME = "http://xmlns.com/foaf/0.1/name"
AUTH = {"Authorization": f"Bearer {TOKEN}", "Content-Type": "application/sparql-update"}

CHEAP = [
    "SELECT ?p ?o WHERE { <http://x/s> ?p ?o }\n# 17",
    "select ?o { <http://x/s> <http://x/p> ?o . }",
    "PREFIX ex: <http://x/> SELECT * WHERE { ?s a ex:C } LIMIT 10 OFFSET 5",
    "BASE <http://x/> SELECT DISTINCT ?s FROM <g> { ?s <p> \"v\"@en-GB }",
    "ASK { <http://x/a> <http://x/b> \"1\"^^<http://www.w3.org/2001/XMLSchema#integer> }",
    "SELECT ?o ?d { <a> <b> ?o ; <c> ?d , ?e . <f> ?g true }",
]
NOT_CHEAP = [
    "SELECT ?s WHERE { ?s ?p ?o }",  # a full scan
    "SELECT ?s WHERE { ?s <http://x/p> ?o }",  # a whole predicate
    "SELECT ?o WHERE { <a> ?p ?o . ?o ?q ?r }",  # a second pattern with no constant subject
    "SELECT ?o WHERE { <a> ?p ?o FILTER(?o != 1) }",
    "SELECT ?o WHERE { <a> ?p ?o OPTIONAL { ?o ?q ?r } }",
    "SELECT ?o WHERE { <a> <p>/<q> ?o }",  # a property path
    "SELECT ?o WHERE { <a> <p>* ?o }",
    "SELECT (COUNT(*) AS ?n) WHERE { <a> ?p ?o }",
    "SELECT ?o WHERE { <a> ?p ?o } ORDER BY ?o",
    "SELECT ?o WHERE { GRAPH ?g { <a> ?p ?o } }",
    "SELECT ?o WHERE { SERVICE <http://e/sparql> { <a> ?p ?o } }",
    "SELECT ?o WHERE { { SELECT ?o WHERE { <a> ?p ?o } } }",
    "SELECT ?o WHERE { _:b ?p ?o }",  # a blank node is a variable
    "SELECT ?o WHERE { <a> ?p [ <q> ?o ] }",
    "SELECT ?o WHERE { <a> <p> 42 }",  # numbers are left to the workers
    "SELECT ?o WHERE { \\u003Ca> ?p ?o }",  # codepoint escapes may spell anything
    "CONSTRUCT WHERE { <a> ?p ?o }",
    "DESCRIBE <a>",
    "SELECT ?o WHERE { <a> ?p ?o } LIMIT",
    "SELECT ?o WHERE { <a> ?p ?o } GROUP BY ?o",
    "SELECT * WHERE { " + " . ".join(f"<s{i}> ?p{i} ?o{i}" for i in range(9)) + " }",  # too many patterns
    "SELECT ?o WHERE { <a> ?p ?o } VALUES ?o { 1 }",
]


@pytest.mark.parametrize("query", CHEAP)
def test_cheap_shapes_are_recognised(query):
    assert cheap_shape(query) is not None


@pytest.mark.parametrize("query", NOT_CHEAP)
def test_other_shapes_are_not_cheap(query):
    assert cheap_shape(query) is None


def test_shape_details():
    shape = cheap_shape("SELECT * FROM <g> WHERE { <a> ?p ?o } OFFSET 3 LIMIT 7")
    assert (shape.form, shape.limit, shape.offset, shape.patterns, shape.has_from) == ("SELECT", 7, 3, 1, True)
    assert cheap_shape("ASK { <a> ?p ?o }").form == "ASK"


# ---------------------------------------------------------------------------
# two PooledStores over one folder: what two HTTP processes hold


@pytest.fixture
def two_stores(private_store):
    first = PooledStore(private_store, workers=1, timeout=30, max_rows=1000)
    second = PooledStore(private_store, workers=1, timeout=30, max_rows=1000)
    yield first, second
    first.close()
    second.close()


def _names(store: PooledStore, query: str) -> set[str]:
    return {str(row["name"]) for row in store.select(query)}


def test_a_write_through_one_store_is_seen_by_the_other_and_its_cache(two_stores):
    first, second = two_stores
    cheap = f"SELECT ?name WHERE {{ <{EX}dave> <{FOAF_NAME}> ?name }}"
    pooled = f"SELECT ?name WHERE {{ <{EX}dave> <{FOAF_NAME}> ?name FILTER(BOUND(?name)) }}"
    assert cheap_shape(cheap) is not None and cheap_shape(pooled) is None
    for store in (first, second):
        assert _names(store, cheap) == set() and _names(store, pooled) == set()
        assert _names(store, cheap) == set()  # now from the cache
    assert second.cache.stats()["hits"] >= 1
    first.update(f'INSERT DATA {{ GRAPH <{PEOPLE}> {{ <{EX}dave> <{FOAF_NAME}> "Dave" }} }}')
    assert _names(second, cheap) == {"Dave"} and _names(second, pooled) == {"Dave"}
    second.update(f"DELETE DATA {{ GRAPH <{PEOPLE}> {{ <{EX}dave> <{FOAF_NAME}> \"Dave\" }} }}")
    assert _names(first, cheap) == set() and _names(first, pooled) == set()


def test_cheap_and_pooled_answers_agree(two_stores):
    first, _ = two_stores
    for media_type in (SRJ, "application/sparql-results+xml", "text/csv", "text/tab-separated-values"):
        job = QueryJob(f"SELECT ?p ?o WHERE {{ <{EX}bob> ?p ?o }}", media_type, None, max_rows=1000)
        inline = first.inline.run(job, cheap_shape(job.query), 1000, None)
        pooled = first.pool.run("query", job, 30)
        assert inline is not None and inline.body == pooled.body and inline.media_type == pooled.media_type


def test_in_process_run_leaves_a_possibly_cut_result_to_the_workers(private_store):
    people = "SELECT ?s WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }"  # alice, bob, carol
    roomy = PooledStore(private_store, workers=1, timeout=30, max_rows=1000, cache_bytes=0)
    tight = PooledStore(private_store, workers=1, timeout=30, max_rows=2, cache_bytes=0)
    try:
        job = QueryJob(people, SRJ, None, max_rows=1000)
        inline = roomy.inline.run(job, cheap_shape(people), 1000, None)
        assert inline is not None and len(json.loads(inline.body)["results"]["bindings"]) == 3
        over = QueryJob(f"{people} LIMIT 5000", SRJ, None, max_rows=1000)
        assert roomy.inline.run(over, cheap_shape(over.query), 1000, None) is None  # its LIMIT is above the cut
        assert len(json.loads(roomy.run(over).body)["results"]["bindings"]) == 3
        cut = QueryJob(people, SRJ, None, max_rows=2)
        assert tight.inline.run(cut, cheap_shape(people), 2, None) is None  # maybe more than 2: not decided here
        result = tight.run(cut)
        assert result.truncated and len(json.loads(result.body)["results"]["bindings"]) == 2
        csv = tight.run(QueryJob(people, "text/csv", None, max_rows=2))
        assert csv.truncated and len(csv.body.decode().strip().splitlines()) == 3
    finally:
        roomy.close()
        tight.close()


def test_deadline_still_stops_a_runaway_next_to_cheap_reads(two_stores):
    first, second = two_stores
    with query_deadline(1.5), pytest.raises(QueryTimeout):
        first.select(RUNAWAY)
    assert second.ask(f"ASK {{ <{EX}bob> <{FOAF_NAME}> ?n }}") is True
    assert first.ask(f"ASK {{ <{EX}bob> <{FOAF_NAME}> ?n FILTER(BOUND(?n)) }}") is True


# ---------------------------------------------------------------------------
# streaming


@pytest.fixture
def big_store(tmp_path):
    """A store with a graph whose JSON results are several streaming chunks long."""
    path = tmp_path / "big"
    store = OxigraphStore(path)
    store.replace_graph(BULK, bulk_nt(30_000))
    store.close()
    return path


def test_a_large_result_comes_in_chunks_and_equals_the_whole(big_store):
    store = PooledStore(big_store, workers=1, timeout=60, cache_bytes=0)
    try:
        query = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }} ORDER BY ?s"
        whole = store.run(QueryJob(query, SRJ, None))
        assert isinstance(whole.body, bytes) and len(whole.body) > 2 * STREAM_CHUNK_BYTES
        streamed = store.run(QueryJob(query, SRJ, None, stream=True))
        assert not isinstance(streamed.body, bytes)
        chunks = list(streamed.body)
        assert len(chunks) >= 2 and b"".join(chunks) == whole.body
        cut = store.run(QueryJob(query, SRJ, None, max_rows=25_000, stream=True))
        assert cut.truncated
        assert len(json.loads(b"".join(cut.body))["results"]["bindings"]) == 25_000
        small = store.run(QueryJob(f"SELECT ?o WHERE {{ <{EX}item1> ?p ?o }}", SRJ, None, stream=True))
        assert isinstance(small.body, bytes)  # small bodies are not streamed
        abandoned = store.run(QueryJob(query, SRJ, None, stream=True))
        next(iter(abandoned.body))
        abandoned.body.close()  # the client went away mid-stream: the worker is replaced
        assert store.ask(f"ASK {{ <{EX}item1> ?p ?o }}") is True
    finally:
        store.close()


def test_a_large_result_streams_over_http_with_the_row_cut_flagged(big_store):
    with run_councilgraph_server(big_store, "--max-rows", "20000") as base:
        query = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }}"
        r = requests.get(base + "/sparql", params={"query": query}, headers={"Accept": SRJ}, timeout=120)
        assert r.status_code == 200
        assert r.headers.get("Transfer-Encoding") == "chunked" and "Content-Length" not in r.headers
        assert r.headers["X-SPARQL-MaxRows"] == "20000" and r.headers["X-CouncilGraph-Truncated"] == "true"
        assert len(r.json()["results"]["bindings"]) == 20_000
        posted = requests.post(base + "/sparql", data={"query": query}, headers={"Accept": "text/csv"}, timeout=120)
        assert posted.status_code == 200 and posted.headers["X-CouncilGraph-Truncated"] == "true"
        assert len(posted.text.strip().splitlines()) == 20_001


# ---------------------------------------------------------------------------
# several HTTP processes


def _fresh_get(base: str, query: str, **params) -> requests.Response:
    """A GET on a new connection (so the requests spread over the HTTP processes)."""
    return requests.get(base + "/sparql", params={"query": query, **params}, headers={"Accept": SRJ,
                        "Connection": "close"}, timeout=60)


def test_writes_are_seen_by_every_http_process_and_cache(private_store):
    with run_councilgraph_server(private_store, "--http-workers", "2", "--update-token", TOKEN) as base:
        cheap = f"SELECT ?name WHERE {{ <{EX}erin> <{FOAF_NAME}> ?name }}"
        pooled = f"SELECT ?name WHERE {{ <{EX}erin> <{FOAF_NAME}> ?name FILTER(BOUND(?name)) }}"
        for _ in range(12):  # fill the caches of both processes
            for query in (cheap, pooled):
                r = _fresh_get(base, query)
                assert r.status_code == 200 and r.json()["results"]["bindings"] == []
        insert = f'INSERT DATA {{ GRAPH <{PEOPLE}> {{ <{EX}erin> <{FOAF_NAME}> "Erin" }} }}'
        assert requests.post(base + "/update", data=insert.encode(), headers=AUTH, timeout=60).status_code == 204
        for _ in range(12):
            for query in (cheap, pooled):
                r = _fresh_get(base, query)
                assert [b["name"]["value"] for b in r.json()["results"]["bindings"]] == ["Erin"]
        refused = requests.post(base + "/update", data=b"DROP ALL", headers={**AUTH, "Authorization": "Bearer no"},
                                timeout=60)
        assert refused.status_code == 401
        assert [b["name"]["value"] for b in _fresh_get(base, cheap).json()["results"]["bindings"]] == ["Erin"]


def test_timeouts_kill_runaways_while_several_http_processes_serve(private_store):
    with run_councilgraph_server(private_store, "--http-workers", "2", "--workers", "1") as base:
        answers: list[requests.Response] = []

        def runaway():
            answers.append(requests.get(base + "/sparql", params={"query": RUNAWAY, "timeout": "3"},
                                        headers={"Connection": "close"}, timeout=120))

        threads = [threading.Thread(target=runaway) for _ in range(2)]
        for t in threads:
            t.start()
        lookup = _fresh_get(base, f"SELECT ?name WHERE {{ <{EX}bob> <{FOAF_NAME}> ?name }}")
        assert lookup.status_code == 200 and lookup.json()["results"]["bindings"]
        for t in threads:
            t.join(120)
        assert len(answers) == 2
        for r in answers:
            assert r.status_code == 503 and ("timed out" in r.text.lower() or "busy" in r.text.lower())
        assert any("timed out" in r.text.lower() for r in answers)
        after = _fresh_get(base, f"SELECT ?name WHERE {{ <{EX}bob> <{FOAF_NAME}> ?name FILTER(BOUND(?name)) }}")
        assert after.status_code == 200 and after.json()["results"]["bindings"]


def test_fast_path_and_flask_answer_alike(server):
    query = f"SELECT ?p ?o WHERE {{ <{EX}bob> ?p ?o }}"
    fast = requests.get(server + "/sparql", params={"query": query}, headers={"Accept": SRJ})
    flask = requests.post(server + "/sparql", data={"query": query}, headers={"Accept": SRJ})
    assert fast.status_code == flask.status_code == 200
    assert fast.json() == flask.json()
    for name in ("Content-Type", "Vary", "Access-Control-Allow-Origin"):
        assert fast.headers.get(name) == flask.headers.get(name)
    again = requests.get(server + "/sparql", params={"query": query},
                         headers={"Accept": SRJ, "If-None-Match": fast.headers["ETag"]})
    assert again.status_code == 304
    bad = requests.get(server + "/sparql", params={"query": "SELECT ?o WHERE { <a> ?p ?o"})
    assert bad.status_code == 400 and bad.text.startswith("Malformed query")
