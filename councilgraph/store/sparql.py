"""The external backend: any SPARQL 1.1 store over HTTP (Virtuoso is the tested one).

CouncilGraph's loaders, browser and endpoint work unchanged on top of a store
that scales beyond one machine (Virtuoso, QLever, GraphDB, Neptune, Stardog ...)
through three standard protocols:

* SPARQL 1.1 Query (``query_url``) for every read;
* SPARQL 1.1 Update (``update_url``) for writes;
* optionally the SPARQL 1.1 Graph Store Protocol (``graph_store_url``), used to
  replace a large graph in ONE request (``PUT``) and for bulk appends (``POST``).

Semantics the rest of CouncilGraph relies on, and how they are kept here:

* **Default graph = union of the named graphs.** Queries are sent without a
  dataset, so the server's own default graph is used. Virtuoso's default graph
  is the union of all graphs, and that includes its system graphs (about
  2,500 triples of ``virtrdf:`` mapping metadata, see
  :data:`SYSTEM_GRAPH_PREFIXES`): queries that name CouncilGraph's vocabulary
  answer exactly as on the embedded store; vocabulary-agnostic ones
  (``?s a ?type``, ``COUNT(*)`` over everything) also see those triples.
  Virtuoso's ``input:default-graph-exclude`` pragma is not a way out: with it,
  ``GRAPH <iri>`` patterns silently match nothing (7.2.5). Other stores must
  be configured so (Fuseki: ``tdb2:unionDefaultGraph true``; GraphDB and
  Stardog do it by default). :meth:`graphs` and :meth:`dump` list data graphs
  only.
* **Atomic replace.** The data is parsed and checked locally with pyoxigraph
  first (malformed data → :class:`DataSyntaxError`, nothing is sent). A small
  graph is then replaced by one update request
  (``DROP SILENT GRAPH <g> ; INSERT DATA { GRAPH <g> {...} }``); a large one by
  one Graph Store Protocol ``PUT``. Virtuoso's SPARQL compiler runs out of
  stack on more than ~5,000 triples in one ``INSERT DATA`` and does not roll
  back earlier operations of a failed multi-operation request, so give it a
  ``graph_store_url``; without one, a large graph is staged in chunks into a
  private graph and moved in place with ``MOVE`` (the staging graph is
  visible to union-default-graph queries while it loads).
* **Version.** The store's version lives in the private graph
  :data:`META_GRAPH` and is changed by every write made through this class
  (after the write, so a cache keyed by version is never served stale data).
  :meth:`graphs` and :meth:`dump` hide that graph.
* **Results are normalised.** Servers differ in what they print (Virtuoso:
  ``"typed-literal"`` in JSON, ``nodeID://`` blank nodes, ``"bool"`` headers in
  CSV); results are fetched as SPARQL JSON / N-Triples and re-serialised with
  pyoxigraph when another format is asked for, so clients see standard output.
"""

from __future__ import annotations

import io
import json
import os
import re
import threading
import uuid
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import BinaryIO

import pyoxigraph as ox
import rdflib
import requests
from requests.auth import AuthBase, HTTPBasicAuth, HTTPDigestAuth

from .base import (
    RESULTS_MEDIA_TYPES,
    DataSyntaxError,
    QuerySyntaxError,
    RawResult,
    Store,
    StoreError,
)
from .rdf_data import parse_triples, rdf_format

__all__ = ["MEDIA_TYPE_BY_SUFFIX", "META_GRAPH", "SYSTEM_GRAPH_PREFIXES", "SparqlStore", "query_form"]

#: the private graph holding the store's version token
META_GRAPH = "urn:councilgraph:meta"
_VERSION_SUBJECT = "urn:councilgraph:store"
_VERSION_PREDICATE = "urn:councilgraph:version"
_STAGING_PREFIX = "urn:councilgraph:staging:"

