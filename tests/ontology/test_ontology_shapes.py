"""SHACL: the valid sample conforms; each broken variant fails with its own message."""

from __future__ import annotations

from typing import Callable

import pytest
from rdflib import RDF, Dataset, Graph, Literal, Namespace, URIRef
import rdflib.namespace as ns
from rdflib.namespace import RDFS, SH, SKOS

from councilgraph.ontology import CG, load_shapes_graph
from councilgraph.ontology.validate import validate_graph

ID = Namespace("https://w3id.org/councilgraph/id/")
MEETING = ID["meeting/kent-county-council/adult-social-care-cabinet-committee/2023-07-06"]
DECISION = ID["decision/23-00074"]
EVIDENCE = ID["evidence/1"]
CONTRACT = ID["contract/community-support-services"]
PROVIDER = ID["organisation/acme-care-ltd"]
SUBSTITUTION = ID["substitution/ascc-2023-07-06-1"]
PERSON = ID["person/sue-chandler"]
DOCUMENT = ID["document/ascc-2023-07-06-minutes"]
VOTE = ID["vote/ascc-2023-07-06-6"]
POST_HOLDING = ID["post-holding/clair-bell-2023-07-06"]
MEMBERSHIP = ID["membership/paul-cole-ascc"]


def test_shapes_parse_and_target_classes():
    shapes = load_shapes_graph()
    targets = set(shapes.objects(None, SH.targetClass))
    for cls in ("Meeting", "Decision", "Evidence", "Contract", "Substitution", "Vote",
                "Person", "Organisation", "Report", "Membership", "PostHolding", "SourceDocument"):
        assert CG[cls] in targets, cls


def test_valid_graph_conforms(valid_graph: Graph):
    conforms, text, _ = validate_graph(valid_graph)
    assert conforms, text


def test_valid_graph_conforms_with_rdfs_inference(valid_graph: Graph):
    conforms, text, _ = validate_graph(valid_graph, inference="rdfs")
    assert conforms, text


def _set(s, p, o) -> Callable[[Graph], None]:
    return lambda g: g.set((s, p, o))


def _add(s, p, o) -> Callable[[Graph], None]:
    return lambda g: g.add((s, p, o))


def _remove(s, p) -> Callable[[Graph], None]:
    return lambda g: g.remove((s, p, None))


BROKEN = {
    "meeting with two dates": (
        _add(MEETING, CG.date, Literal("2023-07-07", datatype=ns.XSD.date)),
        "A meeting must have exactly one cg:date",
    ),
    "meeting date not an xsd:date": (
        _set(MEETING, CG.date, Literal("6 July 2023")),
        "A meeting must have exactly one cg:date",
    ),
    "meeting without committee": (
        _remove(MEETING, CG.committee),
        "A meeting must have exactly one cg:committee",
    ),
    "meeting committee not a Committee": (
        _set(MEETING, CG.committee, ID["person/paul-cole"]),
        "A meeting must have exactly one cg:committee",
    ),
    "meeting with unknown status": (
        _set(MEETING, CG.status, Literal("cancelled")),
        "A meeting has at most one cg:status",
    ),
    "meeting without evidence": (
        _remove(MEETING, CG.evidence),
        "needs at least one cg:evidence",
    ),
    "bad decision number": (
        _set(DECISION, CG.decisionNumber, Literal("22/0081")),
        "normalised as YY/NNNNN",
    ),
    "two decision numbers": (
        _add(DECISION, CG.decisionNumber, Literal("23/00075")),
        "normalised as YY/NNNNN",
    ),
    "decision with unknown status": (
        _add(DECISION, CG.status, Literal("deferred")),
        "A decision has at most one cg:status",
    ),
    "key decision not boolean": (
        _set(DECISION, CG.keyDecision, Literal("yes")),
        "cg:keyDecision (an xsd:boolean)",
    ),
    "evidence without quote": (
        _remove(EVIDENCE, CG.quote),
        "Evidence must have exactly one non-empty cg:quote",
    ),
    "evidence with empty quote": (
        _set(EVIDENCE, CG.quote, Literal("")),
        "Evidence must have exactly one non-empty cg:quote",
    ),
    "evidence without source document": (
        _remove(EVIDENCE, CG.sourceDocument),
        "Evidence must have exactly one cg:sourceDocument",
    ),
    "evidence line 0": (
        _set(EVIDENCE, CG.startLine, Literal(0)),
        "cg:startLine (an xsd:integer >= 1",
    ),
    "evidence start after end": (
        _set(EVIDENCE, CG.startLine, Literal(7)),
        "not after cg:endLine",
    ),
    "negative contract value": (
        _set(CONTRACT, CG.valueGBP, Literal("-5", datatype=ns.XSD.decimal)),
        "must be non-negative xsd:decimal values",
    ),
    "contract value as string": (
        _set(CONTRACT, CG.valueGBP, Literal("£129,719.40")),
        "must be non-negative xsd:decimal values",
    ),
    "provider not an organisation": (
        _set(CONTRACT, CG.provider, ID["person/paul-cole"]),
        "cg:provider must be a cg:Organisation",
    ),
    "provider (subclass target) without evidence": (
        _remove(PROVIDER, CG.evidence),
        "needs at least one cg:evidence",
    ),
    "substitution without substituteFor": (
        _remove(SUBSTITUTION, CG.substituteFor),
        "exactly one cg:substituteFor",
    ),
    "negative vote count": (
        _set(VOTE, CG.forCount, Literal(-1)),
        "Vote counts",
    ),
    "person without any name": (
        lambda g: (g.remove((PERSON, RDFS.label, None)), g.remove((PERSON, SKOS.altLabel, None))),
        "A person must have a name",
    ),
    "person with two display labels": (
        _add(PERSON, RDFS.label, Literal("Another Form")),
        "one display rdfs:label",
    ),
    "post holding without holder": (
        _remove(POST_HOLDING, CG.holder),
        "exactly one cg:holder",
    ),
    "membership with two members": (
        _add(MEMBERSHIP, URIRef("http://www.w3.org/ns/org#member"), PERSON),
        "exactly one org:member",
    ),
    "source document without label or file name": (
        lambda g: (g.remove((DOCUMENT, RDFS.label, None)), g.remove((DOCUMENT, CG.fileName, None))),
        "must have an rdfs:label or a cg:fileName",
    ),
}


