"""Display labels chosen across documents.

A person printed "Mrs C Bell" in one agenda pack and "Clair Bell" in another
is one ``cg:Person`` (same IRI); each document graph records the forms it
printed as ``skos:altLabel``. The display label - ``rdfs:label``, "the fullest
form known" - depends on every loaded document, so it lives in one derived
graph, ``<base>graph/labels``, recomputed from the union after every load or
removal. The choice is deterministic (fullest form: most forenames, then
initials, then title, then the longer, then the alphabetically first; shown
without the title when a forename is known), so the
graph is the same whatever order documents were loaded in.
"""

from __future__ import annotations

import io
from collections import defaultdict

import pyoxigraph as ox

from . import config
from .loaders.text.names import parse_name
from .rdf.mapping import LABELS_CHOSEN_ACROSS_DOCUMENTS
from .store import Store

__all__ = ["labels_graph_iri", "choose_label", "refresh_labels"]


def labels_graph_iri(base: str | None = None) -> str:
    return f"{base or config.DATA_BASE}graph/labels"


def _fullness(form: str) -> tuple:
    name = parse_name(form)
    richness = name.richness() if name is not None else (0, 0, 0)
    return (richness, len(form), tuple(-ord(c) for c in form))


def choose_label(forms: set[str]) -> str:
    """The fullest of the printed forms of one person's name.

    With a forename printed the label is the plain name ("Clair Bell", from
    "Mrs Clair Bell" too); with initials only, the titled form ("Mr A M Ridgers").
    """
    best = max(forms, key=_fullness)
    name = parse_name(best)
    if name is None:
        return best
    return name.full if name.forenames else name.display


def refresh_labels(store: Store, base: str | None = None) -> int:
    """Recompute the labels graph from the union; returns how many labels it holds."""
    graph = labels_graph_iri(base)
    classes = " ".join(f"<{config.ONTOLOGY_NS}{schema}>" for schema in sorted(LABELS_CHOSEN_ACROSS_DOCUMENTS))
    rows = store.select(
        config.sparql_prefixes(("skos",))
        + f"SELECT ?entity ?form WHERE {{ VALUES ?class {{ {classes} }} ?entity a ?class ; skos:altLabel ?form }}"
    )
    forms: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        forms[str(row["entity"])].add(str(row["form"]))
    label = ox.NamedNode(config.PREFIXES["rdfs"] + "label")
    triples = [ox.Triple(ox.NamedNode(e), label, ox.Literal(choose_label(f))) for e, f in sorted(forms.items())]
    if not triples and graph not in store.graphs():
        return 0
    body = io.BytesIO()
    ox.serialize(triples, body, ox.RdfFormat.N_TRIPLES)
    return store.replace_graph(graph, body.getvalue())
