"""Query execution with real timeouts: a bounded pool of worker processes.

pyoxigraph cannot stop a running query, and one RocksDB store may be opened
read-write by one process only. So the server process owns the read-write
store (every write goes through it) and SPARQL queries run in worker
*processes* that each open the same store read-only, evaluate the query and
serialise the result themselves (bytes come back over a pipe). A query past
its deadline gets its worker killed and replaced while the other workers keep
serving.

Consistency with writes: opening a RocksDB store read-only while another
process writes it is undefined behaviour, so a write first closes the gate
(new queries wait), waits for running queries to finish (each has a
deadline), makes every idle worker drop its read-only view, writes, flushes,
and opens the gate; workers reopen their view when the store version they
see in the next job differs from the one they opened.

:class:`PooledStore` wraps all that behind the ordinary
:class:`~councilgraph.store.Store` interface, so browser views calling
``current_store().select(...)`` get timeouts too. ``execute_query`` is the one
entry point the protocol views use for any store (pooled, embedded in memory,
or remote).
"""

from __future__ import annotations

import contextlib
import contextvars
import csv
import io
import os
import re
import socket
import subprocess
import sys
import threading
import time
from decimal import Decimal
from multiprocessing.connection import Connection
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import BinaryIO, Iterator

import pyoxigraph as ox

from ..store import OxigraphStore, QuerySyntaxError, RawResult, Store, StoreError
from ..store.oxigraph import evaluate
from ..store.rdf_data import rdf_format
from ..store.terms import from_oxigraph
from .store_lock import LockTimeout, StoreLock, bump_version, read_version

__all__ = [
    "QueryJob",
    "QueryResult",
    "QueryTimeout",
    "Saturated",
    "NotAcceptableResult",
    "WorkerPool",
    "PooledStore",
    "execute_query",
    "query_deadline",
    "run_job",
]



class QueryTimeout(StoreError):
    """The query ran past its deadline and was stopped."""

    def __init__(self, seconds: float) -> None:
        super().__init__(f"Query timed out: stopped after {seconds:g} s")
        self.seconds = seconds


class Saturated(StoreError):
    """Every worker is busy and the wait queue is full; try again later."""

    def __init__(self, retry_after: int = 2) -> None:
        super().__init__("Server busy: every query worker is busy and the wait queue is full; retry later")
        self.retry_after = retry_after


class NotAcceptableResult(StoreError):
    """The query's result kind has no acceptable media type (the client asked for none)."""

    def __init__(self, kind: str) -> None:
        super().__init__(f"no acceptable media type for a {kind} result")
        self.kind = kind


@dataclass(frozen=True)
class QueryJob:
    """One query to evaluate, with the media types to serialise each result kind in.

    ``results_media_type`` serialises SELECT/ASK results and ``graph_media_type``
    CONSTRUCT/DESCRIBE graphs; ``None`` means the client accepts no such result.
    """

    query: str
    results_media_type: str | None = "application/sparql-results+json"
    graph_media_type: str | None = "application/n-triples"
    default_graph_uris: tuple[str, ...] = ()
    named_graph_uris: tuple[str, ...] = ()
    base_iri: str | None = None
    max_rows: int | None = None
    stream: bool = False  # a body over STREAM_CHUNK_BYTES may come as an iterator of chunks


@dataclass(frozen=True)
class QueryResult(RawResult):
    """A serialised result; ``truncated`` when ``max_rows`` cut it short."""

    truncated: bool = False
    rows: int | None = field(default=None)


# ---------------------------------------------------------------------------
# evaluating one job against a pyoxigraph store (in a worker or in-process)


def _evaluate(store: ox.Store, job: QueryJob):
    return evaluate(store, job.query, job.default_graph_uris, job.named_graph_uris, job.base_iri)


def _results_format(media_type: str) -> ox.QueryResultsFormat:
    fmt = ox.QueryResultsFormat.from_media_type(media_type)
    if fmt is None:
        raise StoreError(f"unsupported results media type {media_type!r}")
    return fmt


def _tsv_term(term) -> str:
    """A term in SPARQL TSV syntax (triple terms as ``<<( s p o )>>``, recursively)."""
    if term is None:
        return ""
    if isinstance(term, ox.Triple):
        return f"<<( {_tsv_term(term.subject)} {_tsv_term(term.predicate)} {_tsv_term(term.object)} )>>"
    return str(term)