#: graphs that belong to the server, not to the data (Virtuoso's system graphs)
SYSTEM_GRAPH_PREFIXES = (
    "http://www.openlinksw.com/schemas/virtrdf#",
    "http://www.w3.org/ns/ldp#",
    "http://localuriqaserver/",
    "http://www.openlinksw.com/",
    "urn:councilgraph:",
)

#: at most this many triples go into one ``INSERT DATA`` (Virtuoso's compiler limit is ~5,000)
UPDATE_CHUNK_TRIPLES = 2000
#: triples per Graph Store Protocol ``POST`` in bulk loads
GSP_CHUNK_TRIPLES = 200_000

#: file suffix → RDF media type, for bulk loading files
MEDIA_TYPE_BY_SUFFIX = {
    ".nq": "application/n-quads",
    ".nquads": "application/n-quads",
    ".trig": "application/trig",
    ".nt": "application/n-triples",
    ".ntriples": "application/n-triples",
    ".ttl": "text/turtle",
    ".turtle": "text/turtle",
    ".jsonld": "application/ld+json",
    ".json": "application/ld+json",
    ".rdf": "application/rdf+xml",
    ".owl": "application/rdf+xml",
    ".xml": "application/rdf+xml",
}

_JSON = "application/sparql-results+json"
_NT = "application/n-triples"
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"

