"""Limits over real HTTP: query timeout (really stopping the query), saturation, row limit."""

from __future__ import annotations

import threading

import requests

from tests.server.endpoint_fixtures import BULK, BULK_TRIPLES, EX
from tests.support.servers import run_councilgraph_server

#: a three-way cross product over the bulk graph: ~3e9 combinations, many minutes of work
RUNAWAY = f"""
SELECT (COUNT(*) AS ?n) WHERE {{
  GRAPH <{BULK}> {{ ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }}
  FILTER(STRLEN(CONCAT(STR(?b), STR(?d), STR(?f))) > 3 && REGEX(STR(?d), "9$"))
}}"""
SIMPLE = f"SELECT ?name WHERE {{ <{EX}bob> <http://xmlns.com/foaf/0.1/name> ?name }}"
#: the same lookup with a FILTER: not cheap by shape, so it needs a query worker
NOT_CHEAP = f"SELECT ?name WHERE {{ <{EX}bob> <http://xmlns.com/foaf/0.1/name> ?name FILTER(BOUND(?name)) }}"


class Background:
    """Run one request in a thread; keep its response."""

    def __init__(self, method, *args, **kwargs) -> None:
        self.response: requests.Response | None = None
        self.error: BaseException | None = None

        def run():
            try:
                self.response = method(*args, **kwargs)
            except BaseException as exc:  # noqa: BLE001 - reported by the test
                self.error = exc

        self.thread = threading.Thread(target=run, daemon=True)
        self.thread.start()

    @property
    def running(self) -> bool:
        return self.thread.is_alive()

    def result(self) -> requests.Response:
        self.thread.join(120)
        assert not self.thread.is_alive(), "the request never returned"
        if self.error:
            raise self.error
        return self.response


def test_runaway_query_stopped_while_others_are_served(server):
    long = Background(requests.get, server + "/sparql", params={"query": RUNAWAY, "timeout": "3"}, timeout=120)
    answered_while_running = 0
    for _ in range(5):
        r = requests.get(server + "/sparql", params={"query": SIMPLE}, timeout=60)
        assert r.status_code == 200
        assert r.json()["results"]["bindings"][0]["name"]["value"] == "Bob Jones"
        if long.running:
            answered_while_running += 1
    assert answered_while_running > 0, "the runaway query finished before the simple ones: it is not a runaway"
    r = long.result()
    assert r.status_code == 503
    assert "timed out" in r.text.lower()
    # the killed worker was replaced: the server still answers everything
    for _ in range(4):
        assert requests.get(server + "/sparql", params={"query": SIMPLE}, timeout=60).status_code == 200


def test_server_timeout_cannot_be_raised_by_the_request(private_store):
    with run_councilgraph_server(private_store, "--query-timeout", "2") as base:
        r = requests.get(base + "/sparql", params={"query": RUNAWAY, "timeout": "1000"}, timeout=120)
        assert r.status_code == 503
        assert "timed out" in r.text.lower()
        r = requests.post(base + "/sparql", data={"query": RUNAWAY}, timeout=120)
        assert r.status_code == 503
        assert requests.get(base + "/sparql", params={"query": SIMPLE}, timeout=60).status_code == 200


def test_bad_timeout_parameter_400(server):
    for value in ("soon", "-1", "0", "nan"):
        r = requests.get(server + "/sparql", params={"query": SIMPLE, "timeout": value})
        assert r.status_code == 400, value


def test_saturated_server_answers_503_with_retry_after(private_store):
    # one HTTP process with one query worker and no queue; probes that need a worker are refused,
    # while a lookup that is cheap by shape runs in the HTTP process and is still answered
    with run_councilgraph_server(private_store, "--http-workers", "1", "--workers", "1", "--max-waiting", "0") as base:
        refused = None
        probes = 0
        for _attempt in range(5):
            long = Background(requests.get, base + "/sparql", params={"query": RUNAWAY, "timeout": "6"}, timeout=120)
            while long.running:  # probe until refused, or until the runaway query ends
                probes += 1  # each probe unique, so the result cache cannot answer it
                r = requests.get(base + "/sparql", params={"query": f"{NOT_CHEAP}\n# {probes}"}, timeout=60)
                if r.status_code == 503:
                    refused = r
                    break
                assert r.status_code == 200
            if refused is not None:
                break
            # a probe won the race for the only worker and the runaway query was the one refused: retry
            assert "busy" in long.result().text.lower()
        assert refused is not None, "no 503 while the only worker was busy"
        assert long.running
        assert int(refused.headers["Retry-After"]) > 0
        assert "busy" in refused.text.lower()
        cheap = requests.get(base + "/sparql", params={"query": SIMPLE}, timeout=60)
        assert long.running and cheap.status_code == 200, "a cheap lookup waited for the busy worker"
        assert cheap.json()["results"]["bindings"]
        finished = long.result()
        assert finished.status_code == 503 and "timed out" in finished.text.lower()
        assert requests.get(base + "/sparql", params={"query": SIMPLE}, timeout=60).status_code == 200


def test_row_limit_truncates_and_says_so(private_store):
    with run_councilgraph_server(private_store, "--max-rows", "1000") as base:
        r = requests.get(base + "/sparql", params={"query": f"SELECT * WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }}"})
        assert r.status_code == 200
        assert len(r.json()["results"]["bindings"]) == 1000 < BULK_TRIPLES
        assert r.headers["X-SPARQL-MaxRows"] == "1000"
        assert r.headers["X-CouncilGraph-Truncated"] == "true"
        r = requests.get(base + "/sparql", params={
            "query": f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{BULK}> {{ ?s ?p ?o }} }}", "format": "nt"})
        assert len(r.text.strip().splitlines()) == 1000
        assert r.headers["X-CouncilGraph-Truncated"] == "true"
        r = requests.get(base + "/sparql", params={"query": SIMPLE})
        assert "X-SPARQL-MaxRows" not in r.headers


def test_small_results_are_not_flagged(server):
    r = requests.get(server + "/sparql", params={"query": SIMPLE})
    assert "X-SPARQL-MaxRows" not in r.headers
    assert "X-CouncilGraph-Truncated" not in r.headers
