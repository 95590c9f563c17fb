"""Generate ``terms.py`` (the ``CG`` DefinedNamespace) from ``councilgraph.ttl``.

Run ``python -m councilgraph.ontology.generate_terms`` after editing the ontology, and
commit the result; ``--check`` exits with status 1 if ``terms.py`` is out of date.
A test compares the committed file with :func:`render_terms`, so they cannot drift.
"""

from __future__ import annotations

import argparse
import sys
import textwrap
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, URIRef

_HERE = Path(__file__).resolve().parent
ONTOLOGY_FILE = _HERE / "councilgraph.ttl"
TERMS_FILE = _HERE / "terms.py"
NAMESPACE = "https://w3id.org/councilgraph/ontology#"

# Section heading -> OWL type, in the order the sections are written.
_SECTIONS = (
    ("Classes", OWL.Class),
    ("Object properties", OWL.ObjectProperty),
    ("Datatype properties", OWL.DatatypeProperty),
    ("Annotation properties", OWL.AnnotationProperty),
)

_HEADER = '''\
"""Terms of the CouncilGraph ontology as Python constants: ``CG.Meeting``, ``CG.date`` ...

GENERATED from councilgraph.ttl by ``python -m councilgraph.ontology.generate_terms``;
do not edit by hand. Unknown names raise AttributeError (``_fail = True``).
"""

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef


class CG(DefinedNamespace):
    """The CouncilGraph ontology, <https://w3id.org/councilgraph/ontology#>."""

    _fail = True
    _NS = Namespace("https://w3id.org/councilgraph/ontology#")
'''


def _docstring(text: str) -> list[str]:
    """Format ``text`` as an indented attribute docstring, wrapped at 88 columns."""
    text = " ".join(text.split()).replace("\\", "\\\\").replace('"""', '\\"\\"\\"')
    if text.endswith('"'):
        text = text[:-1] + '\\"'
    lines = textwrap.wrap(text, width=80) or [""]
    lines[0] = '"""' + lines[0]
    lines[-1] += '"""'
    return ["    " + line for line in lines]


def cg_terms(graph: Graph) -> dict[str, list[tuple[str, str]]]:
    """Return ``{section: [(local name, comment), ...]}`` for every cg: term, sorted."""
    sections: dict[str, list[tuple[str, str]]] = {}
    for title, owl_type in _SECTIONS:
        entries = []
        for term in set(graph.subjects(RDF.type, owl_type)):
            if isinstance(term, URIRef) and str(term).startswith(NAMESPACE):
                comment = graph.value(term, RDFS.comment)
                entries.append((str(term)[len(NAMESPACE):], str(comment or "")))
        sections[title] = sorted(entries)
    return sections


def render_terms(ontology_path: Path = ONTOLOGY_FILE) -> str:
    """Return the source of ``terms.py`` for the ontology at ``ontology_path``."""
    graph = Graph().parse(ontology_path, format="turtle")
    out = [_HEADER, "\n"]
    for title, entries in cg_terms(graph).items():
        if not entries:
            continue
        out.append(f"    # {title}\n")
        for name, comment in entries:
            out.append(f"    {name}: URIRef\n")
            out.append("\n".join(_docstring(comment)) + "\n")
            out.append("\n")
    return "".join(out).rstrip("\n") + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write ``terms.py`` (or, with ``--check``, report whether it is up to date)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only check, write nothing")
    args = parser.parse_args(argv)
    source = render_terms()
    current = TERMS_FILE.read_text(encoding="utf-8") if TERMS_FILE.exists() else None
    if args.check:
        if current != source:
            print(f"{TERMS_FILE} is out of date; run python -m councilgraph.ontology.generate_terms")
            return 1
        return 0
    if current != source:
        TERMS_FILE.write_text(source, encoding="utf-8")
        print(f"wrote {TERMS_FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
