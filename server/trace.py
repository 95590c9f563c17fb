"""Browser: provider trace and neighbourhood network, with networkx over the entity graph.

The graph has one node per resource and one edge per resource-to-resource triple,
leaving out bookkeeping links (types, evidence, derivation, source documents) so that
paths run through contracts, decisions, meetings, items, declarations, posts and
memberships. Paths never pass *through* the council or a party ("both belong to Kent
County Council" connects everything and says nothing), and edges into other well-connected
hubs (a committee, a busy meeting) cost more, so the shortest paths prefer specific links.
The graph is rebuilt when ``store.version`` changes.
"""

from __future__ import annotations

import itertools
import math
import threading
from dataclasses import dataclass

import networkx as nx

from ..store import Store
from .linked_data import page_url
from .pages import KIND_NAMES, PREFIX_BLOCK, best_label, curie, fallback_label, kind_of, property_label

__all__ = ["Step", "EntityGraph", "graph_for"]

#: links that say nothing about who did what with whom
_SKIPPED = ("rdf:type", "cg:evidence", "cg:sourceDocument", "cg:evidenceProperty", "prov:wasDerivedFrom")


#: the pseudo-property of a link the browser adds: a contract and an agenda item read from
#: the same lines of a document
SAME_LINES = "urn:councilgraph:browser:readFromTheSameLinesAs"
_LABELS = {SAME_LINES: "read from the same lines as"}

#: kinds a path may start or end at but never pass through
_NOT_THROUGH = frozenset({"council", "party"})


@dataclass
class Step:
    iri: str
    label: str
    kind: str
    url: str
    #: how this step is linked to the previous one, e.g. "provider of ←" (None for the first)
    via: str | None = None


