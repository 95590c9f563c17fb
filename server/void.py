"""Dataset metadata and dumps: VoID at ``/.well-known/void``, N-Quads dumps at ``/dumps/``.

The VoID description (Turtle by default; conneg / ``format=``) gives the
dataset's triple count (quads summed over the named graphs), entities
(distinct IRI subjects), classes, properties, distinct subjects and objects,
the SPARQL endpoint, the dump, the URI space, one ``void:subset`` per named
graph with its triple count, and class/property partitions. Statistics are
computed once per store version.

``/dumps/councilgraph.nq.gz`` is the whole dataset as gzipped N-Quads,
generated on demand, cached per store version, and streamed from disk.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import tempfile
import threading
from pathlib import Path

import rdflib
from flask import Blueprint, Response, current_app, request, send_file
from rdflib.namespace import RDF, XSD

from .. import config
from ..store import StoreError
from .app import current_store
from .responses import problem, rdf_response
from .service_description import DCT, SD, VOID
from .workers import PooledStore, QueryJob

__all__ = ["bp", "dataset_statistics", "void_description", "DUMP_NAME"]

bp = Blueprint("void", __name__)

DUMP_NAME = "councilgraph.nq.gz"
#: statistics may take longer than a user query: give them this many seconds at least
STATISTICS_TIMEOUT = 300.0

_STATISTICS = {
    "triples": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "entities": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?s)) }",
    "classes": "SELECT (COUNT(DISTINCT ?c) AS ?n) WHERE { GRAPH ?g { ?s a ?c } }",
    "properties": "SELECT (COUNT(DISTINCT ?p) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "distinctSubjects": "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "distinctObjects": "SELECT (COUNT(DISTINCT ?o) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
}
_CLASS_PARTITIONS = "SELECT ?c (COUNT(DISTINCT ?s) AS ?n) WHERE { GRAPH ?g { ?s a ?c } } GROUP BY ?c ORDER BY ?c"
_PROPERTY_PARTITIONS = "SELECT ?p (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?p ORDER BY ?p"

_stats_cache: dict[tuple, dict] = {}
_stats_lock = threading.Lock()


def _select(store, query: str) -> list[dict]:
    if isinstance(store, PooledStore):
        raw = store.run(QueryJob(query, "application/sparql-results+json", None), STATISTICS_TIMEOUT,
                        exceed_default=True)
        import pyoxigraph as ox  # noqa: PLC0415

        return [{v.value: s[v.value] and s[v.value].value for v in sols.variables}
                for sols in [ox.parse_query_results(raw.body, ox.QueryResultsFormat.JSON)] for s in sols]
    return [{k: str(v) for k, v in row.items()} for row in store.select(query)]


def dataset_statistics(store) -> dict:
    """VoID statistics of ``store`` (cached per store version)."""
    key = (id(store), store.version)
    with _stats_lock:
        cached = _stats_cache.get(key)
        if cached is not None:
            return cached
        stats: dict = {name: int(_select(store, q)[0]["n"]) for name, q in _STATISTICS.items()}
        stats["graphs"] = store.graphs()
        stats["class_partitions"] = {row["c"]: int(row["n"]) for row in _select(store, _CLASS_PARTITIONS)}
        stats["property_partitions"] = {row["p"]: int(row["n"]) for row in _select(store, _PROPERTY_PARTITIONS)}
        if len(_stats_cache) > 8:
            _stats_cache.clear()
        _stats_cache[key] = stats
        return stats


def _int(value: int) -> rdflib.Literal:
    return rdflib.Literal(value, datatype=XSD.integer)


def void_description(root: str, stats: dict) -> rdflib.Graph:
    """The VoID graph for a server at ``root`` (ending in '/') with ``stats``."""
    g = rdflib.Graph()
    g.bind("void", VOID)
    g.bind("dct", DCT)
    g.bind("sd", SD)
    dataset = rdflib.URIRef(root + ".well-known/void#dataset")
    g.add((dataset, RDF.type, VOID.Dataset))
    g.add((dataset, DCT.title, rdflib.Literal("CouncilGraph", lang="en")))
    g.add((dataset, DCT.description, rdflib.Literal(
        "UK local-government committee papers (agenda packs, minutes) as a knowledge graph; "
        "one named graph per source document.", lang="en")))
    g.add((dataset, VOID.sparqlEndpoint, rdflib.URIRef(root + "sparql")))
    g.add((dataset, VOID.dataDump, rdflib.URIRef(root + "dumps/" + DUMP_NAME)))
    g.add((dataset, VOID.uriSpace, rdflib.Literal(config.DATA_BASE)))
    g.add((dataset, VOID.vocabulary, rdflib.URIRef(config.ONTOLOGY_NS)))
    g.add((dataset, VOID.feature, rdflib.URIRef("http://www.w3.org/ns/formats/N-Quads")))
    for name in _STATISTICS:
        g.add((dataset, VOID[name], _int(stats[name])))
    for index, (iri, count) in enumerate(stats["graphs"].items()):
        subset = rdflib.URIRef(f"{root}.well-known/void#graph-{hashlib.sha1(iri.encode()).hexdigest()[:16]}")
        g.add((dataset, VOID.subset, subset))
        g.add((subset, RDF.type, VOID.Dataset))
        g.add((subset, SD.name, rdflib.URIRef(iri)))
        g.add((subset, VOID.triples, _int(count)))
        g.add((subset, VOID.sparqlEndpoint, rdflib.URIRef(root + "sparql")))
    for cls, entities in stats["class_partitions"].items():
        part = rdflib.BNode()
        g.add((dataset, VOID.classPartition, part))
        g.add((part, VOID["class"], rdflib.URIRef(cls)))
        g.add((part, VOID.entities, _int(entities)))
    for prop, triples in stats["property_partitions"].items():
        part = rdflib.BNode()
        g.add((dataset, VOID.propertyPartition, part))
        g.add((part, VOID.property, rdflib.URIRef(prop)))
        g.add((part, VOID.triples, _int(triples)))
    return g


def _root() -> str:
    return request.url_root


@bp.route("/.well-known/void", methods=["GET"])
def void() -> Response:
    """The VoID description of the dataset."""
    try:
        stats = dataset_statistics(current_store())
    except StoreError as exc:
        from .sparql import error_response  # noqa: PLC0415

        return error_response(exc, "Statistics")
    return rdf_response(void_description(_root(), stats))


# -- dumps ------------------------------------------------------------------

_dump_lock = threading.Lock()


def _dump_dir() -> Path:
    configured = current_app.config.get("COUNCILGRAPH_DUMP_DIR")
    if not configured:
        configured = tempfile.mkdtemp(prefix="councilgraph-dumps-")
        current_app.config["COUNCILGRAPH_DUMP_DIR"] = configured
    path = Path(configured)
    path.mkdir(parents=True, exist_ok=True)
    return path


def _dump_file(store) -> Path:
    """The gzipped N-Quads dump for the store's current version (generated if missing)."""
    version = store.version
    directory = _dump_dir()
    target = directory / f"councilgraph-{hashlib.sha1(version.encode()).hexdigest()[:16]}.nq.gz"
    with _dump_lock:
        if target.exists():
            return target
        tmp = directory / f".{target.name}.{os.getpid()}.tmp"
        try:
            with open(tmp, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=6, mtime=0) as out:
                store.dump(out, "application/n-quads")
            os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        for old in directory.glob("councilgraph-*.nq.gz"):
            if old != target:
                old.unlink(missing_ok=True)
    return target