def _tsv(result: ox.QuerySolutions, max_rows: int | None) -> tuple[bytes, bool, int]:
    """SPARQL TSV of (at most ``max_rows`` of) the solutions; whether rows were cut; the row count.

    Every term is written in full N-Triples form: pyoxigraph's own TSV writer
    abbreviates numbers, which turns e.g. an ``xsd:negativeInteger`` into an
    ``xsd:integer`` for the reader.
    """
    names = [v.value for v in result.variables]
    rows, truncated = _first_rows(result, max_rows)
    lines = ["\t".join(f"?{n}" for n in names)]
    lines.extend("\t".join(_tsv_term(solution[n]) for n in names) for solution in rows)
    return ("\n".join(lines) + "\n").encode(), truncated, len(rows)


def _first_rows(result: ox.QuerySolutions, max_rows: int | None) -> tuple[list, bool]:
    """At most ``max_rows`` solutions (all when None), and whether more were left."""
    rows = []
    for solution in result:
        if len(rows) == max_rows:
            return rows, True
        rows.append(solution)
    return rows, False


_XSD = "http://www.w3.org/2001/XMLSchema#"
_FLOATING = {_XSD + "double", _XSD + "float"}


def _canonical_double(lexical: str) -> str:
    """The XSD canonical form of a double ("1000000" → "1.0E6"); other text as it is."""
    try:
        value = float(lexical)
    except ValueError:
        return lexical
    if value != value or value in (float("inf"), float("-inf")):
        return {"nan": "NaN", "inf": "INF", "-inf": "-INF"}[repr(value)]
    if value == 0:
        return "-0.0E0" if str(value).startswith("-") else "0.0E0"
    sign, digits, exponent = Decimal(repr(value)).normalize().as_tuple()
    text = "".join(map(str, digits))
    return f"{'-' if sign else ''}{text[0]}.{text[1:] or '0'}E{exponent + len(text) - 1}"


def _csv_field(term) -> str:
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        if term.datatype.value in _FLOATING:
            return _canonical_double(term.value)
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode):
        return term.value
    return _tsv_term(term)


def _csv(result: ox.QuerySolutions, max_rows: int | None) -> tuple[bytes, bool, int]:
    """SPARQL CSV (RFC 4180, CRLF) of the solutions, doubles in XSD canonical form.

    CSV keeps only lexical forms, so they are written canonically: pyoxigraph's
    writer would print the double 1.0E6 as "1000000", which reads back as an integer.
    """
    names = [v.value for v in result.variables]
    rows, truncated = _first_rows(result, max_rows)
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\r\n")
    writer.writerow(names)
    writer.writerows([_csv_field(solution[n]) for n in names] for solution in rows)
    return buf.getvalue().encode(), truncated, len(rows)


def _limited_solutions(result: ox.QuerySolutions, max_rows: int) -> tuple[ox.QuerySolutions, bool, int]:
    """The first ``max_rows`` solutions as a fresh QuerySolutions (via a TSV round trip)."""
    data, truncated, count = _tsv(result, max_rows)
    return ox.parse_query_results(data, ox.QueryResultsFormat.TSV), truncated, count


def run_job(store: ox.Store, job: QueryJob) -> QueryResult:
    """Evaluate ``job`` on a pyoxigraph store and serialise the result."""
    meta, write = prepare_job(store, job)
    out = io.BytesIO()
    _write_body(write, out)
    return replace(meta, body=out.getvalue())


def _write_body(write, out) -> None:
    try:
        write(out)
    except OSError as exc:  # evaluation failures while serialising, e.g. a SERVICE endpoint that failed
        raise StoreError(f"query evaluation failed: {exc}") from exc


