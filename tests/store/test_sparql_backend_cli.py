"""`councilgraph load` and `councilgraph serve` with ``--backend sparql`` on a real Virtuoso.

The commands run as subprocesses, exactly as a user types them; credentials come
from the environment (COUNCILGRAPH_SPARQL_USER / _PASSWORD / _AUTH).
"""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import requests

from councilgraph import config
from councilgraph.store.sparql import SparqlStore
from tests.store.conftest import _empty, _sparql_store
from tests.support.servers import run_councilgraph_server

pytestmark = pytest.mark.virtuoso

EX = "https://example.org/"


@pytest.fixture
def virtuoso(virtuoso_server):
    store = _sparql_store(virtuoso_server, graph_store=True)
    _empty(store)
    yield virtuoso_server
    _empty(store)


def _backend_args(v) -> list[str]:
    return ["--backend", "sparql", "--query-url", v.sparql_url, "--update-url", v.sparql_url,
            "--graph-store-url", v.graph_store_url]


def _env() -> dict[str, str]:
    return {**os.environ, "COUNCILGRAPH_SPARQL_USER": "dba", "COUNCILGRAPH_SPARQL_PASSWORD": "dba",
            "COUNCILGRAPH_SPARQL_AUTH": "digest"}


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "councilgraph.cli", *args], capture_output=True, text=True, check=False,
                          env=_env(), timeout=600)


def test_load_rdf_files_and_documents_into_virtuoso(virtuoso, tmp_path):
    nq = tmp_path / "extra.nq"
    nq.write_text(
        "".join(f'<{EX}s{i}> <{EX}p> "{i}" <{EX}graph/{i % 3}> .\n' for i in range(3000))
    )
    proc = _cli("load", str(nq), str(config.BUNDLED_DOCUMENTS / "000_85e50b6c2a77ab48.txt"), *_backend_args(virtuoso))
    assert proc.returncode == 0, proc.stderr
    graphs = SparqlStore(virtuoso.sparql_url).graphs()
    assert {g: n for g, n in graphs.items() if g.startswith(EX)} == {f"{EX}graph/{i}": 1000 for i in range(3)}
    documents = [g for g in graphs if g.startswith(config.DATA_BASE + "document/")]
    assert len(documents) == 1 and graphs[documents[0]] > 1000


def test_malformed_rdf_is_refused_and_changes_nothing(virtuoso, tmp_path):
    bad = tmp_path / "bad.ttl"
    bad.write_text(f"<{EX}a> <{EX}b> .\n")
    proc = _cli("load", str(bad), *_backend_args(virtuoso))
    assert proc.returncode == 1
    assert "bad.ttl" in proc.stderr + proc.stdout
    assert SparqlStore(virtuoso.sparql_url).graphs() == {}


def test_serve_answers_from_virtuoso(virtuoso, tmp_path):
    store = _sparql_store(virtuoso, graph_store=True)
    store.replace_graph(f"{EX}graph/a", f'<{EX}m> <http://www.w3.org/2000/01/rdf-schema#label> "Cabinet" .\n'.encode())
    with run_councilgraph_server(tmp_path / "unused", *_backend_args(virtuoso), env=_env()) as base:
        r = requests.get(f"{base}/sparql", params={"query": f"SELECT ?l WHERE {{ <{EX}m> ?p ?l }}"},
                         headers={"Accept": "application/sparql-results+json"}, timeout=30)
        assert r.status_code == 200, r.text
        assert [b["l"]["value"] for b in r.json()["results"]["bindings"]] == ["Cabinet"]
        r = requests.get(f"{base}/sparql", params={"query": "SELECT * WHERE { ?s ?p }"}, timeout=30)
        assert r.status_code == 400
