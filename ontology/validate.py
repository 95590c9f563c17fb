"""Check data against the SHACL shapes (pySHACL) and for OWL consistency (HermiT).

``validate_graph`` validates a Graph, or a Dataset/ConjunctiveGraph one named graph at
a time and then as the union of its graphs (the endpoint's default graph).
``check_consistency`` runs HermiT (through owlready2, Java 17) on the ontology,
optionally together with a data graph.
"""

from __future__ import annotations

import os
import tempfile
from functools import lru_cache
from typing import Literal

import owlready2
from pyshacl import validate
from rdflib import ConjunctiveGraph, Dataset, Graph
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from . import load_ontology_graph, load_shapes_graph

__all__ = ["validate_graph", "check_consistency", "unsatisfiable_classes"]

Inference = Literal["none", "rdfs"]


@lru_cache(maxsize=1)
def _shapes() -> Graph:
    return load_shapes_graph()


@lru_cache(maxsize=1)
def _ontology() -> Graph:
    return load_ontology_graph()


def _validate_one(graph: Graph, inference: Inference) -> tuple[bool, str, Graph]:
    conforms, results_graph, results_text = validate(
        graph,
        shacl_graph=_shapes(),
        ont_graph=_ontology(),  # mixed in, so targets reach subclasses (cg:Provider ...)
        inference=inference,
        advanced=False,
        abort_on_first=False,
        allow_warnings=False,
    )
    return bool(conforms), str(results_text), results_graph


def _named_graphs(dataset: ConjunctiveGraph) -> list[Graph]:
    """The non-empty graphs of a dataset, the default graph included, in a stable order."""
    every = dataset.graphs() if isinstance(dataset, Dataset) else dataset.contexts()
    graphs = [g for g in every if len(g) > 0]
    return sorted(graphs, key=lambda g: (g.identifier != DATASET_DEFAULT_GRAPH_ID, str(g.identifier)))


def _copy(triples) -> Graph:
    graph = Graph()
    for triple in triples:
        graph.add(triple)
    return graph


def validate_graph(
    data_graph: Graph | Dataset | ConjunctiveGraph,
    inference: Inference = "none",
) -> tuple[bool, str, Graph]:
    """Validate ``data_graph`` against the CouncilGraph SHACL shapes.

    Returns ``(conforms, report_text, results_graph)``, as pyshacl does. For a Dataset
    (or ConjunctiveGraph) every non-empty named graph is validated on its own and then
    the union of all of them; the text then has one section per graph ("== <iri> ==",
    "== union ==") and the results graph holds every report.
    ``inference`` is passed to pyshacl ("none" or "rdfs"); the ontology is always
    supplied as its ``ont_graph``.
    """
    if not isinstance(data_graph, ConjunctiveGraph):  # Dataset subclasses it
        return _validate_one(data_graph, inference)

    all_conform, sections, results = True, [], Graph()
    named = [(str(g.identifier), _copy(g)) for g in _named_graphs(data_graph)]
    union = _copy((s, p, o) for s, p, o, _ in data_graph.quads((None, None, None, None)))
    for label, graph in named + [("union", union)]:
        conforms, text, report = _validate_one(graph, inference)
        all_conform &= conforms
        sections.append(f"== {label} ==\n{text}")
        results += report
    return all_conform, "\n".join(sections), results


def _load_world(data_graph: Graph | None) -> owlready2.World:
    """A fresh owlready2 World holding the ontology (and the data), via N-Triples."""
    graph = _copy(_ontology())
    if data_graph is not None:
        graph += data_graph if not isinstance(data_graph, ConjunctiveGraph) else _copy(
            (s, p, o) for s, p, o, _ in data_graph.quads((None, None, None, None))
        )
    fd, path = tempfile.mkstemp(suffix=".nt")
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(graph.serialize(format="nt", encoding="utf-8"))
        world = owlready2.World()
        world.get_ontology("file://" + path).load()
    finally:
        os.unlink(path)
    return world


def _reason(world: owlready2.World) -> bool:
    """Run HermiT on ``world``; False if it is inconsistent."""
    try:
        # xsd:date and xsd:time are outside the OWL 2 datatype map HermiT supports.
        owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
    except owlready2.OwlReadyInconsistentOntologyError:
        return False
    return True


def unsatisfiable_classes(data_graph: Graph | None = None) -> list[str]:
    """IRIs of the named classes HermiT finds unsatisfiable (empty when coherent).

    Raises ``owlready2.OwlReadyInconsistentOntologyError`` if the whole is inconsistent.
    """
    world = _load_world(data_graph)
    owlready2.sync_reasoner_hermit(world, debug=0, ignore_unsupported_datatypes=True)
    return sorted(c.iri for c in world.inconsistent_classes())


def check_consistency(data_graph: Graph | None = None) -> bool:
    """True if the ontology (plus ``data_graph``, if given) is consistent and coherent.

    Runs HermiT through owlready2 (needs ``java`` on PATH). Coherent means no named
    class is unsatisfiable. Data must use cg: terms as the ontology types them (e.g.
    IRIs, not literals, as values of object properties such as org:role).
    """
    world = _load_world(data_graph)
    if not _reason(world):
        return False
    return not list(world.inconsistent_classes())