# --- recognising the query form ---------------------------------------------
_PROLOGUE = re.compile(
    r"""\s+ | \#[^\n]* | PREFIX\s+[^\s:]*:\s*<[^>]*> | BASE\s*<[^>]*>""",
    re.IGNORECASE | re.VERBOSE,
)
_FORM = re.compile(r"(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
# Virtuoso quirks in SPARQL JSON results (never preceded by a backslash inside a string)
_TYPED_LITERAL = re.compile(rb'(?<!\\)"typed-literal"')
_NODE_ID = re.compile(rb'(?<!\\)"nodeID://')


def query_form(query: str) -> str:
    """``"select"``, ``"ask"``, ``"construct"`` or ``"describe"``: the form of a query.

    Skips the prologue (comments, PREFIX, BASE). Raises :class:`QuerySyntaxError`
    if the query does not start with one of the four forms.
    """
    pos = 0
    while True:
        m = _PROLOGUE.match(query, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
    m = _FORM.match(query, pos)
    if not m:
        line = query.count("\n", 0, pos) + 1
        column = pos - (query.rfind("\n", 0, pos) + 1) + 1
        raise QuerySyntaxError(
            f"expected SELECT, ASK, CONSTRUCT or DESCRIBE at {line}:{column}", line, column
        )
    return m.group(1).lower()


def _fix_json(body: bytes) -> bytes:
    """Standard SPARQL JSON from Virtuoso's dialect."""
    body = _TYPED_LITERAL.sub(b'"literal"', body)
    return _NODE_ID.sub(b'"', body)


def _json_term(binding: dict) -> rdflib.term.Node:
    kind = binding["type"]
    value = binding["value"]
    if kind == "uri":
        return rdflib.URIRef(value)
    if kind == "bnode":
        return rdflib.BNode(value.removeprefix("nodeID://"))
    lang = binding.get("xml:lang")
    if lang:
        return rdflib.Literal(value, lang=lang)
    datatype = binding.get("datatype")
    if datatype and datatype != _XSD_STRING:
        return rdflib.Literal(value, datatype=rdflib.URIRef(datatype))
    return rdflib.Literal(value)




def _iri(value: str) -> str:
    """``<value>`` after checking it is a valid IRI."""
    try:
        return str(ox.NamedNode(value))
    except ValueError as exc:
        raise StoreError(f"not a valid IRI: {value!r}") from exc


def _ntriples(triples: Iterable[ox.Triple]) -> bytes:
    out = io.BytesIO()
    ox.serialize(triples, out, ox.RdfFormat.N_TRIPLES)
    return out.getvalue()


def _chunks(items: Sequence, size: int) -> Iterator[Sequence]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


class SparqlStore(Store):
    """A remote SPARQL 1.1 store.

    ``auth`` is a ``(user, password)`` pair (sent with ``auth_scheme``
    "basic" or "digest"; Virtuoso's ``/sparql-auth`` and
    ``/sparql-graph-crud-auth`` want digest) or any ``requests`` auth object.
    Without one, the environment may give it (so the command line needs no
    password option): ``COUNCILGRAPH_SPARQL_USER``,
    ``COUNCILGRAPH_SPARQL_PASSWORD`` and ``COUNCILGRAPH_SPARQL_AUTH``
    ("basic", the default, or "digest").
    ``update_url`` defaults to ``query_url``. ``timeout`` bounds every request
    (seconds). Connections are kept alive, one session per thread.
    """

    backend = "sparql"

    def __init__(
        self,
        query_url: str,
        update_url: str | None = None,
        graph_store_url: str | None = None,
        auth: tuple[str, str] | AuthBase | None = None,
        *,
        auth_scheme: str = "basic",
        timeout: float = 300.0,
        headers: dict[str, str] | None = None,
        system_graph_prefixes: Sequence[str] = SYSTEM_GRAPH_PREFIXES,
    ) -> None:
        if not query_url:
            raise StoreError("the sparql backend needs a query URL (--query-url)")
        self.query_url = query_url
        self.update_url = update_url or query_url
        self.graph_store_url = graph_store_url
        if auth is None and os.environ.get("COUNCILGRAPH_SPARQL_USER"):
            auth = (os.environ["COUNCILGRAPH_SPARQL_USER"], os.environ.get("COUNCILGRAPH_SPARQL_PASSWORD", ""))
            auth_scheme = os.environ.get("COUNCILGRAPH_SPARQL_AUTH", auth_scheme)
        if isinstance(auth, tuple):
            if auth_scheme not in ("basic", "digest"):
                raise StoreError(f"unknown auth scheme {auth_scheme!r}; expected 'basic' or 'digest'")
            auth = HTTPDigestAuth(*auth) if auth_scheme == "digest" else HTTPBasicAuth(*auth)
        self._auth = auth
        self.timeout = timeout
        self._headers = dict(headers or {})
        self.system_graph_prefixes = tuple(system_graph_prefixes)
        self._local = threading.local()

    def __repr__(self) -> str:
        return f"SparqlStore(query_url={self.query_url!r}, update_url={self.update_url!r}, graph_store_url={self.graph_store_url!r})"

    # -- HTTP ------------------------------------------------------------
    @property
    def _session(self) -> requests.Session:
        session = getattr(self._local, "session", None)
        if session is None:
            session = requests.Session()
            session.headers.update(self._headers)
            if self._auth is not None:
                session.auth = self._auth
            self._local.session = session
        return session

    def _request(self, method: str, url: str, **kwargs) -> requests.Response:
        try:
            return self._session.request(method, url, timeout=self.timeout, **kwargs)
        except requests.RequestException as exc:
            raise StoreError(f"SPARQL store at {url} unreachable: {exc}") from exc

    @staticmethod
    def _message(response: requests.Response) -> str:
        text = response.text.strip()
        return text[:2000] if text else response.reason

    def _post_query(self, query: str, accept: str, default_graph_uris=(), named_graph_uris=()) -> requests.Response:
        data: list[tuple[str, str]] = [("query", query)]
        data += [("default-graph-uri", g) for g in default_graph_uris]
        data += [("named-graph-uri", g) for g in named_graph_uris]
        response = self._request("POST", self.query_url, data=data, headers={"Accept": accept})
        if response.status_code == 400:
            raise self._query_error(response)
        if response.status_code >= 300:
            raise StoreError(f"SPARQL query failed at {self.query_url}: HTTP {response.status_code}: {self._message(response)}")
        return response

    def _query_error(self, response: requests.Response) -> QuerySyntaxError:
        message = self._message(response)
        m = re.search(r"line (\d+)", message)
        return QuerySyntaxError(message, int(m.group(1)) if m else None, None)

    def _post_update(self, update: str) -> None:
        response = self._request("POST", self.update_url, data={"update": update})
        if response.status_code == 400:
            raise self._query_error(response)
        if response.status_code >= 300:
            raise StoreError(f"SPARQL update failed at {self.update_url}: HTTP {response.status_code}: {self._message(response)}")

    def _gsp(self, method: str, graph: str, body: bytes | None = None) -> requests.Response:
        assert self.graph_store_url
        # Virtuoso names the parameter graph-uri; the standard says graph
        key = "graph-uri" if "sparql-graph-crud" in self.graph_store_url else "graph"
        headers = {"Content-Type": _NT} if body is not None else {}
        response = self._request(method, self.graph_store_url, params={key: graph}, data=body, headers=headers)
        if response.status_code >= 300 and not (method == "DELETE" and response.status_code == 404):
            raise StoreError(
                f"Graph Store Protocol {method} of {graph} failed at {self.graph_store_url}: "
                f"HTTP {response.status_code}: {self._message(response)}"
            )
        return response

    # -- reading ---------------------------------------------------------
    def query_raw(self, query, media_type, *, default_graph_uris=(), named_graph_uris=(), base_iri=None) -> RawResult:
        if base_iri:
            query = f"BASE <{base_iri}>\n{query}"
        form = query_form(query)
        mt = media_type.split(";")[0].strip()
        if form in ("select", "ask"):
            fmt = ox.QueryResultsFormat.from_media_type(mt)
            if fmt is None:
                raise StoreError(f"no solutions format for {mt!r}; expected one of {', '.join(RESULTS_MEDIA_TYPES)}")
            body = _fix_json(self._post_query(query, _JSON, default_graph_uris, named_graph_uris).content)
            kind = "bindings" if form == "select" else "boolean"
            if fmt != ox.QueryResultsFormat.JSON:
                result = ox.parse_query_results(body, ox.QueryResultsFormat.JSON)
                body = result.serialize(format=fmt)
            return RawResult(kind, body, fmt.media_type)
        fmt = rdf_format(mt)
        response = self._post_query(query, f"{_NT}, text/turtle;q=0.8", default_graph_uris, named_graph_uris)
        got = rdf_format(response.headers.get("Content-Type", _NT))
        body = response.content
        if got != fmt:
            try:
                triples = [q.triple for q in ox.parse(body, got)]
            except SyntaxError as exc:
                raise StoreError(f"the store at {self.query_url} sent malformed {got.name}: {exc}") from exc
            out = io.BytesIO()
            ox.serialize(triples, out, fmt)
            body = out.getvalue()
        return RawResult("graph", body, fmt.media_type)

    def _select_json(self, query: str) -> dict:
        return json.loads(self._post_query(query, _JSON).content)

    def select(self, query: str) -> list[dict[str, rdflib.term.Node]]:
        if query_form(query) != "select":
            raise StoreError("select() needs a SELECT query")
        data = self._select_json(query)
        return [
            {name: _json_term(b) for name, b in row.items()}
            for row in data.get("results", {}).get("bindings", [])
        ]

    def ask(self, query: str) -> bool:
        if query_form(query) != "ask":
            raise StoreError("ask() needs an ASK query")
        return bool(self._select_json(query)["boolean"])

    def construct(self, query: str) -> rdflib.Graph:
        if query_form(query) not in ("construct", "describe"):
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
        raw = self.query_raw(query, _NT)
        graph = rdflib.Graph()
        graph.parse(data=raw.body.decode("utf-8"), format="nt")
        return graph

    def _is_system(self, graph: str) -> bool:
        return graph.startswith(self.system_graph_prefixes)

    def graphs(self) -> dict[str, int]:
        rows = self._select_json("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        counts = {}
        for row in rows["results"]["bindings"]:
            g = row["g"]["value"]
            if row["g"]["type"] == "uri" and not self._is_system(g):
                counts[g] = int(row["n"]["value"])
        return dict(sorted(counts.items()))

    def _graph_triples(self, graph: str) -> bytes:
        """One graph's triples as N-Triples (Graph Store GET when available)."""
        if self.graph_store_url:
            key = "graph-uri" if "sparql-graph-crud" in self.graph_store_url else "graph"
            response = self._request("GET", self.graph_store_url, params={key: graph}, headers={"Accept": _NT})
            if response.status_code == 404:
                return b""
            if response.status_code < 300 and rdf_format(response.headers.get("Content-Type", _NT)) == ox.RdfFormat.N_TRIPLES:
                return response.content
        return self.query_raw(f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH {_iri(graph)} {{ ?s ?p ?o }} }}", _NT).body

    def dump(self, out: BinaryIO, media_type: str = "application/n-quads", graph: str | None = None) -> None:
        fmt = rdf_format(media_type)
        if graph is not None:
            triples = [q.triple for q in ox.parse(self._graph_triples(graph), ox.RdfFormat.N_TRIPLES)]
            ox.serialize(triples, out, fmt)
            return
        if not fmt.supports_datasets:
            raise StoreError(f"{fmt.name} holds one graph: name it, or use N-Quads or TriG for the whole dataset")
        for name in self.graphs():
            node = ox.NamedNode(name)
            quads = (
                ox.Quad(q.subject, q.predicate, q.object, node)
                for q in ox.parse(self._graph_triples(name), ox.RdfFormat.N_TRIPLES)
            )
            ox.serialize(quads, out, fmt)

    @property
    def version(self) -> str:
        data = self._select_json(
            f"SELECT ?v WHERE {{ GRAPH <{META_GRAPH}> {{ <{_VERSION_SUBJECT}> <{_VERSION_PREDICATE}> ?v }} }}"
        )
        tokens = sorted(row["v"]["value"] for row in data["results"]["bindings"])
        return "+".join(tokens) or "0"

    # -- writing ---------------------------------------------------------
    def _bump_version(self) -> None:
        # insert the new token, then delete the others (Virtuoso finds no
        # solution for a WHERE made only of an unmatched OPTIONAL, so one
        # DELETE/INSERT cannot do it). Between the two operations both tokens
        # are present; :attr:`version` joins them, so that state has its own token.
        token = uuid.uuid4().hex
        s, p = f"<{_VERSION_SUBJECT}>", f"<{_VERSION_PREDICATE}>"
        self._post_update(
            f"INSERT DATA {{ GRAPH <{META_GRAPH}> {{ {s} {p} \"{token}\" }} }} ;\n"
            f"DELETE {{ GRAPH <{META_GRAPH}> {{ {s} {p} ?v }} }}\n"
            f"WHERE {{ GRAPH <{META_GRAPH}> {{ {s} {p} ?v }} FILTER(?v != \"{token}\") }}"
        )

    @staticmethod
    def _insert(graph_ref: str, triples: Sequence[ox.Triple]) -> str:
        """An update adding ``triples`` to a graph (``INSERT ... WHERE {}`` if blank nodes occur:
        Virtuoso refuses them in ``INSERT DATA``)."""
        body = _ntriples(triples).decode("utf-8")
        has_bnode = any(isinstance(t.subject, ox.BlankNode) or isinstance(t.object, ox.BlankNode) for t in triples)
        if has_bnode:
            return f"INSERT {{ GRAPH {graph_ref} {{\n{body}\n}} }} WHERE {{}}"
        return f"INSERT DATA {{ GRAPH {graph_ref} {{\n{body}\n}} }}"

    def replace_graph(self, graph: str, data: bytes, media_type: str = "application/n-triples") -> int:
        target = _iri(graph)
        triples = parse_triples(data, media_type)
        if len(triples) <= UPDATE_CHUNK_TRIPLES:
            update = f"DROP SILENT GRAPH {target}"
            if triples:
                update += " ;\n" + self._insert(target, triples)
            self._post_update(update)
        elif self.graph_store_url:
            self._gsp("PUT", graph, _ntriples(triples))
        else:
            self._staged_replace(target, triples)
        self._bump_version()
        return len(triples)

    def _staged_replace(self, target: str, triples: Sequence[ox.Triple]) -> None:
        staging = f"<{_STAGING_PREFIX}{uuid.uuid4().hex}>"
        try:
            for chunk in _chunks(triples, UPDATE_CHUNK_TRIPLES):
                self._post_update(self._insert(staging, chunk))
            self._post_update(f"MOVE SILENT GRAPH {staging} TO GRAPH {target}")
        except StoreError:
            self._post_update(f"DROP SILENT GRAPH {staging}")
            raise

    def remove_graph(self, graph: str) -> bool:
        target = _iri(graph)
        existed = self._select_json(f"ASK {{ GRAPH {target} {{ ?s ?p ?o }} }}")["boolean"]
        if existed:
            self._post_update(f"DROP SILENT GRAPH {target}")
            self._bump_version()
        return bool(existed)

    def update(self, update: str) -> None:
        self._post_update(update)
        self._bump_version()

    def load_file(self, path, media_type=None, graph=None) -> dict[str, int]:
        """Bulk-load an RDF file, streaming; return triple counts per graph it replaced.

        Same contract as :meth:`Store.load_file`: triple formats replace
        ``graph``; dataset formats replace every named graph they contain
        (default-graph triples go to ``graph``). The file is parsed completely
        first (malformed data → :class:`DataSyntaxError`, nothing sent), then
        streamed in chunks without holding it in memory: the first chunk of a
        graph replaces it (Graph Store ``PUT``, or ``DROP`` + ``INSERT DATA``),
        later chunks append (``POST`` / ``INSERT DATA``). A multi-chunk load is
        therefore not one transaction on the server; it is meant for bulk loads.
        """
        path = Path(path)
        media_type = media_type or MEDIA_TYPE_BY_SUFFIX.get(path.suffix.lower())
        if media_type is None:
            raise StoreError(f"{path}: unknown RDF file type {path.suffix!r}; expected one of {', '.join(MEDIA_TYPE_BY_SUFFIX)}")
        fmt = rdf_format(media_type)
        default = ox.NamedNode(_iri(graph)[1:-1]) if graph else None
        counts: dict[str, int] = {}
        for g, _ in self._quads(path, fmt, default):  # validation pass, nothing sent
            counts[g.value] = counts.get(g.value, 0) + 1
        size = GSP_CHUNK_TRIPLES if self.graph_store_url else UPDATE_CHUNK_TRIPLES
        started: set[str] = set()
        batch: list[ox.Triple] = []
        batch_graph: ox.NamedNode | None = None

        def flush() -> None:
            if not batch:
                return
            name = batch_graph.value
            first = name not in started
            started.add(name)
            if self.graph_store_url:
                self._gsp("PUT" if first else "POST", name, _ntriples(batch))
            else:
                insert = self._insert(str(batch_graph), batch)
                self._post_update(f"DROP SILENT GRAPH {batch_graph} ;\n{insert}" if first else insert)
            batch.clear()

        for g, triple in self._quads(path, fmt, default):
            if g != batch_graph or len(batch) >= size:
                flush()
                batch_graph = g
            batch.append(triple)
        flush()
        self._bump_version()
        return counts

    @staticmethod
    def _quads(path: Path, fmt: ox.RdfFormat, default: ox.NamedNode | None) -> Iterator[tuple[ox.NamedNode, ox.Triple]]:
        """(graph, triple) pairs of a file, streamed by pyoxigraph's parser."""
        try:
            for quad in ox.parse(path=str(path), format=fmt):
                g = quad.graph_name
                if isinstance(g, ox.DefaultGraph):
                    if default is None:
                        raise StoreError(f"{path}: triples outside a named graph and no target graph given")
                    g = default
                elif not isinstance(g, ox.NamedNode):
                    raise DataSyntaxError(f"{path}: blank-node graph names are not supported ({g})")
                yield g, quad.triple
        except (SyntaxError, ValueError) as exc:
            raise DataSyntaxError(f"{path}: malformed {fmt.name}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"{path}: {exc}") from exc
