"""Every store backend behind one fixture, so one contract suite runs against all.

``store`` is parametrised over:

* ``oxigraph``: the embedded :class:`OxigraphStore` on disk;
* ``virtuoso``: :class:`SparqlStore` on a real Virtuoso 7 on loopback, with the
  Graph Store Protocol (the recommended set-up: large graphs replaced by one PUT);
* ``virtuoso-update-only``: the same server reached through SPARQL Query and
  Update only (large graphs staged in chunks and moved in place).

One Virtuoso server is started per test session; each test starts from an
empty store (every data graph dropped).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from councilgraph.store import OxigraphStore, Store
from councilgraph.store.sparql import META_GRAPH, SparqlStore
from tests.support.virtuoso import run_virtuoso, virtuoso_available

BACKENDS = [
    "oxigraph",
    pytest.param("virtuoso", marks=pytest.mark.virtuoso),
    pytest.param("virtuoso-update-only", marks=pytest.mark.virtuoso),
]


@pytest.fixture(scope="session")
def virtuoso_server(tmp_path_factory):
    """One Virtuoso 7 server on loopback for the whole session."""
    if not virtuoso_available():
        pytest.skip("virtuoso-t is not installed (apt-get install virtuoso-opensource-7-bin)")
    with run_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


def _sparql_store(server, graph_store: bool) -> SparqlStore:
    if graph_store:
        return SparqlStore(
            server.sparql_url, server.sparql_url, server.graph_store_url,
            auth=("dba", "dba"), auth_scheme="digest",
        )
    return SparqlStore(server.sparql_url, server.sparql_url)


def _empty(store: SparqlStore) -> None:
    """Drop every data graph (and the version graph) so a test starts clean."""
    for g in list(store.graphs()) + [META_GRAPH]:
        store._post_update(f"DROP SILENT GRAPH <{g}>")


@pytest.fixture(params=BACKENDS)
def backend(request) -> str:
    return request.param


@contextlib.contextmanager
def empty_store(backend: str, request, directory: Path) -> Iterator[Store]:
    """An empty store of ``backend`` (the embedded one in ``directory``)."""
    if backend == "oxigraph":
        s = OxigraphStore(directory / "store")
        yield s
        s.close()
        return
    server = request.getfixturevalue("virtuoso_server")
    s = _sparql_store(server, graph_store=(backend == "virtuoso"))
    _empty(s)
    yield s
    _empty(s)
    s.close()


@pytest.fixture
def store(backend, request, tmp_path):
    """An empty store of each backend."""
    with empty_store(backend, request, tmp_path) as s:
        yield s
