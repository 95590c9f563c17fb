"""The narrow store interface every backend implements.

The store knows RDF and SPARQL, nothing of documents. It holds one named graph
per source (graph IRI = document IRI) and answers queries over the union of
named graphs as the default graph. Two backends implement it:
:class:`~councilgraph.store.oxigraph.OxigraphStore` (embedded, the default)
and :class:`~councilgraph.store.sparql.SparqlStore` (any SPARQL 1.1 server).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from dataclasses import dataclass
from typing import BinaryIO, Iterable, Sequence

import rdflib

__all__ = [
    "Store",
    "RawResult",
    "StoreError",
    "QuerySyntaxError",
    "DataSyntaxError",
    "RDF_MEDIA_TYPES",
    "RESULTS_MEDIA_TYPES",
]

#: RDF serialisations the stores read and write, by media type → short name.
RDF_MEDIA_TYPES = {
    "application/n-quads": "nquads",
    "application/trig": "trig",
    "text/turtle": "turtle",
    "application/n-triples": "ntriples",
    "application/ld+json": "jsonld",
    "application/rdf+xml": "rdfxml",
}

#: SPARQL query results serialisations, by media type → short name.
RESULTS_MEDIA_TYPES = {
    "application/sparql-results+json": "json",
    "application/sparql-results+xml": "xml",
    "text/csv": "csv",
    "text/tab-separated-values": "tsv",
}


class StoreError(Exception):
    """A store operation failed; nothing was changed."""


class QuerySyntaxError(StoreError):
    """A malformed SPARQL query or update, with the position the parser gave."""

    def __init__(self, message: str, line: int | None = None, column: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line
        self.column = column


class DataSyntaxError(StoreError):
    """Malformed RDF data offered for loading; nothing was loaded."""


@dataclass(frozen=True)
class RawResult:
    """A serialised query result.

    ``kind`` is ``"bindings"`` (SELECT), ``"boolean"`` (ASK) or ``"graph"``
    (CONSTRUCT/DESCRIBE); ``body`` is serialised in ``media_type``.
    """

    kind: str
    body: bytes
    media_type: str


class Store(ABC):
    """One RDF dataset: named graphs, SPARQL over their union."""

    #: short name of the backend, e.g. "oxigraph" or "sparql"
    backend: str = "abstract"

    #: whether the default graph is the RDF merge of the named graphs (a *set*: a triple
    #: several graphs state matches once), or their union with repeats (a *bag*, as
    #: Virtuoso's default graph is); see councilgraph.store.union_graph
    default_graph_is_set: bool = False

    # -- reading ---------------------------------------------------------
    @abstractmethod
    def query_raw(
        self,
        query: str,
        media_type: str,
        *,
        default_graph_uris: Sequence[str] = (),
        named_graph_uris: Sequence[str] = (),
        base_iri: str | None = None,
    ) -> RawResult:
        """Run any SPARQL query; serialise SELECT/ASK results or CONSTRUCT/DESCRIBE
        graphs in ``media_type`` (one of :data:`RESULTS_MEDIA_TYPES` for
        solutions, :data:`RDF_MEDIA_TYPES` for graphs).

        With no ``default_graph_uris`` the default graph is the union of all
        named graphs. Raises :class:`QuerySyntaxError` for a malformed query.
        """

    @abstractmethod
    def select(self, query: str) -> list[dict[str, rdflib.term.Node]]:
        """Run a SELECT query and return its rows as rdflib terms (unbound → absent)."""

    @abstractmethod
    def ask(self, query: str) -> bool:
        """Run an ASK query."""

    @abstractmethod
    def construct(self, query: str) -> rdflib.Graph:
        """Run a CONSTRUCT or DESCRIBE query into an rdflib graph."""

    @abstractmethod
    def graphs(self) -> dict[str, int]:
        """Every named graph IRI with its number of triples."""

    @abstractmethod
    def dump(self, out: BinaryIO, media_type: str = "application/n-quads", graph: str | None = None) -> None:
        """Serialise the whole dataset (quads) or one named graph (triples) to ``out``."""

    @property
    @abstractmethod
    def version(self) -> str:
        """An opaque token that changes whenever the data changes."""

    # -- writing (each call is atomic: on failure the store is unchanged) --
    @abstractmethod
    def replace_graph(self, graph: str, data: bytes, media_type: str = "application/n-triples") -> int:
        """Replace the named graph ``graph`` with the triples in ``data``; return their count.

        Triples only: quads in ``data`` are refused. Raises
        :class:`DataSyntaxError` for malformed data and leaves the store as it was.
        """

    @abstractmethod
    def remove_graph(self, graph: str) -> bool:
        """Drop a named graph; return whether it existed."""

    @abstractmethod
    def update(self, update: str) -> None:
        """Run a SPARQL 1.1 Update request as one transaction."""

    def load_file(self, path: str, media_type: str, graph: str | None = None) -> dict[str, int]:
        """Bulk-load an RDF file; return triple counts per graph it replaced.

        Triple formats (Turtle, N-Triples, RDF/XML, JSON-LD) replace ``graph``;
        dataset formats (N-Quads, TriG) replace every named graph they contain
        (their default-graph triples go to ``graph``). The file is parsed in
        full before anything changes: malformed data raises
        :class:`DataSyntaxError` and leaves the store as it was. This portable
        version goes through :meth:`replace_graph`; backends override it with
        their native bulk loader.
        """
        import io

        import pyoxigraph as ox

        fmt = ox.RdfFormat.from_media_type(media_type)
        if fmt is None:
            raise StoreError(f"unsupported RDF media type {media_type!r}")
        per_graph: dict[str, list] = {}
        try:
            for q in ox.parse(path=path, format=fmt):
                g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else graph
                if g is None:
                    raise DataSyntaxError(f"{path}: triples outside a named graph and no target graph given")
                per_graph.setdefault(g, []).append(q.triple)
        except (SyntaxError, ValueError) as exc:
            raise DataSyntaxError(f"{path}: malformed {fmt.name}: {exc}") from exc
        counts = {}
        for g, triples in per_graph.items():
            body = io.BytesIO()
            ox.serialize(triples, body, ox.RdfFormat.N_TRIPLES)
            counts[g] = self.replace_graph(g, body.getvalue())
        return counts

    def replace_graphs(self, graphs: Iterable[tuple[str, bytes, str]]) -> dict[str, int]:
        """Replace several graphs; each one atomically. Returns triple counts."""
        return {g: self.replace_graph(g, data, mt) for g, data, mt in graphs}

    def close(self) -> None:  # pragma: no cover - trivial default
        """Release the store's resources."""

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
