"""SERVICE over real HTTP: refused unless allow-listed, with no outbound connection; allowed ones work."""

from __future__ import annotations

import socket

import pytest
import requests

from councilgraph.server.federation import FederationRefused, check_query, check_update, service_calls
from tests.server.endpoint_fixtures import EX, TOKEN
from tests.support.servers import run_councilgraph_server


@pytest.fixture
def listener():
    """A loopback socket that records whether anything connected to it."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(16)
    sock.setblocking(False)
    yield sock
    sock.close()


def connections(sock: socket.socket) -> int:
    count = 0
    while True:
        try:
            conn, _ = sock.accept()
        except BlockingIOError:
            return count
        conn.close()
        count += 1


def test_listener_detects_a_connection(listener):
    """The detector itself works (so a zero below means something)."""
    port = listener.getsockname()[1]
    with socket.create_connection(("127.0.0.1", port)):
        pass
    import time

    for _ in range(50):
        if connections(listener):
            return
        time.sleep(0.02)
    pytest.fail("the listener saw no connection")


@pytest.mark.parametrize("template", [
    "SELECT * WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ SERVICE SILENT <{url}> {{ ?s ?p ?o }} }}",
    "PREFIX remote: <{base}> SELECT * WHERE {{ service remote:sparql {{ ?s ?p ?o }} }}",
    "BASE <{base}x/> SELECT * WHERE {{ SERVICE <../sparql> {{ ?s ?p ?o }} }}",
    "SELECT * WHERE {{ ?x ?y ?z OPTIONAL {{ SERVICE <{url}> {{ ?s ?p ?o }} }} }}",
    "SELECT * WHERE {{ SERV\\u0049CE <{url}> {{ ?s ?p ?o }} }}",
    "CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}> {{ ?s ?p ?o }} }}",
])
def test_service_refused_without_outbound_connection(server, listener, template):
    port = listener.getsockname()[1]
    base = f"http://127.0.0.1:{port}/"
    query = template.format(url=base + "sparql", base=base)
    for send in (lambda: requests.get(server + "/sparql", params={"query": query}),
                 lambda: requests.post(server + "/sparql", data=query.encode(),
                                       headers={"Content-Type": "application/sparql-query"})):
        r = send()
        assert r.status_code == 400
        assert "SERVICE" in r.text and "allow" in r.text
    assert connections(listener) == 0


def test_variable_service_refused(server):
    r = requests.get(server + "/sparql", params={"query": "SELECT * WHERE { VALUES ?e { <http://x/> } SERVICE ?e { ?s ?p ?o } }"})
    assert r.status_code == 400
    assert "?e" in r.text


def test_service_in_update_refused_without_connection(listener, private_store):
    port = listener.getsockname()[1]
    with run_councilgraph_server(private_store, "--update-token", TOKEN) as base:
        r = requests.post(base + "/update", headers={"Authorization": f"Bearer {TOKEN}",
                                                     "Content-Type": "application/sparql-update"},
                          data=f"INSERT {{ GRAPH <{EX}g> {{ ?s ?p ?o }} }} WHERE {{ SERVICE <http://127.0.0.1:{port}/sparql> {{ ?s ?p ?o }} }}".encode())
        assert r.status_code == 400
        r = requests.post(base + "/update", headers={"Authorization": f"Bearer {TOKEN}",
                                                     "Content-Type": "application/sparql-update"},
                          data=f"LOAD <http://127.0.0.1:{port}/data.ttl>".encode())
        assert r.status_code == 400
    assert connections(listener) == 0


def test_allowed_service_is_evaluated(fixture_store, tmp_path):
    """Two real servers: the first federates with the second, which is on its allow-list."""
    import shutil

    remote_store = tmp_path / "remote"
    local_store = tmp_path / "local"
    shutil.copytree(fixture_store, remote_store)
    shutil.copytree(fixture_store, local_store)
    with run_councilgraph_server(remote_store) as remote:
        endpoint = remote + "/sparql"
        with run_councilgraph_server(local_store, "--allow-service", endpoint) as local:
            query = f"""SELECT ?name WHERE {{
                <{EX}m1> <{EX}attendee> ?p .
                SERVICE <{endpoint}> {{ ?p <http://xmlns.com/foaf/0.1/name> ?name }}
            }} ORDER BY ?name"""
            r = requests.get(local + "/sparql", params={"query": query})
            assert r.status_code == 200, r.text
            assert [b["name"]["value"] for b in r.json()["results"]["bindings"]] == ["Alice", "Alice Smith", "Bob Jones"]
            sd = requests.get(local + "/sparql", headers={"Accept": "application/n-triples"}).text
            assert "BasicFederatedQuery" in sd
            other = requests.get(local + "/sparql", params={"query": "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"})
            assert other.status_code == 400


# -- the scanner itself ---------------------------------------------------------------------


def test_scanner_ignores_strings_comments_and_iris():
    query = '''SELECT * WHERE { ?s <http://x/#SERVICE> "SERVICE <http://a>" . # SERVICE <http://b>
        ?s ?p """ SERVICE <http://c> """ FILTER(?a<?b) }'''
    assert service_calls(query) == []


def test_scanner_resolves_targets():
    calls = service_calls("PREFIX e: <http://a/> BASE <http://b/c/> SELECT * { SERVICE e:x {} SERVICE <d> {} "
                          "SERVICE SILENT <http://z/> {} SERVICE ?v {} }")
    assert [(c.iri, c.silent) for c in calls] == [("http://a/x", False), ("http://b/c/d", False),
                                                  ("http://z/", True), (None, False)]


def test_check_query_allows_only_listed():
    check_query("SELECT * { SERVICE <http://ok/sparql> {} }", ["http://ok/sparql"])
    with pytest.raises(FederationRefused):
        check_query("SELECT * { SERVICE <http://ok/sparql2> {} }", ["http://ok/sparql"])
    with pytest.raises(FederationRefused):
        check_query("PREFIX u: <http://unknown/> SELECT * { SERVICE v:x {} }", ["http://ok/sparql"])
    with pytest.raises(FederationRefused):
        check_update("load <http://ok/sparql>", ["http://ok/sparql"])
    check_update("INSERT DATA { <http://a> <http://b> \"LOAD <x>\" }", [])
