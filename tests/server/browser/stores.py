"""The hand-made fixture graph of the browser tests, and the IRIs in it.

Imported as ``tests.server.browser.stores``.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox

from councilgraph.store import OxigraphStore

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
FIXTURE = HERE / "fixture.trig"

DATA = "https://w3id.org/councilgraph/id/"
CROSSROADS = DATA + "organisation/crossroads-care-kent"
CLAIR_BELL = DATA + "person/clair-bell"
CONTRACT = DATA + "contract/carers-short-breaks-service"
MEETING = DATA + "meeting/kent-county-council/adult-social-care-cabinet-committee/2023-07-06"
DECISION = DATA + "decision/23-00074"


def graphs_of(trig: bytes) -> dict[str, bytes]:
    """The named graphs of a TriG text, each as N-Triples."""
    by_graph: dict[str, list[ox.Triple]] = defaultdict(list)
    for quad in ox.parse(trig, ox.RdfFormat.TRIG):
        by_graph[quad.graph_name.value].append(quad.triple)
    out = {}
    for graph, triples in by_graph.items():
        buf = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES)
        out[graph] = buf
    return out


def build_fixture_store(path: Path) -> Path:
    """A store on disk holding fixture.trig, one named graph per source document."""
    store = OxigraphStore(path)
    try:
        for graph, nt in graphs_of(FIXTURE.read_bytes()).items():
            store.replace_graph(graph, nt, "application/n-triples")
    finally:
        store.close()
    return path
