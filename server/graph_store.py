"""The SPARQL 1.1 Graph Store HTTP Protocol at ``/store`` (indirect identification).

``?graph=IRI`` names a graph; ``?default`` is the default graph, which here is
the read-only union of all named graphs (``sd:UnionDefaultGraph``): it can be
read but not written (405).

* ``GET``/``HEAD``: the graph's triples (Turtle by default; conneg and
  ``format=``); 404 when the graph does not exist.
* ``PUT``: replace the graph (201 when it was created, 204 when replaced).
* ``POST``: add the triples to the graph (201 created / 204 merged).
* ``DELETE``: drop the graph (204; 404 when missing).

Writes need the bearer token (:mod:`.auth`). Bodies may be Turtle,
N-Triples, RDF/XML or JSON-LD; malformed data answers 400 and changes nothing.
"""

from __future__ import annotations

import io

import pyoxigraph as ox
from flask import Blueprint, Response, request

from ..store import DataSyntaxError, StoreError
from ..store.rdf_data import parse_triples
from . import negotiation
from .app import current_store
from .auth import write_refusal
from .responses import problem
from .sparql import error_response
from .workers import NotAcceptableResult, QueryJob, execute_query

__all__ = ["bp", "merge_into_graph"]

bp = Blueprint("graph_store", __name__)

#: request bodies a graph can be written from (triples only)
WRITABLE = ("text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
            "application/x-turtle", "text/plain")
_ALIASES = {"application/x-turtle": "text/turtle", "text/plain": "application/n-triples"}


def _target() -> tuple[str | None, Response | None]:
    """The graph IRI addressed (None for the default graph), or an error response."""
    graphs = request.args.getlist("graph")
    default = "default" in request.args
    if default and graphs:
        return None, problem(400, "give either ?default or ?graph=IRI, not both")
    if len(graphs) > 1:
        return None, problem(400, "give exactly one ?graph=IRI")
    if not default and not graphs:
        return None, problem(400, "name the graph: ?graph=IRI, or ?default for the default graph")
    if default:
        return None, None
    iri = graphs[0]
    try:
        ox.NamedNode(iri)
    except ValueError as exc:
        return None, problem(400, f"graph must be an absolute IRI: {exc}")
    if ":" not in iri:
        return None, problem(400, f"graph must be an absolute IRI, not {iri!r}")
    return iri, None


def _exists(iri: str) -> bool:
    return current_store().ask(f"ASK {{ GRAPH <{iri}> {{ }} }}")


@bp.route("/store", methods=["GET", "HEAD", "PUT", "POST", "DELETE"])
def endpoint() -> Response:
    """Read or write one graph."""
    iri, error = _target()
    if error is not None:
        return error
    if request.method in ("GET", "HEAD"):
        return _read(iri)
    if iri is None:
        return problem(405, "the default graph is the read-only union of the named graphs; write to ?graph=IRI",
                       Allow="GET, HEAD")
    refusal = write_refusal()
    if refusal is not None:
        return refusal
    try:
        if request.method == "DELETE":
            if not current_store().remove_graph(iri):
                return problem(404, f"no graph <{iri}> in this store")
            return Response(status=204)
        data, media_type, error = _body()
        if error is not None:
            return error
        existed = _exists(iri)
        if request.method == "PUT":
            current_store().replace_graph(iri, data, media_type)
        else:
            merge_into_graph(current_store(), iri, data, media_type)
        return Response(status=204 if existed else 201)
    except DataSyntaxError as exc:
        return problem(400, f"Malformed RDF in the request body: {exc}")
    except StoreError as exc:
        return error_response(exc, "Write")


def _read(iri: str | None) -> Response:
    try:
        media_type = negotiation.choose(request.headers.get("Accept"), request.args.get("format"),
                                        negotiation.GRAPH, graph=True)
    except negotiation.UnknownFormat as exc:
        return problem(400, str(exc))
    if media_type is None:
        return problem(406, "no acceptable RDF media type; offered: " + ", ".join(negotiation.GRAPH))
    try:
        if iri is None:
            query = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
        else:
            if not _exists(iri):
                return problem(404, f"no graph <{iri}> in this store")
            query = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{iri}> {{ ?s ?p ?o }} }}"
        result = execute_query(current_store(), QueryJob(query, None, media_type))
    except NotAcceptableResult:
        return problem(406, "no acceptable RDF media type")
    except StoreError as exc:
        return error_response(exc, "Read")
    response = Response(b"" if request.method == "HEAD" else result.body, content_type=result.media_type)
    response.headers["Vary"] = "Accept"
    if request.method == "HEAD":
        response.headers["Content-Length"] = str(len(result.body))
    return response


def _body() -> tuple[bytes, str, Response | None]:
    mimetype = request.mimetype
    if mimetype not in WRITABLE:
        return b"", "", problem(415, f"Unsupported Content-Type {mimetype or '(none)'!r} for a graph: use "
                                     + ", ".join(WRITABLE[:4]))
    return request.get_data(cache=True), _ALIASES.get(mimetype, mimetype), None


def merge_into_graph(store, graph: str, data: bytes, media_type: str) -> int:
    """Add the triples in ``data`` to ``graph`` in one update; return their count.

    Blank nodes in ``data`` become fresh blank nodes (as the protocol asks).
    Raises :class:`DataSyntaxError` for malformed data or quads; nothing changes then.
    """
    triples = parse_triples(data, media_type)
    if not triples:
        return 0
    body = io.BytesIO()
    ox.serialize(triples, body, ox.RdfFormat.N_TRIPLES)
    store.update(f"INSERT DATA {{ GRAPH <{graph}> {{\n{body.getvalue().decode()}\n}} }}")
    return len(triples)