def prepare_job(store: ox.Store, job: QueryJob):
    """Evaluate ``job`` up to what the response head needs.

    Returns the result's description (a :class:`QueryResult` with an empty
    body: kind, media type, whether ``max_rows`` cut it) and a function that
    writes the serialised body to a binary file object — lazily, as pyoxigraph
    produces it, where the format allows.
    """
    result = _evaluate(store, job)
    try:
        if isinstance(result, ox.QueryBoolean):
            if job.results_media_type is None:
                raise NotAcceptableResult("boolean")
            fmt = _results_format(job.results_media_type)
            return QueryResult("boolean", b"", fmt.media_type), lambda out: result.serialize(out, format=fmt)
        if isinstance(result, ox.QuerySolutions):
            if job.results_media_type is None:
                raise NotAcceptableResult("bindings")
            fmt = _results_format(job.results_media_type)
            truncated, rows = False, None
            own_writer = {ox.QueryResultsFormat.TSV: _tsv, ox.QueryResultsFormat.CSV: _csv}.get(fmt)
            if own_writer is not None:  # full datatypes (TSV), canonical doubles (CSV)
                body, truncated, rows = own_writer(result, job.max_rows)
                meta = QueryResult("bindings", b"", fmt.media_type, truncated, rows if job.max_rows is not None else None)
                return meta, lambda out: out.write(body)
            if job.max_rows is not None:
                result, truncated, rows = _limited_solutions(result, job.max_rows)
            solutions = result
            return (QueryResult("bindings", b"", fmt.media_type, truncated, rows),
                    lambda out: solutions.serialize(out, format=fmt))
        if job.graph_media_type is None:
            raise NotAcceptableResult("graph")
        fmt = rdf_format(job.graph_media_type)
        truncated, rows = False, None
        triples = result
        if job.max_rows is not None:
            triples = []
            for triple in result:
                if len(triples) == job.max_rows:
                    truncated = True
                    break
                triples.append(triple)
            rows = len(triples)
        return QueryResult("graph", b"", fmt.media_type, truncated, rows), lambda out: ox.serialize(triples, out, fmt)
    except OSError as exc:  # evaluation failures, e.g. a SERVICE endpoint that failed
        raise StoreError(f"query evaluation failed: {exc}") from exc


def _graph_counts(store: ox.Store) -> dict[str, int]:
    counts: dict[str, int] = {}
    for row in store.query("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"):
        if isinstance(row["g"], ox.NamedNode):
            counts[row["g"].value] = int(row["n"].value)
    for g in store.named_graphs():
        if isinstance(g, ox.NamedNode):
            counts.setdefault(g.value, 0)
    return dict(sorted(counts.items()))


# ---------------------------------------------------------------------------
# the worker process


def _exit_when_orphaned(parent: int) -> None:
    while True:
        time.sleep(1.0)
        if os.getppid() != parent:
            os._exit(0)


def _open_read_only(path: str, attempts: int = 5) -> ox.Store:
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(path)
        except OSError:
            if attempt == attempts - 1:
                raise
            time.sleep(0.05 * (attempt + 1))
    raise AssertionError("unreachable")


def _error_reply(exc: BaseException) -> tuple:
    if isinstance(exc, QuerySyntaxError):
        return ("syntax", exc.message, exc.line, exc.column)
    if isinstance(exc, NotAcceptableResult):
        return ("not-acceptable", exc.kind)
    return ("error", str(exc) or type(exc).__name__)


#: how often a job is retried when the read-only view went stale under it
_ATTEMPTS = 6
_STALE_VIEW = re.compile(r"Corruption|No such file or directory|IO error")


def worker_main(conn, path: str, parent: int) -> None:
    """Serve jobs from ``conn`` over a read-only view of the store at ``path``.

    Every job runs under the store's shared read lock (:mod:`.store_lock`), so
    no write happens while it evaluates; the view is reopened when the version
    seen under the lock differs from the one it was opened at. A killed worker's
    lock goes with it.
    """
    threading.Thread(target=_exit_when_orphaned, args=(parent,), daemon=True).start()
    lock = StoreLock(path)
    store: ox.Store | None = None
    opened_version: str | None = None
    while True:
        try:
            message = conn.recv()
        except (EOFError, OSError):
            return
        op = message[0]
        if op == "close":
            store = None
            opened_version = None
            conn.send(("ok", None))
            continue
        if op == "stop":
            return
        payload = message[2]
        with lock.reading() as version:
            for attempt in range(_ATTEMPTS):
                sink = None
                try:
                    if store is None or version != opened_version:
                        store = None
                        store = _open_read_only(path)
                        opened_version = version
                    if op == "query" and payload.stream:
                        sink = _ChunkSink(conn)
                        meta, write = prepare_job(store, payload)
                        sink.meta = meta
                        _write_body(write, sink)
                        reply = sink.finish()
                    elif op == "query":
                        reply = ("ok", run_job(store, payload))
                    elif op == "graphs":
                        reply = ("ok", _graph_counts(store))
                    else:
                        reply = ("error", f"unknown operation {op!r}")
                    break
                except Exception as exc:  # noqa: BLE001 - every failure goes back to the caller
                    reply = _error_reply(exc)
                    if sink is not None and sink.started:
                        reply = ("fail", str(exc) or type(exc).__name__)  # the head went out: cut the stream
                        break
                    if attempt + 1 < _ATTEMPTS and _STALE_VIEW.search(str(exc)):
                        # files changed under our view: reopen and retry
                        store = None
                        time.sleep(0.05 * (attempt + 1))
                        continue
                    break
        try:
            conn.send(reply)
        except (EOFError, OSError):
            return


