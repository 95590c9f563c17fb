"""``councilgraph serve --backend sparql``: the endpoint in front of another SPARQL 1.1 server."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import rdflib
import requests

from tests.server.endpoint_fixtures import EX
from tests.support.servers import free_port, run_councilgraph_server, wait_until_answers

REPO = Path(__file__).resolve().parents[2]


def test_serve_over_a_remote_store(private_store, tmp_path):
    with run_councilgraph_server(private_store) as remote:
        port = free_port()
        log = tmp_path / "front.log"
        with open(log, "wb") as out:
            front = subprocess.Popen(
                [sys.executable, "-m", "councilgraph.cli", "serve", "--backend", "sparql", "--query-url",
                 remote + "/sparql", "--port", str(port)],
                cwd=REPO, stdout=out, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, start_new_session=True)
        try:
            base = f"http://127.0.0.1:{port}"
            wait_until_answers(base + "/sparql?query=ASK%7B%7D", process=front, log=log)
            r = requests.get(base + "/sparql", params={"query": f"SELECT ?n WHERE {{ <{EX}bob> <http://xmlns.com/foaf/0.1/name> ?n }}"})
            assert r.status_code == 200
            assert [b["n"]["value"] for b in r.json()["results"]["bindings"]] == ["Bob Jones"]
            r = requests.get(base + "/sparql", params={"query": f"DESCRIBE <{EX}bob>"}, headers={"Accept": "text/turtle"})
            assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/turtle")
            assert len(rdflib.Graph().parse(data=r.text, format="turtle")) == 3
            r = requests.get(base + "/sparql", params={"query": "SELECT * WHERE {"})
            assert r.status_code == 400
        finally:
            front.terminate()
            front.wait(timeout=30)