@bp.route("/dumps/", methods=["GET"])
def dumps_index() -> Response:
    """A small HTML index of the downloadable dumps."""
    root = _root()
    html = f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>CouncilGraph dumps</title></head>
<body><h1>CouncilGraph data dumps</h1>
<ul><li><a href="{DUMP_NAME}">{DUMP_NAME}</a> — the whole dataset, gzipped N-Quads
(one named graph per source document), generated from the live store (version {current_store().version}).</li></ul>
<p>Dataset description: <a href="{root}.well-known/void">VoID</a>; query: <a href="{root}sparql">SPARQL endpoint</a>.</p>
</body></html>
"""
    return Response(html, content_type="text/html; charset=utf-8")


@bp.route("/dumps", methods=["GET"])
def dumps_redirect() -> Response:
    """``/dumps`` → ``/dumps/``."""
    from flask import redirect  # noqa: PLC0415

    return redirect(_root() + "dumps/", code=301)


@bp.route(f"/dumps/{DUMP_NAME}", methods=["GET"])
def dump() -> Response:
    """The whole dataset as gzipped N-Quads (streamed from the cached file)."""
    store = current_store()
    try:
        path = _dump_file(store)
    except (StoreError, OSError) as exc:
        return problem(500, f"could not write the dump: {exc}")
    response = send_file(path, mimetype="application/gzip", as_attachment=True, download_name=DUMP_NAME,
                         etag=hashlib.sha1(store.version.encode()).hexdigest(), conditional=True, max_age=0)
    response.headers["Content-Description"] = "gzipped N-Quads"
    return response