#: a streamed query's body goes to the HTTP process in chunks of about this size
STREAM_CHUNK_BYTES = 1024 * 1024


class _ChunkSink:
    """A binary file object for the serialiser in a worker: small bodies whole, big ones in chunks.

    Until the body passes :data:`STREAM_CHUNK_BYTES` it is kept; then the
    result's head (``meta``) and the body so far go to the HTTP process, and
    every further chunk as it fills (``("head", meta)``, ``("chunk", bytes)``
    ..., ``("end", None)``).
    """

    def __init__(self, conn) -> None:
        self.conn = conn
        self.meta: QueryResult | None = None
        self.buffer = bytearray()
        self.started = False

    def write(self, data) -> int:
        self.buffer += data
        if len(self.buffer) >= STREAM_CHUNK_BYTES:
            if not self.started:
                self.conn.send(("head", self.meta))
                self.started = True
            self.conn.send(("chunk", bytes(self.buffer)))
            self.buffer.clear()
        return len(data)

    def flush(self) -> None:
        pass

    def finish(self) -> tuple:
        if not self.started:
            return ("ok", replace(self.meta, body=bytes(self.buffer)))
        if self.buffer:
            self.conn.send(("chunk", bytes(self.buffer)))
        return ("end", None)


class _StreamedBody:
    """The chunks of a streamed result, read from the worker that holds it (then released).

    The query's deadline still holds: a worker that sends nothing by then is
    killed and the body ends in :class:`QueryTimeout` (the client sees a cut
    response). Closing the body early (client gone) kills the worker too.
    """

    def __init__(self, pool: "WorkerPool", worker: "_Worker", deadline: float | None, timeout: float | None) -> None:
        self.pool = pool
        self.worker = worker
        self.deadline = deadline
        self.timeout = timeout
        self.done = False

    def __iter__(self):
        try:
            while True:
                remaining = None if self.deadline is None else max(0.0, self.deadline - time.monotonic())
                try:
                    if not self.worker.conn.poll(remaining):
                        self.worker.kill()
                        raise QueryTimeout(self.timeout or 0)
                    kind, data = self.worker.conn.recv()
                except (EOFError, OSError) as exc:
                    self.worker.kill()
                    raise StoreError(f"query worker died: {exc}") from exc
                if kind == "chunk":
                    yield data
                elif kind == "end":
                    self.done = True
                    return
                else:
                    raise StoreError(f"query failed while streaming: {data}")
        finally:
            self.close()

    def close(self) -> None:
        worker, self.worker = self.worker, None
        if worker is None:
            return
        if not self.done:
            worker.kill()  # closed mid-stream: it is still sending; a fresh worker replaces it
        self.pool._release(worker)


def _raise_reply(reply: tuple):
    kind = reply[0]
    if kind == "ok":
        return reply[1]
    if kind == "syntax":
        raise QuerySyntaxError(reply[1], reply[2], reply[3])
    if kind == "not-acceptable":
        raise NotAcceptableResult(reply[1])
    raise StoreError(reply[1])