@pytest.mark.parametrize("case", sorted(BROKEN))
def test_broken_graph_fails_with_message(valid_graph: Graph, case: str):
    mutate, message = BROKEN[case]
    mutate(valid_graph)
    conforms, text, results = validate_graph(valid_graph)
    assert not conforms
    assert message in text, text
    assert any(message in str(m) for m in results.objects(None, SH.resultMessage))


def test_source_document_with_only_a_file_name_conforms(valid_graph: Graph):
    valid_graph.remove((DOCUMENT, RDFS.label, None))
    conforms, text, _ = validate_graph(valid_graph)
    assert conforms, text


def test_meeting_stated_scheduled_and_held_conforms_with_one_status(valid_graph: Graph):
    # documents state different statuses (cg:statedStatus); the union has one cg:status
    valid_graph.add((MEETING, CG.statedStatus, Literal("scheduled")))
    valid_graph.add((MEETING, CG.statedStatus, Literal("held")))
    assert validate_graph(valid_graph)[0]
    valid_graph.add((MEETING, CG.status, Literal("scheduled")))
    conforms, text, _ = validate_graph(valid_graph)
    assert not conforms and "at most one cg:status" in text


def _dataset(*graphs: tuple[str, Graph]) -> Dataset:
    dataset = Dataset()
    for iri, graph in graphs:
        named = dataset.graph(URIRef(iri))
        for triple in graph:
            named.add(triple)
    return dataset


def test_dataset_validated_per_graph_and_as_union(valid_graph: Graph):
    other = Graph()
    for triple in valid_graph:
        other.add(triple)
    other.set((MEETING, CG.date, Literal("2023-07-13", datatype=ns.XSD.date)))
    dataset = _dataset(("https://example.org/doc/a", valid_graph), ("https://example.org/doc/b", other))

    conforms, text, results = validate_graph(dataset)
    assert not conforms
    sections = dict(
        part.split(" ==\n", 1) for part in text.split("== ")[1:]
    )
    assert set(sections) == {"https://example.org/doc/a", "https://example.org/doc/b", "union"}
    assert "Conforms: True" in sections["https://example.org/doc/a"]
    assert "Conforms: True" in sections["https://example.org/doc/b"]
    assert "Conforms: False" in sections["union"]
    assert "A meeting must have exactly one cg:date" in sections["union"]
    assert (None, RDF.type, SH.ValidationReport) in results


def test_dataset_of_valid_graphs_conforms(valid_graph: Graph):
    conforms, text, _ = validate_graph(_dataset(("https://example.org/doc/a", valid_graph)))
    assert conforms, text
