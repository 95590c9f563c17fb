"""The endpoint over the bundled agenda packs (the real data, built by the pipeline)."""

from __future__ import annotations

import gzip

import rdflib
import requests

from councilgraph import config
from tests.support.servers import run_councilgraph_server

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")


def test_bundled_documents_served(bundled_store_copy):
    with run_councilgraph_server(bundled_store_copy) as base:
        graphs = requests.get(base + "/sparql", params={
            "query": "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"}).json()
        counts = {b["g"]["value"]: int(b["n"]["value"]) for b in graphs["results"]["bindings"]}
        assert len(counts) >= 4 and all(n > 0 for n in counts.values())

        sd = rdflib.Graph().parse(data=requests.get(base + "/sparql").text, format="turtle")
        assert {str(g) for g in sd.objects(None, SD.name)} == set(counts)

        void = rdflib.Graph().parse(data=requests.get(base + "/.well-known/void").text, format="turtle")
        dataset = rdflib.URIRef(base + "/.well-known/void#dataset")
        assert int(void.value(dataset, VOID.triples)) == sum(counts.values())
        assert str(void.value(dataset, VOID.uriSpace)) == config.DATA_BASE

        dump = gzip.decompress(requests.get(base + "/dumps/councilgraph.nq.gz").content).decode()
        assert len([line for line in dump.splitlines() if line.strip()]) == sum(counts.values())

        typed = requests.get(base + "/sparql", params={
            "query": config.sparql_prefixes(("cg",)) + "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a ?type "
                     "FILTER(STRSTARTS(STR(?type), STR(cg:))) }"}).json()
        assert int(typed["results"]["bindings"][0]["n"]["value"]) > 0