class EntityGraph:
    def __init__(self, graph: nx.Graph, labels: dict[str, str], kinds: dict[str, str]) -> None:
        self.graph = graph
        self.labels = labels
        self.kinds = kinds

    @classmethod
    def build(cls, store: Store) -> "EntityGraph":
        skipped = ", ".join(_SKIPPED)
        rows = store.select(f"""{PREFIX_BLOCK}
SELECT ?s ?p ?o WHERE {{ ?s ?p ?o FILTER(isIRI(?o) && isIRI(?s)) FILTER(?p NOT IN ({skipped})) }}""")
        g = nx.Graph()
        for r in rows:
            s, p, o = str(r["s"]), str(r["p"]), str(r["o"])
            if s == o:
                continue
            if g.has_edge(s, o):
                g[s][o]["props"].add((s, p, o))
            else:
                g.add_edge(s, o, props={(s, p, o)})
        # a contract and a minuted item read from the same lines (a contract described in the
        # item's heading or narrative) are linked too, labelled as such
        for r in store.select(f"""{PREFIX_BLOCK}SELECT DISTINCT ?contract ?item WHERE {{
  {{ SELECT ?contract ?doc ?cs ?ce WHERE {{ ?contract a cg:Contract ; cg:evidence ?e .
       ?e cg:sourceDocument ?doc ; cg:startLine ?cs ; cg:endLine ?ce }} }}
  {{ SELECT ?item ?doc ?is ?ie WHERE {{ ?item a cg:AgendaItem ; cg:evidence ?e .
       ?e cg:sourceDocument ?doc ; cg:startLine ?is ; cg:endLine ?ie }} }}
  FILTER(?cs <= ?ie && ?is <= ?ce) }}"""):
            c, i = str(r["contract"]), str(r["item"])
            if g.has_edge(c, i):
                g[c][i]["props"].add((c, SAME_LINES, i))
            else:
                g.add_edge(c, i, props={(c, SAME_LINES, i)})
        for u, v, data in g.edges(data=True):
            hub = max(g.degree(u), g.degree(v))
            data["weight"] = 1.0 + 2.0 * max(0.0, math.log10(hub) - 1.0)
        named: dict[str, list[list[str]]] = {}
        for r in store.select(f"{PREFIX_BLOCK}SELECT ?s ?l ?f WHERE {{ {{ ?s rdfs:label ?l BIND(0 AS ?f) }} UNION {{ ?s dct:title ?l BIND(1 AS ?f) }} }}"):
            named.setdefault(str(r["s"]), [[], []])[int(r["f"])].append(str(r["l"]))
        labels = {s: best_label(ls[0]) or best_label(ls[1]) for s, ls in named.items()}
        types: dict[str, set[str]] = {}
        for r in store.select(f"{PREFIX_BLOCK}SELECT ?s ?t WHERE {{ ?s a ?t FILTER(?t != cg:Evidence) }}"):
            types.setdefault(str(r["s"]), set()).add(str(r["t"]))
        kinds = {s: kind_of(t) for s, t in types.items()}
        return cls(g, labels, kinds)

    def _step(self, iri: str, via: str | None = None) -> Step:
        return Step(iri, self.labels.get(iri) or fallback_label(iri), self.kinds.get(iri, "thing"), page_url(iri) or iri, via)

    def _via(self, a: str, b: str) -> str:
        parts = []
        for s, p, o in sorted(self.graph[a][b]["props"]):
            name = _LABELS.get(p) or property_label(p)
            parts.append(f"{name} →" if s == a else f"← {name}")
        return " / ".join(parts)

    def paths(self, a: str, b: str, limit: int = 5, max_len: int = 8) -> list[list[Step]]:
        """Up to ``limit`` shortest simple paths from ``a`` to ``b`` (cheapest first)."""
        if a not in self.graph or b not in self.graph or a == b:
            return []
        graph = nx.subgraph_view(self.graph, filter_node=lambda n: n in (a, b) or self.kinds.get(n) not in _NOT_THROUGH)
        try:
            gen = nx.shortest_simple_paths(graph, a, b, weight="weight")
            found = []
            for path in itertools.islice(gen, limit * 4):
                if len(path) - 1 > max_len:
                    break
                found.append(path)
                if len(found) >= limit:
                    break
        except nx.NetworkXNoPath:
            return []
        out = []
        for path in found:
            steps = [self._step(path[0])]
            for prev, cur in zip(path, path[1:]):
                steps.append(self._step(cur, self._via(prev, cur)))
            out.append(steps)
        return out

    def neighbourhood(self, iri: str, depth: int = 1, max_nodes: int = 150) -> dict | None:
        """Cytoscape elements for the resources within ``depth`` links of ``iri``."""
        if iri not in self.graph:
            return None
        seen = {iri: 0}
        frontier = [iri]
        for d in range(1, depth + 1):
            nxt = []
            for n in frontier:
                for m in sorted(self.graph.neighbors(n), key=lambda m: self.graph.degree(m)):
                    if m not in seen and len(seen) < max_nodes:
                        seen[m] = d
                        nxt.append(m)
            frontier = nxt
        nodes = [{"data": {"id": n, "label": self.labels.get(n) or fallback_label(n), "kind": self.kinds.get(n, "thing"),
                           "kindName": KIND_NAMES.get(self.kinds.get(n, "thing"), ""), "url": page_url(n) or n,
                           "depth": d}} for n, d in seen.items()]
        edges = []
        for u, v in self.graph.subgraph(seen).edges():
            for s, p, o in sorted(self.graph[u][v]["props"]):
                edges.append({"data": {"id": f"{s}|{p}|{o}", "source": s, "target": o, "label": _LABELS.get(p) or curie(p)}})
        return {"center": iri, "depth": depth, "truncated": len(seen) >= max_nodes, "elements": {"nodes": nodes, "edges": edges}}


_lock = threading.Lock()
_cache: dict[int, tuple[str, EntityGraph]] = {}


def graph_for(store: Store) -> EntityGraph:
    """The entity graph of ``store``, rebuilt when ``store.version`` changes."""
    version = store.version
    with _lock:
        cached = _cache.get(id(store))
        if cached and cached[0] == version:
            return cached[1]
        graph = EntityGraph.build(store)
        _cache[id(store)] = (version, graph)
        return graph
