"""Stores: the embedded pyoxigraph store and (later) remote SPARQL 1.1 stores."""

from .base import (
    RDF_MEDIA_TYPES,
    RESULTS_MEDIA_TYPES,
    DataSyntaxError,
    QuerySyntaxError,
    RawResult,
    Store,
    StoreError,
)
from .oxigraph import OxigraphStore

__all__ = [
    "Store", "OxigraphStore", "RawResult", "StoreError", "QuerySyntaxError", "DataSyntaxError",
    "RDF_MEDIA_TYPES", "RESULTS_MEDIA_TYPES", "open_store",
]


def open_store(path=None, *, backend: str = "oxigraph", read_only: bool = False, **options) -> Store:
    """Open the store a command or the server works on.

    ``backend="oxigraph"`` (default) opens the embedded store at ``path``;
    ``backend="sparql"`` connects to a remote SPARQL 1.1 store given
    ``query_url``, ``update_url`` and optionally ``graph_store_url``.
    """
    if backend == "oxigraph":
        return OxigraphStore(path, read_only=read_only)
    if backend == "sparql":
        from .sparql import SparqlStore  # noqa: PLC0415 - optional backend

        return SparqlStore(**options)
    raise StoreError(f"unknown store backend {backend!r}; expected 'oxigraph' or 'sparql'")
