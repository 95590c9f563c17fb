"""Generated artefacts (terms.py, councilgraph.html) and the package API stay in step."""

from __future__ import annotations

import json

import pytest
from rdflib import OWL, RDF, RDFS, Graph, URIRef

from councilgraph import ontology as pkg
from councilgraph.ontology import (
    CG,
    CG_NS,
    HTML_PATH,
    MEDIA_TYPES,
    ONTOLOGY_PATH,
    SHAPES_PATH,
    load_ontology_graph,
    load_shapes_graph,
    serialize_ontology,
)
from councilgraph.ontology.docs import render_html, same_content
from councilgraph.ontology.generate_terms import TERMS_FILE, render_terms


def _cg_terms(graph: Graph) -> set[URIRef]:
    types = (OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)
    return {s for t in types for s in graph.subjects(RDF.type, t) if str(s).startswith(CG_NS)}


def test_terms_py_is_up_to_date():
    assert TERMS_FILE.read_text(encoding="utf-8") == render_terms(), (
        "run: python -m councilgraph.ontology.generate_terms"
    )


def test_cg_namespace_has_every_term_and_nothing_else(ontology: Graph):
    for term in _cg_terms(ontology):
        assert getattr(CG, str(term)[len(CG_NS):]) == term
    assert set(CG.__annotations__) == {str(t)[len(CG_NS):] for t in _cg_terms(ontology)}
    with pytest.raises(AttributeError):
        CG.notATerm


def test_package_paths_and_loaders():
    assert ONTOLOGY_PATH.is_file() and SHAPES_PATH.is_file() and HTML_PATH.is_file()
    assert CG_NS == str(CG._NS)
    assert len(load_ontology_graph()) > 500
    assert len(load_shapes_graph()) > 100
    assert load_ontology_graph() is not load_ontology_graph()  # fresh, safe to mutate


@pytest.mark.parametrize("media_type", sorted(set(MEDIA_TYPES) - {"text/html"}))
def test_serialize_ontology_round_trips(media_type: str, ontology: Graph):
    data = serialize_ontology(media_type)
    assert isinstance(data, bytes)
    parsed = Graph().parse(data=data, format=MEDIA_TYPES[media_type])
    assert len(parsed) == len(ontology)
    assert (CG.Meeting, RDF.type, OWL.Class) in parsed


def test_serialize_ontology_aliases_and_errors():
    assert serialize_ontology("ttl") == ONTOLOGY_PATH.read_bytes()
    assert serialize_ontology("text/turtle; charset=utf-8") == ONTOLOGY_PATH.read_bytes()
    assert serialize_ontology("html").lstrip().lower().startswith(b"<!doctype html")
    json.loads(serialize_ontology("jsonld"))
    with pytest.raises(ValueError):
        serialize_ontology("application/pdf")


def test_html_docs_are_up_to_date():
    assert same_content(HTML_PATH.read_text(encoding="utf-8"), render_html()), (
        "run: python -m councilgraph.ontology.docs"
    )


def test_html_docs_document_every_cg_term(ontology: Graph):
    html = HTML_PATH.read_text(encoding="utf-8")
    for term in _cg_terms(ontology):
        assert str(term) in html, term
        if (term, RDF.type, OWL.Class) in ontology:
            assert f">{ontology.value(term, RDFS.label)}" in html, term


def test_public_api():
    for name in pkg.__all__:
        assert hasattr(pkg, name), name