class _Worker:
    """One worker process (``python -m councilgraph.server.workers``) and the parent's end of its socket.

    A plain subprocess rather than ``multiprocessing``: it does not re-import
    the parent's ``__main__`` (which breaks under ``python -c`` or a REPL) and
    leaves no resource tracker behind.
    """

    def __init__(self, path: str) -> None:
        parent_end, child_end = socket.socketpair()
        try:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "councilgraph.server.workers", str(child_end.fileno()), path, str(os.getpid())],
                pass_fds=(child_end.fileno(),), stdin=subprocess.DEVNULL, close_fds=True,
            )
        finally:
            child_end.close()
        self.conn = Connection(parent_end.detach())

    def call(self, message: tuple, timeout: float | None):
        """Send ``message`` and wait for the reply; kill the worker at the deadline."""
        try:
            self.conn.send(message)
            ready = self.conn.poll(timeout)
            if ready:
                return self.conn.recv()
        except (EOFError, OSError) as exc:
            self.kill()
            raise StoreError(f"query worker died: {exc}") from exc
        self.kill()
        raise QueryTimeout(timeout or 0)

    @property
    def alive(self) -> bool:
        return self.process.poll() is None

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(5)
        self.conn.close()

    def stop(self) -> None:
        with contextlib.suppress(Exception):
            self.conn.send(("stop",))
        try:
            self.process.wait(2)
        except subprocess.TimeoutExpired:
            self.process.kill()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(2)
        self.conn.close()


class WorkerPool:
    """A bounded pool of query worker processes over one on-disk store.

    ``size`` workers run queries; at most ``max_waiting`` further requests
    wait for one (more → :class:`Saturated`). Workers take the store's read
    lock themselves and reopen their view when its version changes.
    """

    def __init__(self, path: str, size: int, max_waiting: int) -> None:
        if size < 1:
            raise ValueError("a worker pool needs at least one worker")
        self.path = str(path)
        self.size = size
        self.max_waiting = max(0, max_waiting)
        self._cond = threading.Condition()
        self._idle: list[_Worker] = [_Worker(self.path) for _ in range(size)]
        self._busy = 0
        self._waiting = 0
        self._closed = False

    # -- reads -----------------------------------------------------------
    def run(self, op: str, payload, timeout: float | None):
        """Run one operation in a worker within ``timeout`` seconds (queue wait included)."""
        start = time.monotonic()
        deadline = None if timeout is None else start + timeout
        worker = self._acquire(deadline, timeout)
        try:
            remaining = None if deadline is None else max(0.0, deadline - time.monotonic())
            reply = worker.call((op, None, payload), remaining)
            if reply[0] == "head":  # a big result: its chunks follow; the body releases the worker
                body, worker = _StreamedBody(self, worker, deadline, timeout), None
                return replace(reply[1], body=body)
        finally:
            if worker is not None:
                self._release(worker)
        return _raise_reply(reply)

    def _acquire(self, deadline: float | None, timeout: float | None) -> _Worker:
        with self._cond:
            if self._closed:
                raise StoreError("the query worker pool is closed")
            if not self._idle and self._waiting >= self.max_waiting:
                raise Saturated()
            self._waiting += 1
            try:
                while not self._idle:
                    remaining = None if deadline is None else deadline - time.monotonic()
                    if remaining is not None and remaining <= 0:
                        raise QueryTimeout(timeout or 0)
                    self._cond.wait(remaining)
                    if self._closed:
                        raise StoreError("the query worker pool is closed")
            finally:
                self._waiting -= 1
            self._busy += 1
            return self._idle.pop(0)  # the longest idle: warm (a fresh replacement may still be booting)

    def _release(self, worker: _Worker) -> None:
        if not worker.alive:
            worker.kill()
            worker = _Worker(self.path)
        with self._cond:
            self._busy -= 1
            if self._closed:
                worker.stop()
            else:
                self._idle.append(worker)
            if self._closed:
                self._cond.notify_all()
            else:
                self._cond.notify()

    def stats(self) -> dict[str, int]:
        with self._cond:
            return {"size": self.size, "busy": self._busy, "waiting": self._waiting, "idle": len(self._idle)}

    def close(self) -> None:
        with self._cond:
            self._closed = True
            workers, self._idle = self._idle, []
            self._cond.notify_all()
        for worker in workers:
            worker.stop()


#: default bound of each HTTP process's result cache
DEFAULT_CACHE_BYTES = 64 * 1024 * 1024

#: the row cap of in-process runs when the server sets no max_rows (beyond it: the workers)
INLINE_ROW_CAP = 10_000

# ---------------------------------------------------------------------------
# the per-request deadline

_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("councilgraph_query_timeout", default=None)


