"""OWL tooling: owlready2 loads the ontology and HermiT finds it (and sample data) consistent."""

from __future__ import annotations

import os
import tempfile

import owlready2
import pytest
from rdflib import Graph

from councilgraph.ontology import CG_NS, load_ontology_graph
from councilgraph.ontology.validate import check_consistency, unsatisfiable_classes

pytestmark = pytest.mark.skipif(
    not any(os.access(os.path.join(d, "java"), os.X_OK) for d in os.environ.get("PATH", "").split(os.pathsep)),
    reason="HermiT needs java on PATH",
)


@pytest.fixture(scope="module")
def world():
    """The ontology loaded into a fresh owlready2 World (via an RDF/XML file)."""
    fd, path = tempfile.mkstemp(suffix=".owl")
    with os.fdopen(fd, "wb") as out:
        out.write(load_ontology_graph().serialize(format="xml", encoding="utf-8"))
    world = owlready2.World()
    try:
        world.get_ontology("file://" + path).load()
    finally:
        os.unlink(path)
    return world


def test_owlready2_loads_classes_and_properties(world):
    meeting = world[CG_NS + "Meeting"]
    assert meeting is not None
    assert {c.iri for c in meeting.is_a} >= {"http://schema.org/Event", "http://www.w3.org/ns/prov#Activity"}
    assert world[CG_NS + "committee"].range == [world[CG_NS + "Committee"]]
    assert isinstance(world[CG_NS + "date"], owlready2.DataPropertyClass)
    assert isinstance(world[CG_NS + "chair"], owlready2.ObjectPropertyClass)
    cg_classes = [c for c in world.classes() if c.iri.startswith(CG_NS)]
    assert len(cg_classes) == 23


def test_hermit_finds_ontology_consistent_and_coherent():
    assert check_consistency()
    assert unsatisfiable_classes() == []


def test_hermit_finds_valid_sample_consistent(valid_graph: Graph):
    assert check_consistency(valid_graph)


def test_hermit_detects_inconsistent_data():
    data = Graph().parse(
        data="""
        @prefix cg: <https://w3id.org/councilgraph/ontology#> .
        <https://w3id.org/councilgraph/id/x> a cg:Person ;
            cg:committee <https://w3id.org/councilgraph/id/c> .
        """,
        format="turtle",
    )  # cg:committee's domain makes x a cg:Meeting, disjoint with cg:Person
    assert not check_consistency(data)
