"""Browser: the query editor at /query — examples, running a query for the results table, downloads."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from .. import config
from ..queries import ExampleQuery, example_queries
from ..store import Store
from .linked_data import page_url

__all__ = ["QueryResult", "Cell", "run", "example_list", "example_by_name", "PREFIXES", "DEFAULT_QUERY",
           "DOWNLOAD_TYPES", "download_urls", "query_form"]

PREFIXES = {k: v for k, v in config.PREFIXES.items()}
#: download formats, by the endpoint's ``format=`` names
DOWNLOAD_TYPES = {"csv": "text/csv", "tsv": "text/tab-separated-values", "json": "application/sparql-results+json"}
#: most rows shown in the page (downloads carry all of them)
MAX_ROWS = 1000

DEFAULT_QUERY = config.sparql_prefixes(("cg", "rdfs", "dct")) + """
SELECT ?contract ?title ?value WHERE {
  ?contract a cg:Contract .
  OPTIONAL { ?contract dct:title ?title }
  OPTIONAL { ?contract cg:valueGBP ?value }
}
ORDER BY DESC(?value)
LIMIT 50
"""

_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
#: IRIs, strings and comments, scanned left to right so a "#" inside an IRI is not a comment
_NOISE = re.compile(r'<[^>\s]*>|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*')


def query_form(text: str) -> str:
    """SELECT, ASK, CONSTRUCT or DESCRIBE (the first query keyword outside comments, IRIs and strings)."""
    stripped = _NOISE.sub(" ", text)
    m = _FORM.search(stripped)
    return m.group(1).upper() if m else "SELECT"


@dataclass
class Cell:
    text: str
    url: str | None = None
    iri: str | None = None
    is_iri: bool = False


@dataclass
class QueryResult:
    kind: str  # "bindings", "boolean" or "graph"
    variables: list[str] = field(default_factory=list)
    rows: list[list[Cell | None]] = field(default_factory=list)
    truncated: bool = False
    boolean: bool | None = None
    text: str = ""


def _cell(binding: dict | None) -> Cell | None:
    if binding is None:
        return None
    if binding["type"] == "uri":
        iri = binding["value"]
        url = page_url(iri)
        base = config.DATA_BASE
        text = "data:" + iri[len(base):] if iri.startswith(base) else iri
        return Cell(text, url, iri, True)
    return Cell(binding["value"])


def run(store: Store, text: str) -> QueryResult:
    """Run ``text`` for display (raises the store's QuerySyntaxError / StoreError)."""
    form = query_form(text)
    if form in ("CONSTRUCT", "DESCRIBE"):
        raw = store.query_raw(text, "text/turtle")
        return QueryResult("graph", text=raw.body.decode("utf-8", "replace"))
    raw = store.query_raw(text, "application/sparql-results+json")
    data = json.loads(raw.body)
    if "boolean" in data:
        return QueryResult("boolean", boolean=bool(data["boolean"]))
    variables = data["head"].get("vars", [])
    bindings = data["results"]["bindings"]
    rows = [[_cell(b.get(v)) for v in variables] for b in bindings[:MAX_ROWS]]
    return QueryResult("bindings", variables, rows, len(bindings) > MAX_ROWS)


def example_list() -> list[ExampleQuery]:
    return example_queries()


def example_by_name(name: str) -> ExampleQuery | None:
    return next((e for e in example_queries() if e.name == name), None)


def download_urls(text: str) -> dict[str, str]:
    """Links that download the results of ``text`` through the SPARQL endpoint (``/sparql?format=``)."""
    return {fmt: f"/sparql?{urlencode({'query': text, 'format': fmt})}" for fmt in DOWNLOAD_TYPES}
