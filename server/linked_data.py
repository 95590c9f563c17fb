"""Browser: dereferenceable IRIs — path ↔ IRI mapping, content negotiation, RDF descriptions.

A data IRI ``<base>meeting/kcc/asc/2023-07-06`` is served at ``/id/meeting/kcc/asc/2023-07-06``;
``/id/...`` answers 303 to ``/page/...`` (HTML) or ``/data/....ttl`` (and ``.jsonld``,
``.rdf``, ``.nt``) by the Accept header. ``/data/...`` carries the resource's concise
bounded description: its outgoing triples, its evidence nodes, the labels and types of
what it links to, and the incoming links.
"""

from __future__ import annotations

import io
import re

import pyoxigraph as ox

from .. import config
from ..store import Store

__all__ = [
    "RDF_FORMATS",
    "HTML",
    "data_base",
    "iri_for_path",
    "path_for_iri",
    "page_url",
    "is_safe_iri",
    "sparql_iri",
    "negotiate",
    "describe",
    "exists",
]

#: file extension → media type of the RDF serialisations /data/ offers
RDF_FORMATS = {
    "ttl": "text/turtle",
    "jsonld": "application/ld+json",
    "rdf": "application/rdf+xml",
    "nt": "application/n-triples",
}
HTML = "text/html"

#: characters that may never appear in an IRI written into SPARQL text
_UNSAFE = re.compile(r'[\x00-\x20<>"{}|\\^`]')


def data_base() -> str:
    """The base of data IRIs (``COUNCILGRAPH_BASE``; read at call time so tests may change it)."""
    return config.DATA_BASE


def is_safe_iri(iri: str) -> bool:
    """True for an absolute IRI that can be written as ``<iri>`` in SPARQL without escaping."""
    return bool(iri) and ":" in iri and not _UNSAFE.search(iri)


def sparql_iri(iri: str) -> str:
    """``<iri>`` for SPARQL text; raises ValueError for anything that could break out."""
    if not is_safe_iri(iri):
        raise ValueError(f"not a usable IRI: {iri!r}")
    return f"<{iri}>"


def iri_for_path(path: str) -> str:
    """``meeting/kcc/x`` → ``<base>meeting/kcc/x``."""
    return data_base() + path.strip("/")


def path_for_iri(iri: str) -> str | None:
    """The server path of a data IRI (without the ``/id/`` or ``/page/`` prefix), or None."""
    base = data_base()
    if iri.startswith(base) and len(iri) > len(base):
        return iri[len(base):]
    return None


def page_url(iri: str) -> str | None:
    """Where the browser shows ``iri``: ``/page/...``, ``/document/<id>``, ``/ontology#Term``."""
    path = path_for_iri(iri)
    if path is not None:
        if path.startswith("document/"):
            return "/" + path
        return "/page/" + path
    if iri.startswith(config.ONTOLOGY_NS):
        return "/ontology#" + iri[len(config.ONTOLOGY_NS):]
    return None


def negotiate(accept_mimetypes) -> str | None:
    """The extension to serve (``"html"`` or a key of :data:`RDF_FORMATS`), None if nothing fits.

    ``accept_mimetypes`` is werkzeug's parsed Accept header; HTML wins ties (browsers,
    ``*/*``), and RDF media types are only chosen when asked for.
    """
    offers = [HTML, "application/xhtml+xml", *RDF_FORMATS.values()]
    if not accept_mimetypes:
        return "html"
    best = accept_mimetypes.best_match(offers)
    if best is None:
        return None
    if best in (HTML, "application/xhtml+xml"):
        return "html"
    return next(ext for ext, mt in RDF_FORMATS.items() if mt == best)


def exists(store: Store, iri: str) -> bool:
    """True when the store says anything about ``iri`` (as subject or object)."""
    ref = sparql_iri(iri)
    return store.ask(f"ASK {{ {{ {ref} ?p ?o }} UNION {{ ?s ?p {ref} }} }}")


def describe(store: Store, iri: str, media_type: str, incoming_limit: int = 2000) -> bytes:
    """The concise bounded description of ``iri`` serialised in ``media_type``."""
    ref = sparql_iri(iri)
    query = f"""
PREFIX cg: <{config.ONTOLOGY_NS}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT {{
  {ref} ?p ?o . ?o rdfs:label ?olabel . ?o a ?otype .
  ?ev ?ep ?eo .
  ?in ?ip {ref} . ?in rdfs:label ?inlabel .
}} WHERE {{
  {{ {ref} ?p ?o . OPTIONAL {{ ?o rdfs:label ?olabel }} OPTIONAL {{ FILTER(isIRI(?o) && ?p != cg:evidence) ?o a ?otype }} }}
  UNION {{ {ref} cg:evidence ?ev . ?ev ?ep ?eo }}
  UNION {{ {{ SELECT ?in ?ip WHERE {{ ?in ?ip {ref} }} LIMIT {int(incoming_limit)} }}
           OPTIONAL {{ ?in rdfs:label ?inlabel }} }}
}}"""
    if media_type == "text/turtle":
        # Turtle reads better with the project's prefixes; the store writes none, so re-serialise.
        nt = store.query_raw(query, "application/n-triples").body
        out = io.BytesIO()
        ox.serialize(ox.parse(nt, ox.RdfFormat.N_TRIPLES), out, ox.RdfFormat.TURTLE, prefixes=_TURTLE_PREFIXES)
        return out.getvalue()
    return store.query_raw(query, media_type).body


_TURTLE_PREFIXES = {p: ns for p, ns in config.PREFIXES.items() if p in ("cg", "data", "rdf", "rdfs", "xsd", "org", "foaf", "dct", "prov", "skos")}
