"""Facts that depend on every loaded document, kept in one derived graph.

Each document graph says what that document printed; some facts are only
right across all of them:

* **display labels** - a person printed "Mrs C Bell" in one pack and "Clair
  Bell" in another is one ``cg:Person``; each document graph records the forms
  it printed as ``skos:altLabel``, and the display ``rdfs:label`` ("the fullest
  form known") is chosen here;
* **status** - a meeting planned in a work programme, scheduled by an agenda
  and minuted later has one ``cg:status``: the most advanced ("held"); a
  decision proposed, endorsed, then taken is "taken". Each document graph keeps
  what it stated as ``cg:statedStatus``, with its evidence.

The derived graph, ``<base>graph/derived``, is recomputed from the union after
every load or removal. Every choice is deterministic, so the graph is the same
whatever order documents were loaded in.
"""

from __future__ import annotations

import io
from collections import defaultdict

import pyoxigraph as ox

from . import config
from .loaders.text.names import parse_name
from .rdf.mapping import STATED_IN_EACH_DOCUMENT
from .store import Store

__all__ = ["derived_graph_iri", "choose_label", "most_advanced_status", "refresh_derived", "STATUS_ORDER"]

#: statuses from least to most advanced, per kind
STATUS_ORDER = {
    "Meeting": ("planned", "scheduled", "held"),
    "Decision": ("proposed", "endorsed", "taken"),
}


def derived_graph_iri(base: str | None = None) -> str:
    return f"{base or config.DATA_BASE}graph/derived"


def _fullness(form: str) -> tuple:
    name = parse_name(form)
    richness = name.richness() if name is not None else (0, 0, 0)
    return (richness, len(form), tuple(-ord(c) for c in form))


def choose_label(forms: set[str]) -> str:
    """The fullest of the printed forms of one person's name.

    Most forenames, then initials, then a title, then the longer form, then the
    alphabetically first. With a forename printed the label is the plain name
    ("Clair Bell", from "Mrs Clair Bell" too); with initials only, the titled
    form ("Mr A M Ridgers").
    """
    best = max(forms, key=_fullness)
    name = parse_name(best)
    if name is None:
        return best
    return name.full if name.forenames else name.display


def most_advanced_status(kind: str, statuses: set[str]) -> str | None:
    order = STATUS_ORDER[kind]
    known = [s for s in statuses if s in order]
    return max(known, key=order.index) if known else None


def _select_pairs(store: Store, cls: str, prop: str) -> dict[str, set[str]]:
    rows = store.select(
        config.sparql_prefixes(("cg", "skos"))
        + f"SELECT ?entity ?value WHERE {{ ?entity a cg:{cls} ; {prop} ?value }}"
    )
    values: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        values[str(row["entity"])].add(str(row["value"]))
    return values


def derived_triples(store: Store) -> list[ox.Triple]:
    """The derived facts, computed from the union of the store's graphs."""
    triples: list[ox.Triple] = []
    for (schema, prop), stated in sorted(STATED_IN_EACH_DOCUMENT.items()):
        predicate = ox.NamedNode(config.PREFIXES[prop.split(":")[0]] + prop.split(":")[1])
        for entity, values in sorted(_select_pairs(store, schema, stated).items()):
            value = choose_label(values) if prop == "rdfs:label" else most_advanced_status(schema, values)
            if value is not None:
                triples.append(ox.Triple(ox.NamedNode(entity), predicate, ox.Literal(value)))
    return triples


def refresh_derived(store: Store, base: str | None = None) -> int:
    """Recompute the derived graph from the union; returns how many triples it holds."""
    graph = derived_graph_iri(base)
    triples = derived_triples(store)
    if not triples and graph not in store.graphs():
        return 0
    body = io.BytesIO()
    ox.serialize(triples, body, ox.RdfFormat.N_TRIPLES)
    return store.replace_graph(graph, body.getvalue())
