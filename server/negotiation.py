"""Content negotiation: Accept headers and ``format=`` overrides → one media type.

Two families: SPARQL results (SELECT/ASK) and RDF graphs (CONSTRUCT/DESCRIBE,
Graph Store reads, VoID, the service description). Each family offers its
media types in server-preference order; the first one is the default for
``*/*`` or a missing Accept header. ``format=`` takes a short name
(``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``ntriples``, ``rdfxml``,
``jsonld``, ``nquads``, ``trig`` ...) or a media type and wins over Accept.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

__all__ = [
    "RESULTS",
    "GRAPH",
    "DATASET",
    "FORMAT_NAMES",
    "UnknownFormat",
    "parse_accept",
    "negotiate",
    "choose",
]

#: SPARQL results media types, server preference first; aliases map to the canonical type
RESULTS = {
    "application/sparql-results+json": "application/sparql-results+json",
    "application/sparql-results+xml": "application/sparql-results+xml",
    "text/csv": "text/csv",
    "text/tab-separated-values": "text/tab-separated-values",
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
}

#: RDF graph media types (triples), server preference first
GRAPH = {
    "text/turtle": "text/turtle",
    "application/n-triples": "application/n-triples",
    "application/rdf+xml": "application/rdf+xml",
    "application/ld+json": "application/ld+json",
    "application/n-quads": "application/n-quads",
    "application/trig": "application/trig",
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/xml": "application/rdf+xml",
    "text/xml": "application/rdf+xml",
    "application/json": "application/ld+json",
}

#: RDF dataset media types (quads)
DATASET = {
    "application/n-quads": "application/n-quads",
    "application/trig": "application/trig",
}

#: ``format=`` short names → media type
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "srj": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "srx": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "ttl": "text/turtle",
    "ntriples": "application/n-triples",
    "n-triples": "application/n-triples",
    "nt": "application/n-triples",
    "rdfxml": "application/rdf+xml",
    "rdf": "application/rdf+xml",
    "rdf+xml": "application/rdf+xml",
    "jsonld": "application/ld+json",
    "json-ld": "application/ld+json",
    "nquads": "application/n-quads",
    "n-quads": "application/n-quads",
    "nq": "application/n-quads",
    "trig": "application/trig",
}

#: where a short name means something else for a graph result
_GRAPH_FORMAT_NAMES = {
    "json": "application/ld+json",
    "xml": "application/rdf+xml",
}


class UnknownFormat(ValueError):
    """A ``format=`` value that names no known format."""


@dataclass(frozen=True)
class _Range:
    type: str
    subtype: str
    q: float
    order: int

    def matches(self, media_type: str) -> int:
        """Specificity of the match (2 exact, 1 type/*, 0 */*), or -1."""
        t, _, s = media_type.partition("/")
        if self.type == "*" and self.subtype == "*":
            return 0
        if self.type == t and self.subtype == "*":
            return 1
        if self.type == t and self.subtype == s:
            return 2
        return -1


def parse_accept(header: str | None) -> list[_Range]:
    """The media ranges of an Accept header (malformed parts are skipped)."""
    ranges = []
    for order, part in enumerate((header or "").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        media = pieces[0].lower()
        if "/" not in media:
            if media == "*":
                media = "*/*"
            else:
                continue
        q = 1.0
        for param in pieces[1:]:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = max(0.0, min(1.0, float(value)))
                except ValueError:
                    q = 0.0
        t, _, s = media.partition("/")
        ranges.append(_Range(t, s, q, order))
    return ranges


def negotiate(accept: str | None, offers: dict[str, str]) -> str | None:
    """The canonical media type to answer with, or None when nothing is acceptable."""
    if not accept or not accept.strip():
        return next(iter(offers.values()))
    ranges = parse_accept(accept)
    if not ranges:
        return next(iter(offers.values()))
    best: tuple[float, int, int, int] | None = None
    chosen = None
    for position, offer in enumerate(offers):
        quality, specificity, order = -1.0, -1, 0
        for r in ranges:
            spec = r.matches(offer)
            if spec > specificity:
                quality, specificity, order = r.q, spec, r.order
        if specificity < 0 or quality <= 0:
            continue
        # higher q first; then the client's own order for equal q among explicit types;
        # then the server's preference
        key = (quality, 1 if specificity == 2 else 0, -order if specificity == 2 else 0, -position)
        if best is None or key > best:
            best, chosen = key, offers[offer]
    return chosen


def choose(accept: str | None, format_param: str | None, offers: dict[str, str], *, graph: bool = False) -> str | None:
    """Pick a media type from ``format=`` (if given) or the Accept header (memoised for the standard offers).

    Raises :class:`UnknownFormat` for a ``format=`` naming nothing known;
    returns None when the format or the Accept header allows none of ``offers``.
    """
    family = _FAMILIES.get(id(offers))
    if family is not None and family[0] is offers:
        return _choose_memo(accept, format_param, family[1], graph)
    return _choose(accept, format_param, offers, graph=graph)


@lru_cache(maxsize=512)
def _choose_memo(accept: str | None, format_param: str | None, family: str, graph: bool) -> str | None:
    return _choose(accept, format_param, {"results": RESULTS, "graph": GRAPH}[family], graph=graph)


_FAMILIES = {id(RESULTS): (RESULTS, "results"), id(GRAPH): (GRAPH, "graph")}


def _choose(accept: str | None, format_param: str | None, offers: dict[str, str], *, graph: bool = False) -> str | None:
    """Pick a media type from ``format=`` (if given) or the Accept header.

    Raises :class:`UnknownFormat` for a ``format=`` naming nothing known;
    returns None when the format or the Accept header allows none of ``offers``.
    """
    if format_param:
        name = format_param.strip().lower()
        media = (_GRAPH_FORMAT_NAMES.get(name) if graph else None) or FORMAT_NAMES.get(name)
        if media is None and "/" in name:
            media = name.split(";")[0].strip()
        if media is None:
            raise UnknownFormat(
                f"unknown format {format_param!r}; use one of {', '.join(sorted(FORMAT_NAMES))} or a media type"
            )
        return offers.get(media)
    return negotiate(accept, offers)
