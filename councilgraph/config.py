"""Settings shared by the CLI, the pipeline and the server (environment-overridable)."""

from __future__ import annotations

import os
from pathlib import Path

#: base of every data IRI (people, meetings, decisions ...); configurable
DATA_BASE = os.environ.get("COUNCILGRAPH_BASE", "https://w3id.org/councilgraph/id/")
#: the ontology namespace: fixed, it is the public vocabulary
ONTOLOGY_NS = "https://w3id.org/councilgraph/ontology#"
#: where `make run` and the CLI keep the embedded store unless told otherwise
DEFAULT_STORE = Path(os.environ.get("COUNCILGRAPH_STORE", "var/store"))
#: the bundled documents
BUNDLED_DOCUMENTS = Path(__file__).resolve().parent.parent / "data" / "documents"

PREFIXES = {
    "cg": ONTOLOGY_NS,
    "data": DATA_BASE,
    "org": "http://www.w3.org/ns/org#",
    "foaf": "http://xmlns.com/foaf/0.1/",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "schema": "http://schema.org/",
    "rov": "http://www.w3.org/ns/regorg#",
    "epo": "http://data.europa.eu/a4g/ontology#",
    "time": "http://www.w3.org/2006/time#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "sh": "http://www.w3.org/ns/shacl#",
    "void": "http://rdfs.org/ns/void#",
    "sd": "http://www.w3.org/ns/sparql-service-description#",
}


def sparql_prefixes(names: tuple[str, ...] | None = None) -> str:
    """PREFIX declarations for SPARQL text (all known prefixes by default)."""
    return "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if names is None or p in names)
