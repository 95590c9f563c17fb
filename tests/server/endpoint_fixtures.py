"""Fixture data and helpers for the endpoint tests (imported as ``tests.server.endpoint_fixtures``)."""

from __future__ import annotations

import gzip
import io
from pathlib import Path

import pyoxigraph as ox
import requests

from councilgraph.store import OxigraphStore

TOKEN = "test-token-4f1c"
EX = "http://example.org/"
#: named graphs of the fixture store
PEOPLE = "http://example.org/graph/people"
MEETINGS = "http://example.org/graph/meetings"
BULK = "http://example.org/graph/bulk"
#: triples in the bulk graph: enough that a three-way cross product runs for many minutes
BULK_TRIPLES = 1500

PEOPLE_NT = f"""\
<{EX}alice> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> .
<{EX}alice> <http://xmlns.com/foaf/0.1/name> "Alice Smith" .
<{EX}alice> <http://xmlns.com/foaf/0.1/name> "Alice"@en .
<{EX}bob> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> .
<{EX}bob> <http://xmlns.com/foaf/0.1/name> "Bob Jones" .
<{EX}bob> <{EX}age> "42"^^<http://www.w3.org/2001/XMLSchema#integer> .
<{EX}carol> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <http://xmlns.com/foaf/0.1/Person> .
<{EX}carol> <http://xmlns.com/foaf/0.1/name> "Carol \\"CJ\\" O'Neil\\ttab" .
""".encode()

MEETINGS_NT = f"""\
<{EX}m1> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Meeting> .
<{EX}m1> <{EX}attendee> <{EX}alice> .
<{EX}m1> <{EX}attendee> <{EX}bob> .
<{EX}m1> <{EX}date> "2024-05-01"^^<http://www.w3.org/2001/XMLSchema#date> .
<{EX}m2> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <{EX}Meeting> .
<{EX}m2> <{EX}attendee> <{EX}carol> .
_:note <{EX}about> <{EX}m2> .
""".encode()


def bulk_nt(n: int = BULK_TRIPLES) -> bytes:
    return "".join(f'<{EX}item{i}> <{EX}p{i % 5}> "value {i}" .\n' for i in range(n)).encode()


def build_store(path: Path) -> Path:
    """A store holding the three fixture graphs (closed again: the server opens it)."""
    store = OxigraphStore(path)
    store.replace_graph(PEOPLE, PEOPLE_NT)
    store.replace_graph(MEETINGS, MEETINGS_NT)
    store.replace_graph(BULK, bulk_nt())
    store.close()
    return path


def dump_quads(base_url: str) -> set[str]:
    """The whole served dataset (N-Quads lines, blank nodes as written) via the dump endpoint."""
    response = requests.get(base_url + "/dumps/councilgraph.nq.gz", timeout=60)
    response.raise_for_status()
    text = gzip.decompress(response.content).decode()
    return {line for line in text.splitlines() if line.strip()}


def canonical_quads(base_url: str) -> set[tuple]:
    """The served dataset as a set of quads read through SPARQL (blank nodes by label)."""
    response = requests.get(base_url + "/sparql", timeout=60, params={
        "query": "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }", "format": "tsv"})
    response.raise_for_status()
    rows = list(ox.parse_query_results(io.BytesIO(response.content), ox.QueryResultsFormat.TSV))
    return {tuple(str(r[v]) for v in ("g", "s", "p", "o")) for r in rows}