@contextlib.contextmanager
def query_deadline(seconds: float | None) -> Iterator[None]:
    """Run the enclosed store reads with at most ``seconds`` each (lower than the store's default)."""
    token = _deadline.set(seconds)
    try:
        yield
    finally:
        _deadline.reset(token)


class PooledStore(Store):
    """An on-disk Oxigraph store read with real timeouts, shareable by several processes.

    * Queries whose shape bounds their cost (:mod:`.cheap_shape`) run in this
      process over its read-only view (:class:`.inline.InlineReader`);
    * every other query runs in this process's pool of killable worker
      processes (:class:`WorkerPool`);
    * a write takes the store's exclusive lock (:mod:`.store_lock`: no read runs
      in any process meanwhile), opens the store read-write, writes, closes it
      (flushed) and bumps the version, so every reader reopens its view.

    Results are cached per process by (store version, job) up to
    ``cache_bytes`` (:mod:`.result_cache`; 0 disables). Several HTTP processes
    may each hold one over the same folder. ``inline=False`` sends every query
    to the workers.
    """

    backend = "oxigraph"

    def __init__(self, path, *, workers: int = 2, timeout: float | None = 30.0, max_waiting: int | None = None,
                 max_rows: int | None = None, inline: bool = True, cache_bytes: int = DEFAULT_CACHE_BYTES) -> None:
        from .inline import InlineReader  # noqa: PLC0415
        from .result_cache import ResultCache  # noqa: PLC0415

        self.path = Path(path)
        self.path.mkdir(parents=True, exist_ok=True)
        self.timeout = timeout
        self.max_rows = max_rows
        self.lock = StoreLock(self.path)
        self._write_lock = threading.Lock()
        with self._writing():
            pass  # create a new store; let the backend bring an existing one up to date (under the lock)
        self.inline = InlineReader(self.path, self.lock) if inline else None
        self.pool = WorkerPool(str(self.path), workers, workers * 4 if max_waiting is None else max_waiting)
        self.cache = ResultCache(cache_bytes) if cache_bytes > 0 else None

    def _timeout(self, timeout: float | None) -> float | None:
        candidates = [t for t in (self.timeout, _deadline.get(), timeout) if t is not None]
        return min(candidates) if candidates else None

    # -- reading ---------------------------------------------------------
    def run(self, job: QueryJob, timeout: float | None = None, *, exceed_default: bool = False) -> QueryResult:
        """Evaluate a :class:`QueryJob`: in this process when it is cheap, else in the pool.

        ``timeout`` may only lower the store's default, unless ``exceed_default``
        (server-internal work such as dataset statistics).
        """
        from .cheap_shape import cheap_shape  # noqa: PLC0415
        from .result_cache import cacheable  # noqa: PLC0415

        key = None
        # a cheap shape calls no function and no SERVICE: cacheable without another scan
        if self.cache is not None and (cheap_shape(job.query) is not None or cacheable(job.query)):
            key = (read_version(self.path), job)  # read before evaluating: a later write makes a new key
            hit = self.cache.lookup(key)
            if hit is not None:
                return hit
        result = self._evaluate_job(job, timeout if exceed_default else self._timeout(timeout))
        if key is not None and isinstance(result.body, bytes):
            self.cache.put(key, result, len(result.body) + len(job.query))
        return result

    def _evaluate_job(self, job: QueryJob, seconds: float | None) -> QueryResult:
        from .cheap_shape import cheap_shape  # noqa: PLC0415

        shape = cheap_shape(job.query) if self.inline is not None else None
        if shape is not None:
            deadline = None if seconds is None else time.monotonic() + seconds
            try:
                result = self.inline.run(job, shape, self.max_rows or INLINE_ROW_CAP, deadline)
            except LockTimeout as exc:
                raise QueryTimeout(seconds or 0) from exc
            if result is not None:
                return result
        return self.pool.run("query", job, seconds)

    def query_raw(self, query, media_type, *, default_graph_uris=(), named_graph_uris=(), base_iri=None) -> RawResult:
        mt = media_type.split(";")[0].strip()
        job = QueryJob(query, mt, mt, tuple(default_graph_uris), tuple(named_graph_uris), base_iri)
        try:
            return self.run(job)
        except NotAcceptableResult as exc:
            raise StoreError(f"{mt} cannot serialise a {exc.kind} result") from exc

    def select(self, query: str):
        raw = self.run(QueryJob(query, "application/sparql-results+json", None))
        if raw.kind != "bindings":
            raise StoreError("select() needs a SELECT query")
        solutions = ox.parse_query_results(raw.body, ox.QueryResultsFormat.JSON)
        names = [v.value for v in solutions.variables]
        rows = []
        for solution in solutions:
            rows.append({n: from_oxigraph(solution[n]) for n in names if solution[n] is not None})
        return rows

    def ask(self, query: str) -> bool:
        try:
            raw = self.run(QueryJob(query, "application/sparql-results+json", None))
        except NotAcceptableResult as exc:
            raise StoreError("ask() needs an ASK query") from exc
        if raw.kind != "boolean":
            raise StoreError("ask() needs an ASK query")
        return bool(ox.parse_query_results(raw.body, ox.QueryResultsFormat.JSON))

    def construct(self, query: str):
        import rdflib  # noqa: PLC0415 - the friendly, slower path

        try:
            raw = self.run(QueryJob(query, None, "application/n-triples"))
        except NotAcceptableResult as exc:
            raise StoreError("construct() needs a CONSTRUCT or DESCRIBE query") from exc
        graph = rdflib.Graph()
        for t in ox.parse(raw.body, ox.RdfFormat.N_TRIPLES):
            graph.add((from_oxigraph(t.subject), from_oxigraph(t.predicate), from_oxigraph(t.object)))
        return graph

    def graphs(self) -> dict[str, int]:
        return self.pool.run("graphs", None, self._timeout(None))

    def dump(self, out: BinaryIO, media_type: str = "application/n-quads", graph: str | None = None) -> None:
        with self.lock.reading():
            view = OxigraphStore(self.path, read_only=True)
            try:
                view.dump(out, media_type, graph)
            finally:
                view.close()

    @property
    def version(self) -> str:
        return read_version(self.path)

    # -- writing ---------------------------------------------------------
    @contextlib.contextmanager
    def _writing(self) -> Iterator[OxigraphStore]:
        """The store opened read-write, with every reader in every process held off."""
        with self._write_lock, self.lock.writing():
            primary = OxigraphStore(self.path)
            try:
                yield primary
            finally:
                primary.close()  # flushed; no background work left under the readers
                bump_version(self.path)  # even after a failed write: views opened before must reopen

    def replace_graph(self, graph: str, data: bytes, media_type: str = "application/n-triples") -> int:
        with self._writing() as primary:
            return primary.replace_graph(graph, data, media_type)

    def remove_graph(self, graph: str) -> bool:
        with self._writing() as primary:
            return primary.remove_graph(graph)

    def update(self, update: str) -> None:
        with self._writing() as primary:
            primary.update(update)

    def load_file(self, path, media_type, graph=None) -> dict[str, int]:
        with self._writing() as primary:
            return primary.load_file(path, media_type, graph)

    def close(self) -> None:
        self.pool.close()


