"""Dereferenceable IRIs over HTTP: 303 by content negotiation, each RDF format, 404s, the ontology."""

from __future__ import annotations

import pytest
import rdflib
import requests

from tests.server.browser.stores import CONTRACT, CROSSROADS, DATA

CG = rdflib.Namespace("https://w3id.org/councilgraph/ontology#")
PATH = CROSSROADS[len(DATA):]

FORMATS = [
    ("text/turtle", "ttl", "turtle"),
    ("application/ld+json", "jsonld", "json-ld"),
    ("application/rdf+xml", "rdf", "xml"),
    ("application/n-triples", "nt", "nt"),
]


@pytest.mark.parametrize("accept,ext,parser", FORMATS)
def test_id_redirects_by_accept_and_data_parses(fixture_server, accept, ext, parser):
    r = requests.get(f"{fixture_server}/id/{PATH}", headers={"Accept": accept}, allow_redirects=False)
    assert r.status_code == 303
    assert r.headers["Location"].endswith(f"/data/{PATH}.{ext}")
    assert "Accept" in r.headers["Vary"]

    data = requests.get(f"{fixture_server}/data/{PATH}.{ext}")
    assert data.status_code == 200
    assert data.headers["Content-Type"].startswith(accept)
    g = rdflib.Graph().parse(data=data.content, format=parser)
    me = rdflib.URIRef(CROSSROADS)
    assert (me, rdflib.RDFS.label, rdflib.Literal("Crossroads Care Kent")) in g
    # incoming link (the contract names it as provider) and the evidence node are included
    assert (rdflib.URIRef(CONTRACT), CG.provider, me) in g
    evidence = list(g.objects(me, CG.evidence))
    assert evidence and all(g.value(e, CG.quote) for e in evidence)


def test_id_redirects_browsers_to_the_page(fixture_server):
    r = requests.get(f"{fixture_server}/id/{PATH}", headers={"Accept": "text/html,application/xhtml+xml,*/*;q=0.8"},
                     allow_redirects=False)
    assert r.status_code == 303 and r.headers["Location"].endswith(f"/page/{PATH}")
    page = requests.get(f"{fixture_server}{r.headers['Location']}")
    assert page.status_code == 200 and "Crossroads Care Kent" in page.text


def test_data_without_extension_negotiates(fixture_server):
    r = requests.get(f"{fixture_server}/data/{PATH}", headers={"Accept": "application/n-triples"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("application/n-triples")
    assert "Accept" in r.headers["Vary"]
    assert f"<{CROSSROADS}>" in r.text


def test_turtle_uses_the_project_prefixes(fixture_server):
    r = requests.get(f"{fixture_server}/data/{PATH}.ttl")
    assert "@prefix cg: <https://w3id.org/councilgraph/ontology#>" in r.text


def test_unknown_iri_is_404_in_html_and_plain_text(fixture_server):
    html = requests.get(f"{fixture_server}/id/organisation/no-such-body", headers={"Accept": "text/html"})
    assert html.status_code == 404 and "Not found" in html.text and "<html" in html.text
    ttl = requests.get(f"{fixture_server}/id/organisation/no-such-body", headers={"Accept": "text/turtle"})
    assert ttl.status_code == 404 and ttl.headers["Content-Type"].startswith("text/plain")
    assert requests.get(f"{fixture_server}/page/person/nobody").status_code == 404
    assert requests.get(f"{fixture_server}/data/person/nobody.ttl").status_code == 404
    assert requests.get(f"{fixture_server}/document/no-such-document").status_code == 404


def test_unacceptable_media_type_is_406(fixture_server):
    r = requests.get(f"{fixture_server}/id/{PATH}", headers={"Accept": "image/png"}, allow_redirects=False)
    assert r.status_code == 406


def test_iri_with_characters_that_could_break_sparql_is_refused(fixture_server):
    r = requests.get(f"{fixture_server}/page/person/x%3E%20%3Fp%20%3Fo%20.%20%3Cy")
    assert r.status_code == 404


@pytest.mark.parametrize("accept,parser", [("text/turtle", "turtle"), ("application/rdf+xml", "xml"),
                                           ("application/ld+json", "json-ld")])
def test_ontology_by_content_negotiation(fixture_server, accept, parser):
    r = requests.get(f"{fixture_server}/ontology", headers={"Accept": accept})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith(accept)
    assert "Accept" in r.headers["Vary"]
    g = rdflib.Graph().parse(data=r.content, format=parser)
    assert (CG.Contract, rdflib.RDF.type, rdflib.OWL.Class) in g


def test_ontology_html_documents_the_terms(fixture_server):
    r = requests.get(f"{fixture_server}/ontology", headers={"Accept": "text/html"})
    assert r.status_code == 200 and r.headers["Content-Type"].startswith("text/html")
    assert "Contract" in r.text and "valueGBP" in r.text


def test_ontology_terms_on_pages_link_to_the_documentation(fixture_server):
    page = requests.get(f"{fixture_server}/page/{CONTRACT[len(DATA):]}").text
    assert 'href="/ontology#valueGBP"' in page
