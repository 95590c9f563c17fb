"""VoID at /.well-known/void and the gzipped N-Quads dump, checked against SPARQL over the same server."""

from __future__ import annotations

import gzip

import pytest
import rdflib
import requests

from tests.server.endpoint_fixtures import BULK, MEETINGS, PEOPLE, TOKEN
from tests.support.servers import run_councilgraph_server

VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")


def served_quads(base: str) -> set[tuple]:
    """Every quad without a blank subject, read with SPARQL, as rdflib terms."""
    import io

    import pyoxigraph as ox

    from councilgraph.store.terms import from_oxigraph

    r = requests.get(base + "/sparql", params={"query": "SELECT ?g ?s ?p ?o { GRAPH ?g { ?s ?p ?o } FILTER(!isBlank(?s)) }",
                                               "format": "tsv"})
    r.raise_for_status()
    rows = ox.parse_query_results(io.BytesIO(r.content), ox.QueryResultsFormat.TSV)
    return {tuple(from_oxigraph(row[v]) for v in ("g", "s", "p", "o")) for row in rows}


def count(base: str, query: str) -> int:
    r = requests.get(base + "/sparql", params={"query": query})
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


@pytest.fixture(scope="module")
def void_graph(server) -> rdflib.Graph:
    r = requests.get(server + "/.well-known/void")
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/turtle")
    return rdflib.Graph().parse(data=r.text, format="turtle")


def dataset(g: rdflib.Graph, base: str) -> rdflib.URIRef:
    node = rdflib.URIRef(base + "/.well-known/void#dataset")
    assert (node, rdflib.RDF.type, VOID.Dataset) in g
    return node


def test_void_statistics_match_sparql(server, void_graph):
    d = dataset(void_graph, server)
    value = lambda p: int(void_graph.value(d, p))  # noqa: E731
    assert value(VOID.triples) == count(server, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert value(VOID.distinctSubjects) == count(server, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert value(VOID.distinctObjects) == count(server, "SELECT (COUNT(DISTINCT ?o) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert value(VOID.properties) == count(server, "SELECT (COUNT(DISTINCT ?p) AS ?n) { GRAPH ?g { ?s ?p ?o } }")
    assert value(VOID.classes) == 2  # foaf:Person, ex:Meeting
    assert value(VOID.entities) == count(
        server, "SELECT (COUNT(DISTINCT ?s) AS ?n) { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) }")


def test_void_links(server, void_graph):
    d = dataset(void_graph, server)
    assert (d, VOID.sparqlEndpoint, rdflib.URIRef(server + "/sparql")) in void_graph
    assert (d, VOID.dataDump, rdflib.URIRef(server + "/dumps/councilgraph.nq.gz")) in void_graph


def test_void_subset_per_named_graph(server, void_graph):
    d = dataset(void_graph, server)
    subsets = {void_graph.value(s, SD.name): int(void_graph.value(s, VOID.triples))
               for s in void_graph.objects(d, VOID.subset)}
    assert subsets == {rdflib.URIRef(PEOPLE): 8, rdflib.URIRef(MEETINGS): 7, rdflib.URIRef(BULK): 1500}


def test_void_class_partitions(server, void_graph):
    d = dataset(void_graph, server)
    partitions = {void_graph.value(p, VOID["class"]): int(void_graph.value(p, VOID.entities))
                  for p in void_graph.objects(d, VOID.classPartition)}
    assert partitions == {rdflib.URIRef("http://xmlns.com/foaf/0.1/Person"): 3,
                          rdflib.URIRef("http://example.org/Meeting"): 2}


@pytest.mark.parametrize("accept, rdflib_format", [("application/ld+json", "json-ld"), ("application/rdf+xml", "xml"),
                                                   ("application/n-triples", "nt")])
def test_void_conneg(server, accept, rdflib_format):
    r = requests.get(server + "/.well-known/void", headers={"Accept": accept})
    assert r.headers["Content-Type"].split(";")[0] == accept
    g = rdflib.Graph().parse(data=r.content, format=rdflib_format)
    assert (dataset(g, server), VOID.sparqlEndpoint, rdflib.URIRef(server + "/sparql")) in g


def test_dumps_index_links_the_dump(server):
    r = requests.get(server + "/dumps/")
    assert r.status_code == 200
    assert 'href="councilgraph.nq.gz"' in r.text
    assert requests.get(server + "/dumps", allow_redirects=False).status_code == 301


def test_dump_is_the_whole_dataset_as_gzipped_nquads(server):
    r = requests.get(server + "/dumps/councilgraph.nq.gz")
    assert r.status_code == 200
    assert r.headers["Content-Type"] == "application/gzip"
    ds = rdflib.Dataset()
    ds.parse(data=gzip.decompress(r.content), format="nquads")
    dumped = {(g.identifier if isinstance(g, rdflib.Graph) else g, s, p, o)
              for s, p, o, g in ds.quads((None, None, None, None)) if not isinstance(s, rdflib.BNode)}
    served = served_quads(server)
    assert len(served) == 1500 + 8 + 6
    assert dumped == served
    etag = r.headers["ETag"]
    again = requests.get(server + "/dumps/councilgraph.nq.gz", headers={"If-None-Match": etag})
    assert again.status_code == 304


def test_dump_and_void_follow_writes(private_store):
    auth = {"Authorization": f"Bearer {TOKEN}"}
    with run_councilgraph_server(private_store, "--update-token", TOKEN) as base:
        before = gzip.decompress(requests.get(base + "/dumps/councilgraph.nq.gz").content)
        triples_before = int(rdflib.Graph().parse(data=requests.get(base + "/.well-known/void").text, format="turtle")
                             .value(rdflib.URIRef(base + "/.well-known/void#dataset"), VOID.triples))
        r = requests.post(base + "/update", headers={"Content-Type": "application/sparql-update", **auth},
                          data=f"DROP GRAPH <{BULK}>".encode())
        assert r.status_code == 204
        after = gzip.decompress(requests.get(base + "/dumps/councilgraph.nq.gz").content)
        assert len(after.splitlines()) == len(before.splitlines()) - 1500
        assert BULK.encode() not in after
        triples_after = int(rdflib.Graph().parse(data=requests.get(base + "/.well-known/void").text, format="turtle")
                            .value(rdflib.URIRef(base + "/.well-known/void#dataset"), VOID.triples))
        assert triples_after == triples_before - 1500
