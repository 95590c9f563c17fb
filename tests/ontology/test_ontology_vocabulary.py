"""The ontology declares the public vocabulary (docs/vocabulary.md) exactly as written."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import rdflib.namespace as ns
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

from councilgraph.ontology import CG_NS, ONTOLOGY_IRI, ONTOLOGY_PATH

VOCABULARY_MD = Path(__file__).resolve().parents[2] / "docs" / "vocabulary.md"
# the shared spec sits beside the clone (as in CI: shared/ next to the checkout)
SHARED_SPEC = Path(__file__).resolve().parents[3] / "shared" / "spec" / "vocabulary.md"

PREFIXES = {
    "cg": CG_NS,
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "http://schema.org/",
    "rov": "http://www.w3.org/ns/regorg#",
    "epo": "http://data.europa.eu/a4g/ontology#",
    "time": "http://www.w3.org/2006/time#",
    "rdfs": str(RDFS),
    "xsd": str(ns.XSD),
}
TERM = re.compile(r"\b(%s):([A-Za-z][A-Za-z0-9_]*)" % "|".join(PREFIXES))
DECLARATION_TYPES = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty}
CG = Namespace(CG_NS)
DCT = Namespace(PREFIXES["dct"])


def expand(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def terms_in(text: str) -> list[URIRef]:
    return [expand(f"{p}:{local}") for p, local in TERM.findall(text)]


def table_rows(section: str) -> list[list[str]]:
    """The body rows (cells) of the table under the markdown heading ``## section``."""
    text = VOCABULARY_MD.read_text(encoding="utf-8")
    body = text.split(f"## {section}", 1)[1].split("\n## ", 1)[0]
    rows = [line.strip().strip("|").split("|") for line in body.splitlines() if line.startswith("|")]
    return [[c.strip() for c in row] for row in rows[2:]]  # skip header and --- rows


CLASS_ROWS = table_rows("Classes")
PROPERTY_ROWS = table_rows("Properties")
CONTRACT_TERMS = sorted(
    {t for row in CLASS_ROWS + PROPERTY_ROWS for t in terms_in(row[0])}, key=str
)


def property_contract() -> list[tuple[URIRef, str, str]]:
    """``(property, domain text, range text)`` for each cg: property in the contract.

    Rows naming several properties ("cg:post / cg:holder") share the domain; a range
    written "cg:Post / cg:Person" is split over them in order.
    """
    result = []
    for name_cell, signature, _meaning in PROPERTY_ROWS:
        if "→" not in signature:
            continue
        domain, range_ = (part.strip() for part in signature.split("→"))
        names = terms_in(name_cell)
        ranges = [r.strip() for r in range_.split(" / ")]
        for i, prop in enumerate(names):
            if str(prop).startswith(CG_NS):
                result.append((prop, domain, ranges[i] if len(ranges) == len(names) else range_))
    return result


def class_expression(graph: Graph, node) -> set[URIRef]:
    """A named class as {class}; an owl:unionOf blank node as the set of its members."""
    if isinstance(node, BNode):
        members = graph.value(node, OWL.unionOf)
        assert members is not None, "blank-node domain/range must be an owl:unionOf"
        return set(Collection(graph, members))
    return {node}


def test_docs_copy_matches_shared_spec():
    if not SHARED_SPEC.exists():
        pytest.skip("shared spec not available on this machine")
    assert VOCABULARY_MD.read_text(encoding="utf-8") == SHARED_SPEC.read_text(encoding="utf-8")


def test_ontology_header(ontology: Graph):
    iri = URIRef(ONTOLOGY_IRI)
    assert (iri, RDF.type, OWL.Ontology) in ontology
    for prop in (OWL.versionInfo, DCT.title, DCT.description, DCT.license):
        assert ontology.value(iri, prop) is not None, prop


def test_contract_parsed():
    # guard against the markdown parser silently finding nothing
    assert len(CLASS_ROWS) == 19
    assert len(CONTRACT_TERMS) > 80
    assert len(property_contract()) > 60


@pytest.mark.parametrize("term", CONTRACT_TERMS, ids=str)
def test_contract_term_declared(ontology: Graph, term: URIRef):
    if str(term).startswith(str(RDFS)):
        return  # rdfs:label is built into OWL
    assert set(ontology.objects(term, RDF.type)) & DECLARATION_TYPES, f"{term} not declared"


def test_every_cg_term_has_label_and_comment(ontology: Graph):
    cg_terms = {
        s for t in DECLARATION_TYPES for s in ontology.subjects(RDF.type, t)
        if str(s).startswith(CG_NS)
    }
    assert len(cg_terms) > 90
    for term in cg_terms:
        for prop in (RDFS.label, RDFS.comment):
            values = list(ontology.objects(term, prop))
            assert len(values) == 1, f"{term} needs exactly one {prop}"
            assert isinstance(values[0], Literal) and values[0].language == "en"


def test_external_terms_reused_not_redefined(ontology: Graph):
    for term in CONTRACT_TERMS:
        if not str(term).startswith(CG_NS):
            for prop in (RDFS.domain, RDFS.range, RDFS.label, RDFS.comment, RDFS.subClassOf):
                assert ontology.value(term, prop) is None, f"{term} redefined ({prop})"


@pytest.mark.parametrize("row", CLASS_ROWS, ids=lambda row: row[0])
def test_class_alignment(ontology: Graph, row: list[str]):
    (cls,) = terms_in(row[0])
    assert (cls, RDF.type, OWL.Class) in ontology
    expected = set(terms_in(row[1]))
    assert set(ontology.objects(cls, RDFS.subClassOf)) == expected
    for parent in expected:
        assert (parent, RDF.type, OWL.Class) in ontology, f"{parent} not declared"


def _short(value) -> str:
    return str(value).replace(CG_NS, "cg:")


@pytest.mark.parametrize("prop,domain,range_", property_contract(), ids=_short)
def test_property_domain_and_range(ontology: Graph, prop: URIRef, domain: str, range_: str):
    domains = list(ontology.objects(prop, RDFS.domain))
    if domain == "any":
        assert domains == []
    else:
        assert len(domains) == 1
        assert class_expression(ontology, domains[0]) == set(terms_in(domain))

    ranges = list(ontology.objects(prop, RDFS.range))
    assert len(ranges) == 1
    if range_ == "literal":
        assert ranges[0] in (RDFS.Literal, ns.XSD.string)
        assert (prop, RDF.type, OWL.DatatypeProperty) in ontology
    elif range_.startswith("xsd:"):
        assert ranges[0] == expand(range_)
        assert (prop, RDF.type, OWL.DatatypeProperty) in ontology
    else:
        assert class_expression(ontology, ranges[0]) == set(terms_in(range_))
        assert (prop, RDF.type, OWL.ObjectProperty) in ontology


def test_organisation_kinds(ontology: Graph):
    for kind in ("Provider", "Company", "Charity", "NHSBody", "PublicBody"):
        assert (CG[kind], RDFS.subClassOf, CG.Organisation) in ontology


def test_ontology_file_is_utf8_turtle():
    Graph().parse(ONTOLOGY_PATH, format="turtle")
