"""The embedded backend: a persistent pyoxigraph (RocksDB) store on disk."""

from __future__ import annotations

import io
import mmap
import os
import re
import tempfile
import threading
import uuid
from pathlib import Path
from typing import BinaryIO, Sequence

import pyoxigraph as ox
import rdflib

from .base import (
    RESULTS_MEDIA_TYPES,
    DataSyntaxError,
    QuerySyntaxError,
    RawResult,
    Store,
    StoreError,
)
from . import union_graph
from .rdf_data import parse_triples, rdf_format
from ..sparql_text import query_shape
from .terms import from_oxigraph

__all__ = ["OxigraphStore", "evaluate"]

_POSITION = re.compile(r"(?:error )?at (\d+):(\d+)")
_VERSION_FILE = "councilgraph-version"
#: above this many triples a replacement is staged with bulk loading
_STAGE_ABOVE = 200_000


def _syntax_error(exc: Exception) -> QuerySyntaxError:
    message = str(exc)
    m = _POSITION.search(message)
    if m:
        return QuerySyntaxError(message, int(m.group(1)), int(m.group(2)))
    return QuerySyntaxError(message)




def _mentions_blank_nodes(ntriples: Path) -> bool:
    """Whether an N-Triples file (as pyoxigraph writes it) may hold a blank node.

    A blank node starts a line or follows a term; escaped literals hold no
    line breaks, so only a literal containing ``> _:`` can give a false alarm
    (which merely takes the slower, always-right path).
    """
    with open(ntriples, "rb") as fh:
        if fh.read(2) == b"_:":
            return True
        if os.path.getsize(ntriples) == 0:
            return False
        with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as data:
            return data.find(b"\n_:") >= 0 or data.find(b"> _:") >= 0


def _unknown_function(*args):
    """An extension function the store does not know: an expression error (unbound), as SPARQL says."""
    return None


def evaluate(store: ox.Store, query: str, default_graph_uris: Sequence[str] = (), named_graph_uris: Sequence[str] = (),
             base_iri: str | None = None):
    """Run ``query`` on a pyoxigraph store with CouncilGraph's dataset rules.

    The default graph is the store's own, which :class:`OxigraphStore` keeps
    equal to the RDF merge of the named graphs (:mod:`.union_graph`), unless
    the request names default graphs (``default_graph_uris``) or the query has
    its own ``FROM``; unknown extension functions evaluate to unbound rather
    than failing the query. Raises :class:`QuerySyntaxError` with the position.
    """
    _, functions = query_shape(query)
    kwargs: dict = {"base_iri": base_iri}
    if default_graph_uris:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in default_graph_uris]
    if functions:
        kwargs["custom_functions"] = {ox.NamedNode(f): _unknown_function for f in functions}
    try:
        if named_graph_uris:
            kwargs["named_graphs"] = [ox.NamedNode(g) for g in named_graph_uris]
        return store.query(query, **kwargs)
    except SyntaxError as exc:
        raise _syntax_error(exc) from exc
    except ValueError as exc:  # a bad IRI in the dataset lists
        raise QuerySyntaxError(f"invalid graph IRI: {exc}") from exc