def execute_query(store: Store, job: QueryJob, timeout: float | None = None) -> QueryResult:
    """Evaluate ``job`` on any store: in the pool, in-process (embedded), or remotely.

    Only a :class:`PooledStore` can enforce ``timeout``; an in-memory embedded
    store applies ``max_rows`` but runs to completion; a remote store gets the
    query as is (its server applies its own limits).
    """
    if isinstance(store, PooledStore):
        return store.run(job, timeout)
    if isinstance(store, OxigraphStore):
        return run_job(store.raw, job)
    # a remote store: ask for one media type, the one matching the query form
    for media_type in (job.results_media_type, job.graph_media_type):
        if media_type is None:
            continue
        try:
            raw = store.query_raw(job.query, media_type, default_graph_uris=job.default_graph_uris,
                                  named_graph_uris=job.named_graph_uris, base_iri=job.base_iri)
            return QueryResult(raw.kind, raw.body, raw.media_type)
        except QuerySyntaxError:
            raise
        except StoreError:
            continue
    raise NotAcceptableResult("query")


if __name__ == "__main__":  # a query worker: python -m councilgraph.server.workers FD STORE PARENT_PID
    # run the imported module's loop, so replies pickle as councilgraph.server.workers.* (not __main__.*)
    from councilgraph.server.workers import worker_main as _worker_main

    _worker_main(Connection(int(sys.argv[1])), sys.argv[2], int(sys.argv[3]))
