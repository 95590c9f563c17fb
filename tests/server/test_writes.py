"""Writes over HTTP: the bearer token rule, SPARQL Update, the Graph Store Protocol.

Every refused or failing write is checked against the whole dataset before and after.
"""

from __future__ import annotations

import rdflib
import requests

from tests.server.endpoint_fixtures import EX, PEOPLE, TOKEN, canonical_quads, dump_quads

AUTH = {"Authorization": f"Bearer {TOKEN}"}
NT = "application/n-triples"


def test_writes_off_without_a_configured_token(server):
    before = canonical_quads(server)
    r = requests.post(server + "/update", data="CLEAR ALL", headers={"Content-Type": "application/sparql-update",
                                                                    "Authorization": "Bearer anything"})
    assert r.status_code == 403
    assert "disabled" in r.text
    r = requests.put(server + "/store", params={"graph": PEOPLE}, data=b"", headers={"Content-Type": NT})
    assert r.status_code == 403
    r = requests.delete(server + "/store", params={"graph": PEOPLE})
    assert r.status_code == 403
    assert canonical_quads(server) == before


def test_update_without_token_refused_and_store_unchanged(write_server):
    before = dump_quads(write_server)
    for headers in ({}, {"Authorization": "Bearer wrong-token"}, {"Authorization": f"Basic {TOKEN}"},
                    {"Authorization": "Bearer "}):
        r = requests.post(write_server + "/update", data="CLEAR ALL",
                          headers={"Content-Type": "application/sparql-update", **headers})
        assert r.status_code == 401, headers
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
        r = requests.post(write_server + "/sparql", data={"update": f"DROP GRAPH <{PEOPLE}>"}, headers=headers)
        assert r.status_code == 401
    assert dump_quads(write_server) == before


def test_graph_store_writes_without_token_refused_and_store_unchanged(write_server):
    before = dump_quads(write_server)
    body = f"<{EX}x> <{EX}y> <{EX}z> .\n".encode()
    assert requests.put(write_server + "/store", params={"graph": PEOPLE}, data=body,
                        headers={"Content-Type": NT}).status_code == 401
    assert requests.post(write_server + "/store", params={"graph": PEOPLE}, data=body,
                         headers={"Content-Type": NT, "Authorization": "Bearer nope"}).status_code == 401
    assert requests.delete(write_server + "/store", params={"graph": PEOPLE}).status_code == 401
    assert dump_quads(write_server) == before


def test_update_with_token(write_server):
    graph = "http://example.org/graph/update-test"
    r = requests.post(write_server + "/update", headers={"Content-Type": "application/sparql-update", **AUTH},
                      data=f'INSERT DATA {{ GRAPH <{graph}> {{ <{EX}u> <{EX}v> "w" }} }}'.encode())
    assert r.status_code == 204
    ask = requests.get(write_server + "/sparql", params={"query": f'ASK {{ GRAPH <{graph}> {{ <{EX}u> <{EX}v> "w" }} }}'})
    assert ask.json()["boolean"] is True
    r = requests.post(write_server + "/sparql", data={"update": f"DROP GRAPH <{graph}>"}, headers=AUTH)
    assert r.status_code == 204
    ask = requests.get(write_server + "/sparql", params={"query": f"ASK {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"})
    assert ask.json()["boolean"] is False


def test_malformed_update_400_and_unchanged(write_server):
    before = dump_quads(write_server)
    r = requests.post(write_server + "/update", headers={"Content-Type": "application/sparql-update", **AUTH},
                      data=f"DELETE DATA {{ GRAPH <{PEOPLE}> {{ ?s ?p ?o }} }} ; INSERT DATA {{".encode())
    assert r.status_code == 400
    assert "line" in r.text
    assert dump_quads(write_server) == before


def test_failing_update_is_atomic(write_server):
    """The first operation would succeed, the second fails: nothing may change."""
    before = dump_quads(write_server)
    r = requests.post(write_server + "/update", headers={"Content-Type": "application/sparql-update", **AUTH},
                      data=f"DROP GRAPH <{PEOPLE}> ; CREATE GRAPH <{PEOPLE}> ; CREATE GRAPH <{PEOPLE}>".encode())
    assert r.status_code >= 400
    assert dump_quads(write_server) == before


def test_update_wrong_content_type_415(write_server):
    r = requests.post(write_server + "/update", headers={"Content-Type": "text/plain", **AUTH}, data=b"CLEAR ALL")
    assert r.status_code == 415


def test_update_by_get_refused(write_server):
    assert requests.get(write_server + "/update", params={"update": "CLEAR ALL"}).status_code == 405


def test_load_refused(write_server):
    before = dump_quads(write_server)
    r = requests.post(write_server + "/update", headers={"Content-Type": "application/sparql-update", **AUTH},
                      data=b"LOAD <http://127.0.0.1:9/data.ttl>")
    assert r.status_code == 400
    assert "LOAD" in r.text
    assert dump_quads(write_server) == before


# -- Graph Store Protocol -------------------------------------------------------------------


