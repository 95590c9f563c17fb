"""Small pure helpers of the browser: labels, literal formatting, evidence matching, IRIs."""

from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from werkzeug.datastructures import MIMEAccept
from werkzeug.http import parse_accept_header

from councilgraph.server import linked_data as ld
from councilgraph.server.pages import EvidenceRef, best_label, fallback_label, format_literal, kind_of, match_evidence
from councilgraph.server.query_editor import query_form

XSD = "http://www.w3.org/2001/XMLSchema#"
CG = "https://w3id.org/councilgraph/ontology#"
D = "https://w3id.org/councilgraph/id/"


def test_fallback_labels_read_like_names():
    assert fallback_label(D + "meeting/kent-county-council/adult-social-care-cabinet-committee/2023-07-06") == \
        "Adult Social Care Cabinet Committee, 6 July 2023"
    assert fallback_label(D + "decision/23-00074") == "Decision 23/00074"
    assert "Adult Social Care Cabinet Committee, 6 July 2023" in fallback_label(
        D + "item/kent-county-council/adult-social-care-cabinet-committee/2023-07-06/142")
    assert fallback_label(D + "post-holding/kent-county-council/senior-commissioner/rachel-westlake/2023-07-06") == \
        "Rachel Westlake, Senior Commissioner (6 July 2023)"
    assert fallback_label(D + "membership/kent-county-council/adult-social-care-cabinet-committee/2022-03-31/mr-s-r-campkin") \
        == "Mr S R Campkin, Adult Social Care Cabinet Committee (31 March 2022)"
    assert fallback_label("http://example.org/x") == "http://example.org/x"


def test_best_label_prefers_the_most_given_then_the_longest():
    assert best_label(["Mrs C Bell", "Clair Bell", "Clair Bell"]) == "Clair Bell"
    assert best_label(["Bell", "Clair Bell"]) == "Clair Bell"
    assert best_label([]) is None


def test_literals_format_for_reading():
    assert format_literal(Literal("2024-04-01", datatype=URIRef(XSD + "date"))) == "1 April 2024"
    assert format_literal(Literal("3000000", datatype=URIRef(XSD + "decimal")), CG + "valueGBP") == "£3,000,000"
    assert format_literal(Literal("129719.4", datatype=URIRef(XSD + "decimal")), CG + "valueGBP") == "£129,719.40"
    assert format_literal(Literal("true", datatype=URIRef(XSD + "boolean"))) == "yes"
    assert format_literal(Literal("not a date", datatype=URIRef(XSD + "date"))) == "not a date"


def test_kind_prefers_the_most_specific_type():
    assert kind_of([CG + "Organisation", CG + "Provider"]) == "provider"
    assert kind_of([CG + "Charity"]) == "organisation"
    assert kind_of(["http://example.org/Other"]) == "thing"


def ev(quote: str, start: int = 1) -> EvidenceRef:
    return EvidenceRef(f"e{start}", D + "document/d", start, start, quote)


def test_evidence_is_matched_to_the_value_it_names():
    evs = [ev("Mr A M Ridgers (Chairman)", 1), ev("Mrs C Bell", 2), ev("Ms J Meade", 3)]
    assert [e.start for e in match_evidence(evs, {"clair bell", "mrs c bell"})] == [2]
    assert [e.start for e in match_evidence(evs, {"andrew ridgers"})] == [1]  # by surname
    assert match_evidence(evs, {"nobody known"}) == evs


@pytest.mark.parametrize("accept,expected", [
    ("text/turtle", "ttl"), ("application/ld+json", "jsonld"), ("application/rdf+xml", "rdf"),
    ("application/n-triples", "nt"), ("text/html,*/*;q=0.8", "html"), ("*/*", "html"),
    ("text/turtle;q=0.5, application/ld+json", "jsonld"), ("image/png", None),
])
def test_negotiation(accept, expected):
    assert ld.negotiate(parse_accept_header(accept, MIMEAccept)) == expected


def test_unsafe_iris_are_refused():
    assert ld.is_safe_iri(D + "person/clair-bell")
    for bad in (D + "x> ?p ?o . <y", D + "a b", 'x"y', "", "no-scheme"):
        assert not ld.is_safe_iri(bad)
    with pytest.raises(ValueError):
        ld.sparql_iri(D + "x>")


def test_paths_and_pages_of_iris():
    assert ld.iri_for_path("person/clair-bell") == D + "person/clair-bell"
    assert ld.page_url(D + "person/clair-bell") == "/page/person/clair-bell"
    assert ld.page_url(D + "document/abc") == "/document/abc"
    assert ld.page_url(CG + "valueGBP") == "/ontology#valueGBP"
    assert ld.page_url("http://example.org/x") is None


def test_query_form_ignores_comments_strings_and_iris():
    assert query_form("# SELECT in a comment\nASK { ?s ?p 'CONSTRUCT' }") == "ASK"
    assert query_form("PREFIX x: <http://ex/SELECT#> CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }") == "CONSTRUCT"
    assert query_form("select * {}") == "SELECT"
