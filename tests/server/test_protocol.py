"""SPARQL 1.1 Protocol at /sparql over real HTTP: query forms, dataset, conneg, status codes."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
import rdflib
import requests
from SPARQLWrapper import JSON, SPARQLWrapper, TURTLE

from tests.server.endpoint_fixtures import BULK_TRIPLES, EX, MEETINGS, PEOPLE

NAMES = "SELECT ?name WHERE { ?p <http://xmlns.com/foaf/0.1/name> ?name } ORDER BY ?name"
SRJ = "application/sparql-results+json"


def names_from_json(body: bytes) -> list[str]:
    return [b["name"]["value"] for b in json.loads(body)["results"]["bindings"]]


def expected_names() -> list[str]:
    return sorted(["Alice Smith", "Alice", "Bob Jones", "Carol \"CJ\" O'Neil\ttab"])


# -- the three ways to send a query ---------------------------------------------------------


def test_get_query(server):
    r = requests.get(server + "/sparql", params={"query": NAMES}, headers={"Accept": SRJ})
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith(SRJ)
    assert names_from_json(r.content) == expected_names()


def test_post_form_query(server):
    r = requests.post(server + "/sparql", data={"query": NAMES}, headers={"Accept": SRJ})
    assert r.status_code == 200
    assert names_from_json(r.content) == expected_names()


def test_post_direct_query(server):
    r = requests.post(server + "/sparql", data=NAMES.encode(),
                      headers={"Content-Type": "application/sparql-query", "Accept": SRJ})
    assert r.status_code == 200
    assert names_from_json(r.content) == expected_names()


def test_default_graph_is_union_of_named_graphs(server):
    r = requests.get(server + "/sparql", params={"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"},
                     headers={"Accept": SRJ})
    n = int(json.loads(r.content)["results"]["bindings"][0]["n"]["value"])
    assert n == 8 + 7 + BULK_TRIPLES


def test_default_graph_uri_restricts_the_dataset(server):
    query = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
    r = requests.get(server + "/sparql", params={"query": query, "default-graph-uri": PEOPLE})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == 8
    r = requests.post(server + "/sparql", data={"query": query, "default-graph-uri": [PEOPLE, MEETINGS]})
    assert int(r.json()["results"]["bindings"][0]["n"]["value"]) == 15


def test_named_graph_uri_restricts_graph_patterns(server):
    query = "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }"
    r = requests.post(server + "/sparql", data=query.encode(),
                      params={"named-graph-uri": [MEETINGS]},
                      headers={"Content-Type": "application/sparql-query", "Accept": SRJ})
    assert r.status_code == 200
    assert [b["g"]["value"] for b in r.json()["results"]["bindings"]] == [MEETINGS]


def test_ask(server):
    r = requests.get(server + "/sparql", params={"query": f"ASK {{ <{EX}bob> ?p ?o }}"}, headers={"Accept": SRJ})
    assert r.json() == {"head": {}, "boolean": True}
    r = requests.get(server + "/sparql", params={"query": f"ASK {{ <{EX}nobody> ?p ?o }}"},
                     headers={"Accept": "application/sparql-results+xml"})
    assert r.headers["Content-Type"].startswith("application/sparql-results+xml")
    boolean = ET.fromstring(r.content).find("{http://www.w3.org/2005/sparql-results#}boolean")
    assert boolean is not None and boolean.text == "false"


# -- content negotiation --------------------------------------------------------------------


@pytest.mark.parametrize("accept, media_type", [
    ("application/sparql-results+json", "application/sparql-results+json"),
    ("application/sparql-results+xml", "application/sparql-results+xml"),
    ("text/csv", "text/csv"),
    ("text/tab-separated-values", "text/tab-separated-values"),
    ("application/json", "application/sparql-results+json"),
    ("*/*", "application/sparql-results+json"),
    ("text/csv;q=0.5, application/sparql-results+xml;q=0.9", "application/sparql-results+xml"),
])
def test_select_conneg(server, accept, media_type):
    r = requests.get(server + "/sparql", params={"query": NAMES}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == media_type
    assert "Accept" in r.headers.get("Vary", "")
    if media_type == "text/csv":  # lossy: compare the plain values
        values = [row[0] for row in csv.reader(io.StringIO(r.text))][1:]
    else:
        solutions = ox.parse_query_results(io.BytesIO(r.content), ox.QueryResultsFormat.from_media_type(media_type))
        values = [s["name"].value for s in solutions]
    assert sorted(values) == expected_names()


def test_select_without_accept_is_json(server):
    r = requests.get(server + "/sparql", params={"query": NAMES}, headers={"Accept": ""})
    assert r.headers["Content-Type"].startswith(SRJ)


@pytest.mark.parametrize("fmt, media_type", [
    ("json", SRJ), ("xml", "application/sparql-results+xml"), ("csv", "text/csv"),
    ("tsv", "text/tab-separated-values"), ("text/csv", "text/csv"),
])
def test_format_parameter_overrides_accept(server, fmt, media_type):
    r = requests.get(server + "/sparql", params={"query": NAMES, "format": fmt}, headers={"Accept": SRJ})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == media_type


def test_csv_is_parseable_and_escaped(server):
    r = requests.get(server + "/sparql", params={"query": NAMES, "format": "csv"})
    rows = list(csv.reader(io.StringIO(r.text)))
    assert rows[0] == ["name"]
    assert sorted(row[0] for row in rows[1:]) == expected_names()


CONSTRUCT = f"CONSTRUCT {{ ?m <{EX}attendee> ?p }} WHERE {{ ?m <{EX}attendee> ?p }}"


@pytest.mark.parametrize("accept, media_type, rdflib_format", [
    ("text/turtle", "text/turtle", "turtle"),
    ("application/n-triples", "application/n-triples", "nt"),
    ("application/rdf+xml", "application/rdf+xml", "xml"),
    ("application/ld+json", "application/ld+json", "json-ld"),
    ("application/n-quads", "application/n-quads", "nquads"),
    ("application/trig", "application/trig", "trig"),
    ("*/*", "text/turtle", "turtle"),
])
def test_construct_conneg(server, accept, media_type, rdflib_format):
    r = requests.get(server + "/sparql", params={"query": CONSTRUCT}, headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == media_type
    graph = rdflib.Dataset() if rdflib_format in ("nquads", "trig") else rdflib.Graph()
    graph.parse(data=r.content, format=rdflib_format)
    triples = {(str(s), str(o)) for s, p, o in (graph.triples((None, None, None)))}
    assert triples == {(f"{EX}m1", f"{EX}alice"), (f"{EX}m1", f"{EX}bob"), (f"{EX}m2", f"{EX}carol")}


@pytest.mark.parametrize("fmt, media_type", [
    ("turtle", "text/turtle"), ("ntriples", "application/n-triples"), ("rdfxml", "application/rdf+xml"),
    ("jsonld", "application/ld+json"), ("json", "application/ld+json"), ("xml", "application/rdf+xml"),
])
def test_construct_format_parameter(server, fmt, media_type):
    r = requests.get(server + "/sparql", params={"query": CONSTRUCT, "format": fmt})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == media_type


def test_describe(server):
    r = requests.get(server + "/sparql", params={"query": f"DESCRIBE <{EX}bob>", "format": "nt"})
    assert r.status_code == 200
    graph = rdflib.Graph().parse(data=r.text, format="nt")
    assert (rdflib.URIRef(f"{EX}bob"), rdflib.URIRef(f"{EX}age"), rdflib.Literal(42)) in graph


def test_406_when_nothing_acceptable(server):
    r = requests.get(server + "/sparql", params={"query": NAMES}, headers={"Accept": "image/png"})
    assert r.status_code == 406
    r = requests.get(server + "/sparql", params={"query": NAMES}, headers={"Accept": "text/turtle"})
    assert r.status_code == 406
    r = requests.get(server + "/sparql", params={"query": CONSTRUCT}, headers={"Accept": "text/csv"})
    assert r.status_code == 406


def test_unknown_format_is_400(server):
    r = requests.get(server + "/sparql", params={"query": NAMES, "format": "excel"})
    assert r.status_code == 400
    assert "excel" in r.text


# -- errors ---------------------------------------------------------------------------------


def test_malformed_query_400_with_position(server):
    r = requests.get(server + "/sparql", params={"query": "SELECT * WHERE {\n  ?s ?p ?o\n  FILTER(\n}"})
    assert r.status_code == 400
    assert r.headers["Content-Type"].startswith("text/plain")
    assert "line 4" in r.text and "column" in r.text


def test_two_queries_400(server):
    r = requests.get(server + "/sparql", params={"query": ["ASK {}", "ASK {}"]})
    assert r.status_code == 400


def test_wrong_content_type_415(server):
    r = requests.post(server + "/sparql", data=b"ASK {}", headers={"Content-Type": "text/plain"})
    assert r.status_code == 415
    r = requests.post(server + "/sparql", data=b"ASK {}", headers={"Content-Type": ""})
    assert r.status_code in (400, 415)


def test_non_utf8_direct_query_refused(server):
    r = requests.post(server + "/sparql", data="ASK {}".encode("utf-16"),
                      headers={"Content-Type": "application/sparql-query; charset=UTF-16"})
    assert r.status_code in (400, 415)


def test_wrong_method_405(server):
    r = requests.put(server + "/sparql", data=b"ASK {}", headers={"Content-Type": "application/sparql-query"})
    assert r.status_code == 405
    assert "GET" in r.headers.get("Allow", "")
    r = requests.delete(server + "/sparql")
    assert r.status_code == 405


def test_update_by_get_refused(server):
    r = requests.get(server + "/sparql", params={"update": "CLEAR ALL"})
    assert r.status_code == 400


def test_oversized_body_413(fixture_store, private_store):
    from tests.support.servers import run_councilgraph_server

    with run_councilgraph_server(private_store, "--max-request-bytes", "2000") as base:
        big = "SELECT * WHERE { ?s ?p ?o } #" + "x" * 5000
        r = requests.post(base + "/sparql", data=big.encode(), headers={"Content-Type": "application/sparql-query"})
        assert r.status_code == 413
        r = requests.post(base + "/sparql", data={"query": big})
        assert r.status_code == 413
        r = requests.get(base + "/sparql", params={"query": big})
        assert r.status_code == 414
        r = requests.get(base + "/sparql", params={"query": "ASK {}"})
        assert r.status_code == 200


# -- service description --------------------------------------------------------------------

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


def test_bare_get_is_service_description_in_turtle(server):
    r = requests.get(server + "/sparql")
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/turtle")
    g = rdflib.Graph().parse(data=r.text, format="turtle")
    service = next(g.subjects(rdflib.RDF.type, SD.Service))
    assert (service, SD.endpoint, rdflib.URIRef(server + "/sparql")) in g
    assert (service, SD.feature, SD.UnionDefaultGraph) in g
    assert (service, SD.supportedLanguage, SD.SPARQL11Query) in g
    assert (service, SD.supportedLanguage, SD.SPARQL11Update) not in g  # no token on this server
    formats = set(g.objects(service, SD.resultFormat))
    assert rdflib.URIRef("http://www.w3.org/ns/formats/SPARQL_Results_JSON") in formats
    names = set(g.objects(None, SD.name))
    assert names == {rdflib.URIRef(PEOPLE), rdflib.URIRef(MEETINGS), rdflib.URIRef("http://example.org/graph/bulk")}


@pytest.mark.parametrize("accept, rdflib_format", [
    ("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"), ("application/n-triples", "nt"),
])
def test_service_description_conneg(server, accept, rdflib_format):
    r = requests.get(server + "/sparql", headers={"Accept": accept})
    assert r.status_code == 200
    assert r.headers["Content-Type"].split(";")[0] == accept
    g = rdflib.Graph().parse(data=r.content, format=rdflib_format)
    assert any(g.subjects(rdflib.RDF.type, SD.Service))


# -- CORS -----------------------------------------------------------------------------------


def test_cors_on_reads(server):
    r = requests.get(server + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://example.net"})
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    r = requests.options(server + "/sparql", headers={
        "Origin": "https://example.net", "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "content-type"})
    assert r.status_code == 200
    assert r.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in r.headers["Access-Control-Allow-Methods"]
    assert "content-type" in r.headers["Access-Control-Allow-Headers"].lower()


def test_cors_configurable(private_store):
    from tests.support.servers import run_councilgraph_server

    with run_councilgraph_server(private_store, "--cors-origin", "https://allowed.example") as base:
        ok = requests.get(base + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://allowed.example"})
        assert ok.headers["Access-Control-Allow-Origin"] == "https://allowed.example"
        other = requests.get(base + "/sparql", params={"query": "ASK {}"}, headers={"Origin": "https://evil.example"})
        assert "Access-Control-Allow-Origin" not in other.headers


# -- a real client --------------------------------------------------------------------------


def test_sparqlwrapper_select_and_construct(server):
    client = SPARQLWrapper(server + "/sparql")
    client.setQuery(NAMES)
    client.setReturnFormat(JSON)
    result = client.query().convert()
    assert [b["name"]["value"] for b in result["results"]["bindings"]] == expected_names()
    client.setQuery(CONSTRUCT)
    client.setReturnFormat(TURTLE)
    body = client.query().convert()
    graph = rdflib.Graph().parse(data=body, format="turtle")
    assert len(graph) == 3
    client.setMethod("POST")
    client.setQuery(f"ASK {{ <{EX}alice> a <http://xmlns.com/foaf/0.1/Person> }}")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True


# -- HTTP caching ---------------------------------------------------------------------------


def test_get_results_revalidate_with_etag(server):
    params = {"query": NAMES}
    first = requests.get(server + "/sparql", params=params, headers={"Accept": SRJ})
    etag = first.headers["ETag"]
    assert first.headers["Cache-Control"] == "no-cache"
    again = requests.get(server + "/sparql", params=params, headers={"Accept": SRJ, "If-None-Match": etag})
    assert again.status_code == 304 and again.content == b""
    other_type = requests.get(server + "/sparql", params=params, headers={"Accept": "text/csv", "If-None-Match": etag})
    assert other_type.status_code == 200
    volatile = requests.get(server + "/sparql", params={"query": "SELECT (NOW() AS ?t) {}"})
    assert "ETag" not in volatile.headers
    posted = requests.post(server + "/sparql", data=params)
    assert "ETag" not in posted.headers


def test_etag_changes_after_a_write(write_server):
    from tests.server.endpoint_fixtures import TOKEN

    params = {"query": "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"}
    etag = requests.get(write_server + "/sparql", params=params).headers["ETag"]
    r = requests.post(write_server + "/update", headers={"Content-Type": "application/sparql-update",
                                                         "Authorization": f"Bearer {TOKEN}"},
                      data=b"INSERT DATA { GRAPH <http://example.org/graph/etag> { <http://a> <http://b> 1 } }")
    assert r.status_code == 204
    after = requests.get(write_server + "/sparql", params=params, headers={"If-None-Match": etag})
    assert after.status_code == 200 and after.headers["ETag"] != etag


def test_an_update_writing_the_default_graph_is_refused_and_changes_nothing(write_server):
    from tests.server.endpoint_fixtures import TOKEN

    count = {"query": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"}
    before = requests.get(write_server + "/sparql", params=count).json()
    r = requests.post(write_server + "/update", headers={"Content-Type": "application/sparql-update",
                                                         "Authorization": f"Bearer {TOKEN}"},
                      data=b"INSERT DATA { <http://a> <http://b> 1 }")
    assert r.status_code == 400 and "default graph" in r.text and "GRAPH <iri>" in r.text
    assert requests.get(write_server + "/sparql", params=count).json() == before