def test_graph_store_lifecycle(write_server):
    graph = "http://example.org/graph/gsp-test"
    url = write_server + "/store"
    assert requests.get(url, params={"graph": graph}).status_code == 404
    assert requests.head(url, params={"graph": graph}).status_code == 404

    r = requests.put(url, params={"graph": graph}, headers={"Content-Type": "text/turtle", **AUTH},
                     data=f'<{EX}a> <{EX}b> "one" .'.encode())
    assert r.status_code == 201
    r = requests.put(url, params={"graph": graph}, headers={"Content-Type": "text/turtle", **AUTH},
                     data=f'<{EX}a> <{EX}b> "two" .'.encode())
    assert r.status_code == 204
    r = requests.post(url, params={"graph": graph}, headers={"Content-Type": NT, **AUTH},
                      data=f'<{EX}a> <{EX}b> "three" .\n'.encode())
    assert r.status_code == 204

    r = requests.get(url, params={"graph": graph})
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    assert {str(o) for o in g.objects()} == {"two", "three"}

    r = requests.get(url, params={"graph": graph}, headers={"Accept": "application/rdf+xml"})
    assert r.headers["Content-Type"].startswith("application/rdf+xml")
    assert len(rdflib.Graph().parse(data=r.content, format="xml")) == 2

    head = requests.head(url, params={"graph": graph})
    assert head.status_code == 200 and head.content == b""

    assert requests.delete(url, params={"graph": graph}, headers=AUTH).status_code == 204
    assert requests.get(url, params={"graph": graph}).status_code == 404
    assert requests.delete(url, params={"graph": graph}, headers=AUTH).status_code == 404


def test_graph_store_post_creates(write_server):
    graph = "http://example.org/graph/gsp-post"
    r = requests.post(write_server + "/store", params={"graph": graph}, headers={"Content-Type": NT, **AUTH},
                      data=f'<{EX}a> <{EX}b> _:x .\n'.encode())
    assert r.status_code == 201
    assert requests.delete(write_server + "/store", params={"graph": graph}, headers=AUTH).status_code == 204


def test_graph_store_malformed_body_400_and_unchanged(write_server):
    before = dump_quads(write_server)
    r = requests.put(write_server + "/store", params={"graph": PEOPLE}, headers={"Content-Type": "text/turtle", **AUTH},
                     data=b"<http://a> <http://b> .")
    assert r.status_code == 400
    r = requests.post(write_server + "/store", params={"graph": PEOPLE}, headers={"Content-Type": NT, **AUTH},
                      data=b"<http://a> <http://b> <http://c> <http://g> .\n")
    assert r.status_code == 400
    r = requests.put(write_server + "/store", params={"graph": PEOPLE}, headers={"Content-Type": "image/png", **AUTH},
                     data=b"\x89PNG")
    assert r.status_code == 415
    assert dump_quads(write_server) == before


def test_graph_store_default_graph_is_read_only_union(write_server):
    r = requests.get(write_server + "/store", params={"default": ""}, headers={"Accept": NT})
    assert r.status_code == 200
    g = rdflib.Graph().parse(data=r.text, format="nt")
    assert (rdflib.URIRef(f"{EX}bob"), rdflib.URIRef(f"{EX}age"), rdflib.Literal(42)) in g
    r = requests.put(write_server + "/store", params={"default": ""}, headers={"Content-Type": NT, **AUTH}, data=b"")
    assert r.status_code == 405


def test_graph_store_needs_a_target(write_server):
    assert requests.get(write_server + "/store").status_code == 400
    assert requests.get(write_server + "/store", params={"graph": "not an iri"}).status_code == 400


def _quads_on_disk(path) -> set[str]:
    from councilgraph.store import OxigraphStore

    store = OxigraphStore(path, read_only=True)
    try:
        import io

        out = io.BytesIO()
        store.dump(out, "application/n-quads")
        return set(out.getvalue().decode().splitlines())
    finally:
        store.close()


def test_refused_and_failing_writes_leave_the_files_unchanged(fixture_store, private_store):
    """Read the store files themselves after the server stopped: no cache can hide a change."""
    from tests.support.servers import run_councilgraph_server

    expected = _quads_on_disk(fixture_store)
    update = {"Content-Type": "application/sparql-update"}
    with run_councilgraph_server(private_store, "--update-token", TOKEN) as base:
        statuses = [
            requests.post(base + "/update", data=b"CLEAR ALL", headers=update).status_code,
            requests.post(base + "/update", data=b"CLEAR ALL", headers={**update, "Authorization": "Bearer x"}).status_code,
            requests.post(base + "/sparql", data={"update": "CLEAR ALL"}).status_code,
            requests.put(base + "/store", params={"graph": PEOPLE}, data=b"", headers={"Content-Type": NT}).status_code,
            requests.delete(base + "/store", params={"graph": PEOPLE}).status_code,
            requests.post(base + "/update", data=b"CLEAR ALL ; INSERT DATA {", headers={**update, **AUTH}).status_code,
            requests.post(base + "/update", data=f"DROP GRAPH <{PEOPLE}> ; CREATE GRAPH <{PEOPLE}> ; CREATE GRAPH <{PEOPLE}>".encode(),
                          headers={**update, **AUTH}).status_code,
            requests.put(base + "/store", params={"graph": PEOPLE}, data=b"<http://a> <http://b> .",
                         headers={"Content-Type": "text/turtle", **AUTH}).status_code,
        ]
    assert statuses[:5] == [401, 401, 401, 401, 401]
    assert all(400 <= s < 600 for s in statuses[5:])
    assert _quads_on_disk(private_store) == expected


def test_accepted_write_reaches_the_files(private_store):
    from tests.support.servers import run_councilgraph_server

    with run_councilgraph_server(private_store, "--update-token", TOKEN) as base:
        r = requests.post(base + "/update", data=f"DROP GRAPH <{PEOPLE}>".encode(),
                          headers={"Content-Type": "application/sparql-update", **AUTH})
        assert r.status_code == 204
    assert not any(PEOPLE in quad for quad in _quads_on_disk(private_store))