class OxigraphStore(Store):
    """A pyoxigraph store; ``path=None`` keeps everything in memory.

    ``read_only=True`` opens a static read-only view of a store that no other
    process is writing (query workers use it).
    """

    backend = "oxigraph"
    default_graph_is_set = True

    def __init__(self, path: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        try:
            if self.path is None:
                self._store = ox.Store()
            elif read_only:
                self._store = ox.Store.read_only(str(self.path))
            else:
                self.path.mkdir(parents=True, exist_ok=True)
                self._store = ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open store at {self.path}: {exc}") from exc
        self._lock = threading.Lock()
        self._memory_version = 0
        if self.path is not None and not read_only:
            self._materialise_default_graph()

    def _materialise_default_graph(self) -> None:
        """Fill the default graph of a store written before it was kept as the union (once)."""
        marker = self.path / union_graph.MARKER_FILE
        if marker.exists() and marker.read_text().strip() == union_graph.MARKER:
            return
        if next(iter(self._store.named_graphs()), None) is not None:
            self._store.update(union_graph.rebuild())
            self._store.flush()
            self._bump_version()
        marker.write_text(union_graph.MARKER + "\n")

    # -- reading ---------------------------------------------------------
    @property
    def raw(self) -> ox.Store:
        """The underlying pyoxigraph store, for in-process fast paths."""
        return self._store

    def _run(self, query: str, default_graph_uris: Sequence[str] = (), named_graph_uris: Sequence[str] = (), base_iri: str | None = None):
        return evaluate(self._store, query, default_graph_uris, named_graph_uris, base_iri)

    def query_raw(self, query, media_type, *, default_graph_uris=(), named_graph_uris=(), base_iri=None) -> RawResult:
        result = self._run(query, default_graph_uris, named_graph_uris, base_iri)
        mt = media_type.split(";")[0].strip()
        try:
            if isinstance(result, ox.QueryBoolean):
                fmt = ox.QueryResultsFormat.from_media_type(mt)
                if fmt is None:
                    raise StoreError(f"no boolean result format for {mt!r}")
                return RawResult("boolean", result.serialize(format=fmt), fmt.media_type)
            if isinstance(result, ox.QuerySolutions):
                fmt = ox.QueryResultsFormat.from_media_type(mt)
                if fmt is None:
                    raise StoreError(f"no solutions format for {mt!r}; expected one of {', '.join(RESULTS_MEDIA_TYPES)}")
                return RawResult("bindings", result.serialize(format=fmt), fmt.media_type)
            fmt = rdf_format(mt)
            return RawResult("graph", result.serialize(format=fmt), fmt.media_type)
        except OSError as exc:
            raise StoreError(str(exc)) from exc

    def select(self, query: str) -> list[dict[str, rdflib.term.Node]]:
        result = self._run(query)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError("select() needs a SELECT query")
        names = [v.value for v in result.variables]
        rows = []
        for solution in result:
            row = {}
            for name in names:
                term = solution[name]
                if term is not None:
                    row[name] = from_oxigraph(term)
            rows.append(row)
        return rows

    def ask(self, query: str) -> bool:
        result = self._run(query)
        if not isinstance(result, ox.QueryBoolean):
            raise StoreError("ask() needs an ASK query")
        return bool(result)

    def construct(self, query: str) -> rdflib.Graph:
        result = self._run(query)
        if not isinstance(result, ox.QueryTriples):
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query")
        graph = rdflib.Graph()
        for t in result:
            graph.add((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)))
        return graph

    def graphs(self) -> dict[str, int]:
        counts = {}
        rows = self._store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        for row in rows:
            counts[row["g"].value] = int(row["n"].value)
        for g in self._store.named_graphs():  # empty graphs too
            if isinstance(g, ox.NamedNode):
                counts.setdefault(g.value, 0)
        return dict(sorted(counts.items()))

    def dump(self, out: BinaryIO, media_type: str = "application/n-quads", graph: str | None = None) -> None:
        fmt = rdf_format(media_type)
        if graph is not None:
            self._store.dump(out, fmt, from_graph=ox.NamedNode(graph))
        elif fmt.supports_datasets:  # the named graphs: the default graph is their union, not data of its own
            named = (q for g in list(self._store.named_graphs()) for q in self._store.quads_for_pattern(None, None, None, g))
            ox.serialize(named, out, fmt)
        else:
            raise StoreError(f"{fmt.name} holds one graph: name it, or use N-Quads or TriG for the whole dataset")

    @property
    def version(self) -> str:
        if self.path is None:
            return str(self._memory_version)
        try:
            return (self.path / _VERSION_FILE).read_text().strip() or "0"
        except FileNotFoundError:
            return "0"

    # -- writing ---------------------------------------------------------
    def _check_writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only")

    def _bump_version(self) -> None:
        self._memory_version += 1
        if self.path is not None:
            tmp = self.path / f".{_VERSION_FILE}.{uuid.uuid4().hex}"
            tmp.write_text(uuid.uuid4().hex)
            os.replace(tmp, self.path / _VERSION_FILE)

    def replace_graph(self, graph: str, data: bytes, media_type: str = "application/n-triples") -> int:
        self._check_writable()
        triples = parse_triples(data, media_type)
        target = ox.NamedNode(graph)
        with self._lock:
            if len(triples) <= _STAGE_ABOVE:
                body = io.BytesIO()
                ox.serialize(triples, body, ox.RdfFormat.N_TRIPLES)
                self._store.update(
                    f"{union_graph.release([graph])} ;\nDROP SILENT GRAPH {target} ;\n"
                    f"INSERT DATA {{ GRAPH {target} {{\n{body.getvalue().decode()}\n}} }} ;\n"
                    f"{union_graph.restore([graph])}"
                )
            else:
                staging = ox.NamedNode(f"urn:councilgraph:staging:{uuid.uuid4().hex}")
                try:
                    self._store.bulk_extend(ox.Quad(t.subject, t.predicate, t.object, staging) for t in triples)
                    self._store.update(f"{union_graph.release([graph])} ;\nMOVE SILENT GRAPH {staging} TO GRAPH {target}")
                except Exception:
                    self._store.remove_graph(staging)
                    raise
                self._add_graphs_to_default_graph([graph])
            self._bump_version()
        return len(triples)

    def load_file(self, path, media_type, graph=None) -> dict[str, int]:
        """Native bulk loading (pyoxigraph's parsers and ``bulk_load``).

        Triple formats go to a fresh staging graph that is moved onto ``graph``
        in one transaction (or straight into ``graph`` when it does not exist
        yet); a parse error drops what was written, so the store is unchanged.

        Dataset formats: into an empty store, one strict ``bulk_load`` pass
        (a malformed file empties the store again, which is how it was); into
        a store that holds data, a validation pass first (strict parser, no
        write), then the graphs the file names are replaced and the file is
        bulk-loaded without re-checking it (``lenient``: already validated).
        """
        self._check_writable()
        fmt = rdf_format(media_type)
        path = str(path)
        with self._lock:
            if fmt.supports_datasets:
                if self._is_empty():
                    counts = self._load_dataset_into_empty_store(path, fmt, graph)
                else:
                    counts = self._validate_dataset(path, fmt, graph)
                    self._release_graphs([g for g in counts if self._store.contains_named_graph(ox.NamedNode(g))])
                    self._store.bulk_load(path=path, format=fmt, lenient=True, **self._to_graph(graph))
                self._add_graphs_to_default_graph(counts)
                self._bump_version()
                return counts
            if graph is None:
                raise StoreError(f"{path}: a {fmt.name} file needs a target graph")
            target = ox.NamedNode(graph)
            exists = self._store.contains_named_graph(target)
            landing = ox.NamedNode(f"urn:councilgraph:staging:{uuid.uuid4().hex}") if exists else target
            try:
                self._store.bulk_load(path=path, format=fmt, to_graph=landing)
            except (SyntaxError, ValueError) as exc:
                self._store.remove_graph(landing)
                raise DataSyntaxError(f"{path}: malformed {fmt.name}: {exc}") from exc
            except BaseException:
                self._store.remove_graph(landing)
                raise
            if exists:
                self._store.update(f"{union_graph.release([graph])} ;\nMOVE SILENT GRAPH {landing} TO GRAPH {target}")
            self._add_graphs_to_default_graph([graph])
            self._bump_version()
            count = next(iter(self._store.query(f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {target} {{ ?s ?p ?o }} }}")))["n"]
            return {graph: int(count.value)}

    # -- the default graph: the union of the named graphs (see union_graph) --
    def _add_to_default_graph(self, quads) -> None:
        """Bulk-add the triples of ``quads`` to the default graph (a set: repeats cost nothing)."""
        default = ox.DefaultGraph()
        self._store.bulk_extend(ox.Quad(q.subject, q.predicate, q.object, default) for q in quads)

    def _add_graphs_to_default_graph(self, graphs) -> None:
        """Bulk-add what ``graphs`` hold now to the default graph.

        The graphs are written out as N-Triples and bulk-loaded in Rust (at 1 M
        triples about 2x faster than reading every quad into Python). Bulk
        loading gives a blank node a new identity, though, so when the copy
        shows a blank node the graphs are read back quad by quad instead.
        """
        nodes = [ox.NamedNode(g) for g in sorted(graphs)]
        if not nodes:
            return
        with tempfile.TemporaryDirectory(prefix="councilgraph-union-") as folder:
            copy = Path(folder) / "graphs.nt"
            with open(copy, "wb") as out:
                for g in nodes:
                    self._store.dump(out, ox.RdfFormat.N_TRIPLES, from_graph=g)
            if not _mentions_blank_nodes(copy):
                self._store.bulk_load(path=str(copy), format=ox.RdfFormat.N_TRIPLES, to_graph=ox.DefaultGraph(),
                                      lenient=True)
                return
        self._add_to_default_graph(q for g in nodes for q in self._store.quads_for_pattern(None, None, None, g))

    def _release_graphs(self, graphs: list[str]) -> None:
        """Drop ``graphs`` and what only they gave the default graph, in one transaction."""
        if graphs:
            drops = " ;\n".join(f"DROP GRAPH {ox.NamedNode(g)}" for g in graphs)
            self._store.update(f"{union_graph.release(graphs)} ;\n{drops}")

    # -- dataset files -----------------------------------------------------
    @staticmethod
    def _to_graph(graph: str | None) -> dict:
        """``bulk_load`` keyword for where default-graph triples of a dataset file go."""
        return {"to_graph": ox.NamedNode(graph)} if graph else {}

    def _is_empty(self) -> bool:
        """No quad and no (even empty) named graph: O(1), not a count."""
        return (next(iter(self._store.quads_for_pattern(None, None, None)), None) is None
                and next(iter(self._store.named_graphs()), None) is None)

    @staticmethod
    def _validate_dataset(path: str, fmt: ox.RdfFormat, graph: str | None) -> dict[str, int]:
        """Parse the whole file strictly without writing anything; quads per graph."""
        counts: dict[str, int] = {}
        default = graph
        try:
            for q in ox.parse(path=path, format=fmt):
                name = q.graph_name
                g = name.value if isinstance(name, ox.NamedNode) else default
                if g is None:
                    raise DataSyntaxError(f"{path}: triples outside a named graph and no target graph given")
                counts[g] = counts.get(g, 0) + 1
        except (SyntaxError, ValueError) as exc:
            raise DataSyntaxError(f"{path}: malformed {fmt.name}: {exc}") from exc
        return counts

    def _load_dataset_into_empty_store(self, path: str, fmt: ox.RdfFormat, graph: str | None) -> dict[str, int]:
        """One strict ``bulk_load`` into an empty store; on any failure the store is emptied again."""
        try:
            self._store.bulk_load(path=path, format=fmt, **self._to_graph(graph))
            if graph is None and next(iter(self._store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None):
                raise DataSyntaxError(f"{path}: triples outside a named graph and no target graph given")
        except (SyntaxError, ValueError) as exc:
            self._store.clear()
            raise DataSyntaxError(f"{path}: malformed {fmt.name}: {exc}") from exc
        except BaseException:
            self._store.clear()
            raise
        rows = self._store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
        return {row["g"].value: int(row["n"].value) for row in rows}

    def remove_graph(self, graph: str) -> bool:
        self._check_writable()
        node = ox.NamedNode(graph)
        with self._lock:
            existed = self._store.contains_named_graph(node)
            if existed:
                self._release_graphs([graph])
                self._bump_version()
        return existed

    def update(self, update: str) -> None:
        """Run a SPARQL Update as one transaction, keeping the default graph the union.

        An update that writes the default graph itself is refused
        (:class:`~.union_graph.DefaultGraphWrite`); one whose target graphs are
        variables rebuilds the default graph in the same transaction (slow on
        big stores, but right).
        """
        self._check_writable()
        targets = union_graph.write_targets(update)
        if targets.every:
            text = union_graph.splice("", update, union_graph.rebuild())
        else:
            text = union_graph.splice(union_graph.release(targets.graphs), update, union_graph.restore(targets.graphs))
        with self._lock:
            try:
                self._store.update(text)
            except SyntaxError as exc:
                raise self._update_syntax_error(update, exc) from exc
            except OSError as exc:
                raise StoreError(str(exc)) from exc
            self._bump_version()

    @staticmethod
    def _update_syntax_error(update: str, spliced_error: SyntaxError) -> QuerySyntaxError:
        """The error of the update as the client wrote it (positions in *their* text).

        The spliced request failed to parse; parsing the update alone, in a
        throwaway in-memory store, gives the parser's message and position.
        """
        try:
            ox.Store().update(update)
        except SyntaxError as exc:
            return _syntax_error(exc)
        except Exception:  # noqa: BLE001 - parsed, failed later: the spliced error is all we have
            pass
        return QuerySyntaxError(str(spliced_error))

    def flush(self) -> None:
        if not self.read_only:
            self._store.flush()

    def close(self) -> None:
        if getattr(self, "_store", None) is not None:
            self.flush()
            del self._store
            self._store = None  # type: ignore[assignment]
