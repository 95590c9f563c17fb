"""The SPARQL 1.1 Service Description answered by a bare ``GET /sparql``.

Lists the endpoint, the supported languages (Query; Update when a token is
configured), result formats, features (``sd:UnionDefaultGraph``;
``sd:BasicFederatedQuery`` when SERVICE endpoints are allow-listed) and the
default dataset with every named graph and its triple count. Turtle by
default; JSON-LD, RDF/XML or N-Triples per Accept / ``format=``.
"""

from __future__ import annotations

import threading

import rdflib
from flask import Response, current_app, request
from rdflib.namespace import RDF, XSD

from ..store import StoreError
from .app import current_store
from .responses import rdf_response

__all__ = ["service_description", "service_description_response", "SD", "FORMATS", "VOID"]

SD = rdflib.Namespace("http://www.w3.org/ns/sparql-service-description#")
FORMATS = rdflib.Namespace("http://www.w3.org/ns/formats/")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
DCT = rdflib.Namespace("http://purl.org/dc/terms/")
ENT = rdflib.Namespace("http://www.w3.org/ns/entailment/")

RESULT_FORMATS = ("SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV",
                  "Turtle", "N-Triples", "RDF_XML", "JSON-LD", "N-Quads", "TriG")

_cache: dict[tuple, rdflib.Graph] = {}
_cache_lock = threading.Lock()


def service_description(endpoint: str, graphs: dict[str, int], *, update: bool, federation: bool) -> rdflib.Graph:
    """The service description graph for ``endpoint`` over ``graphs`` (IRI → triple count)."""
    g = rdflib.Graph()
    g.bind("sd", SD)
    g.bind("formats", FORMATS)
    g.bind("void", VOID)
    g.bind("dct", DCT)
    g.bind("ent", ENT)
    service = rdflib.URIRef(endpoint + "#service")
    g.add((service, RDF.type, SD.Service))
    g.add((service, SD.endpoint, rdflib.URIRef(endpoint)))
    g.add((service, DCT.title, rdflib.Literal("CouncilGraph SPARQL endpoint", lang="en")))
    g.add((service, SD.supportedLanguage, SD.SPARQL11Query))
    if update:
        g.add((service, SD.supportedLanguage, SD.SPARQL11Update))
    for name in RESULT_FORMATS:
        g.add((service, SD.resultFormat, FORMATS[name]))
    g.add((service, SD.feature, SD.UnionDefaultGraph))
    if federation:
        g.add((service, SD.feature, SD.BasicFederatedQuery))
    g.add((service, SD.defaultEntailmentRegime, ENT.Simple))
    dataset = rdflib.URIRef(endpoint + "#dataset")
    g.add((service, SD.defaultDataset, dataset))
    g.add((dataset, RDF.type, SD.Dataset))
    default_graph = rdflib.URIRef(endpoint + "#default-graph")
    g.add((dataset, SD.defaultGraph, default_graph))
    g.add((default_graph, RDF.type, SD.Graph))
    g.add((default_graph, VOID.triples, rdflib.Literal(sum(graphs.values()), datatype=XSD.integer)))
    for iri, count in graphs.items():
        named = rdflib.BNode()
        graph_node = rdflib.BNode()
        g.add((dataset, SD.namedGraph, named))
        g.add((named, RDF.type, SD.NamedGraph))
        g.add((named, SD.name, rdflib.URIRef(iri)))
        g.add((named, SD.graph, graph_node))
        g.add((graph_node, RDF.type, SD.Graph))
        g.add((graph_node, VOID.triples, rdflib.Literal(count, datatype=XSD.integer)))
    return g


def service_description_response() -> Response:
    """The service description for this request's endpoint URL, negotiated."""
    endpoint = request.base_url
    update = bool(current_app.config.get("COUNCILGRAPH_UPDATE_TOKEN"))
    federation = bool(current_app.config.get("COUNCILGRAPH_ALLOW_SERVICE"))
    store = current_store()
    key = (id(store), store.version, endpoint, update, federation)
    with _cache_lock:
        graph = _cache.get(key)
    if graph is None:
        try:
            graphs = store.graphs()
        except StoreError as exc:
            from .sparql import error_response  # noqa: PLC0415

            return error_response(exc, "Service description")
        graph = service_description(endpoint, graphs, update=update, federation=federation)
        with _cache_lock:
            if len(_cache) > 16:
                _cache.clear()
            _cache[key] = graph
    return rdf_response(graph)
