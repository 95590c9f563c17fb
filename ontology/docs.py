"""HTML documentation of the ontology, rendered by pyLODE.

``python -m councilgraph.ontology.docs`` regenerates ``councilgraph.html`` (commit it;
the web app serves it at /ontology for ``text/html``); ``--check`` exits with status 1
if the committed file is out of date.

pyLODE lists the members of an ``owl:unionOf`` in Python-set order, which varies from
run to run, so "up to date" means "the same lines, in any order" (:func:`same_content`)
and the file is only rewritten when its content really changed.
"""

from __future__ import annotations

import argparse
import logging
import sys

from rdflib import OWL, RDF, Graph, URIRef

from . import CG_NS, HTML_PATH, load_ontology_graph

_DECLARATION_TYPES = (
    OWL.Class,
    OWL.ObjectProperty,
    OWL.DatatypeProperty,
    OWL.AnnotationProperty,
)


def _import_ontpub():
    """Import pyLODE's OntPub without keeping the DEBUG root logging it switches on."""
    root = logging.getLogger()
    level, handlers = root.level, list(root.handlers)
    try:
        from pylode import OntPub
    finally:
        root.setLevel(level)
        root.handlers[:] = handlers
    return OntPub


def documented_graph() -> Graph:
    """The ontology without the bare declarations of reused external terms.

    Those declarations keep the ontology self-contained for OWL tools, but documenting
    them would list org:Post, foaf:Person ... as if they were CouncilGraph terms; without
    them pyLODE links to the external terms instead.
    """
    graph = load_ontology_graph()
    for owl_type in _DECLARATION_TYPES:
        for term in list(graph.subjects(RDF.type, owl_type)):
            if isinstance(term, URIRef) and not str(term).startswith(CG_NS):
                graph.remove((term, RDF.type, owl_type))
    return graph


def render_html() -> str:
    """Return the pyLODE (OntPub profile) HTML documentation of councilgraph.ttl."""
    ontpub = _import_ontpub()
    html = ontpub(ontology=documented_graph(), sort_subjects=True).make_html()
    return html if html.endswith("\n") else html + "\n"


def same_content(a: str, b: str) -> bool:
    """True if two renderings have the same lines, ignoring their order."""
    return sorted(a.splitlines()) == sorted(b.splitlines())


def main(argv: list[str] | None = None) -> int:
    """Write ``councilgraph.html`` (or, with ``--check``, report whether it is current)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    html = render_html()
    current = HTML_PATH.read_text(encoding="utf-8") if HTML_PATH.exists() else None
    up_to_date = current is not None and same_content(current, html)
    if args.check:
        if not up_to_date:
            print(f"{HTML_PATH} is out of date; run python -m councilgraph.ontology.docs")
            return 1
        return 0
    if not up_to_date:
        HTML_PATH.write_text(html, encoding="utf-8")
        print(f"wrote {HTML_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
