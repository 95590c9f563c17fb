"""RDF media types and checked parsing, shared by every backend and the Graph Store Protocol."""

from __future__ import annotations

import pyoxigraph as ox

from .base import RDF_MEDIA_TYPES, DataSyntaxError, StoreError

__all__ = ["rdf_format", "parse_triples"]


def rdf_format(media_type: str) -> ox.RdfFormat:
    """The pyoxigraph format of a media type (parameters ignored); StoreError if unknown."""
    fmt = ox.RdfFormat.from_media_type(media_type.split(";")[0].strip())
    if fmt is None:
        raise StoreError(f"unsupported RDF media type {media_type!r}; expected one of {', '.join(RDF_MEDIA_TYPES)}")
    return fmt


def parse_triples(data: bytes, media_type: str) -> list[ox.Triple]:
    """Parse triples for one graph in full, refusing quads that name a graph.

    Raises :class:`DataSyntaxError` with the parser's message and position.
    """
    fmt = rdf_format(media_type)
    try:
        quads = list(ox.parse(data, fmt))
    except (SyntaxError, ValueError) as exc:
        raise DataSyntaxError(f"malformed {fmt.name}: {exc}") from exc
    triples = []
    for q in quads:
        if not isinstance(q.graph_name, ox.DefaultGraph):
            raise DataSyntaxError(f"{fmt.name} data for one graph names another graph ({q.graph_name})")
        triples.append(q.triple)
    return triples
