"""The four systems the benchmark compares, each measured the same way.

Every ``bench_*`` function loads the same data, times the same queries and,
where the system is a server, drives it with the same load generator; each
returns a :class:`Measured`. In-process peers (raw pyoxigraph, rdflib) run in
a child process so that their memory is their own.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import resource
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

import psutil
import requests
from loadgen import LoadResult, run_load

ROOT = Path(__file__).resolve().parent.parent
ACCEPT = "application/sparql-results+json"
sys.path.insert(0, str(ROOT))  # tests.support.virtuoso


@dataclass
class Measured:
    """What one system measured. Times in seconds, latencies in milliseconds."""

    name: str
    triples: int = 0
    load_s: float | None = None
    disk_bytes: int | None = None
    peak_rss: int | None = None
    latencies: dict[str, list[float]] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)
    load: LoadResult | None = None
    notes: list[str] = field(default_factory=list)
    #: peak resident memory of the load alone (``peak_rss`` also covers querying and serving)
    load_peak_rss: int | None = None
    #: result rows of each query (from its warm-up run), to check that systems agree
    rows: dict[str, int] = field(default_factory=dict)


# --- helpers ------------------------------------------------------------------------
#: a query whose warm-up run takes longer than this gets one timed run instead of ``repeat``
SLOW_QUERY_S = 2.0


def runs_for(warm_up_s: float, repeat: int) -> int:
    """Timed runs after a warm-up that took ``warm_up_s`` (slow queries get one, to bound the run)."""
    return 1 if warm_up_s > SLOW_QUERY_S else repeat

def result_rows(body: bytes) -> int:
    """Rows in a SPARQL JSON result (1 for a boolean)."""
    import json

    data = json.loads(body)
    return 1 if "boolean" in data else len(data["results"]["bindings"])


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def dir_bytes(path: Path) -> int:
    return sum(p.stat().st_size for p in Path(path).rglob("*") if p.is_file())


class PeakRss:
    """Samples the resident memory of a process and its children; keeps the peak."""

    def __init__(self, pid: int, interval: float = 0.1) -> None:
        self.pid = pid
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.interval = interval

    def _sample(self) -> int:
        try:
            proc = psutil.Process(self.pid)
            procs = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            return 0
        total = 0
        for p in procs:
            try:
                total += p.memory_info().rss
            except psutil.Error:
                pass
        return total

    def _run(self) -> None:
        while not self._stop.is_set():
            self.peak = max(self.peak, self._sample())
            self._stop.wait(self.interval)

    def __enter__(self) -> PeakRss:  # noqa: PYI034 - never subclassed
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()


def wait_http(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"{proc.args[:3]} exited with {proc.returncode}")
        try:
            r = requests.get(url, params={"query": "ASK {}"}, headers={"Accept": ACCEPT}, timeout=5)
            if r.status_code == 200:
                return
        except requests.RequestException:
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{url} did not answer within {timeout:.0f}s")


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGTERM)
        try:
            proc.wait(30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


def http_latencies(url: str, queries: dict[str, str], repeat: int, out: Measured, timeout: float = 30) -> None:
    """Time each query over HTTP: one warm-up, then ``repeat`` timed runs (unique text each time).

    A query whose warm-up takes more than ``timeout`` seconds is reported as stopped."""
    session = requests.Session()
    for name, query in queries.items():
        times = []
        runs = repeat
        for run in range(repeat + 1):
            if run > runs:
                break
            t = time.perf_counter()
            try:
                r = session.post(url, data={"query": f"{query}\n# run {run}"}, headers={"Accept": ACCEPT}, timeout=timeout)
                body = r.content
            except requests.Timeout:
                out.failed[name] = f"stopped after {timeout:.0f} s"
                break
            except requests.RequestException as exc:
                out.failed[name] = type(exc).__name__
                break
            elapsed = (time.perf_counter() - t) * 1000
            if r.status_code == 503:  # the server's own query timeout
                out.failed[name] = f"stopped after {elapsed / 1000:.0f} s"
                break
            if r.status_code != 200:
                out.failed[name] = f"HTTP {r.status_code}: {body[:120]!r}"
                break
            if run:
                times.append(elapsed)
            else:
                runs = runs_for(elapsed / 1000, repeat)
                out.rows[name] = result_rows(body)
        if times and name not in out.failed:
            out.latencies[name] = times


# --- CouncilGraph ---------------------------------------------------------------------
def _cli(*args: str) -> list[str]:
    return [sys.executable, "-m", "councilgraph.cli", *args]


def bench_councilgraph(data: Path, work: Path, queries: dict[str, str], lookups: Sequence[str], repeat: int,
                       seconds: float, connections: int, workers: int | None = None, query_timeout: float = 30) -> Measured:
    """``councilgraph load`` then ``councilgraph serve`` over HTTP (embedded store)."""
    m = Measured("CouncilGraph")
    store = work / "councilgraph-store"
    t = time.perf_counter()
    proc = subprocess.Popen(_cli("load", str(data), "--store", str(store)), stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    with PeakRss(proc.pid) as load_peak:
        _, err = proc.communicate()
    m.load_s = time.perf_counter() - t
    if proc.returncode != 0:
        raise RuntimeError(f"councilgraph load failed: {err.decode()[-2000:]}")
    m.disk_bytes = dir_bytes(store)
    port = free_port()
    serve_args = ["serve", "--store", str(store), "--port", str(port), "--query-timeout", str(query_timeout)]
    if workers:
        serve_args += ["--workers", str(workers)]
    server = subprocess.Popen(_cli(*serve_args), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        with PeakRss(server.pid) as serve_peak:
            wait_http(url, 120, server)
            m.triples = _count(url)
            http_latencies(url, queries, repeat, m, query_timeout + 5)
            m.load = run_load(url, lookups, connections, seconds)
        m.load_peak_rss = load_peak.peak
        m.peak_rss = max(load_peak.peak, serve_peak.peak)
        m.notes.append(f"load = `councilgraph load` wall clock (process start included); peak RSS: load process "
                       f"{load_peak.peak / 1e6:,.0f} MB, server + workers {serve_peak.peak / 1e6:,.0f} MB")
    finally:
        stop(server)
    return m


def with_derived_graph(data: Path, store: Path, out: Path) -> Path:
    """``data`` plus the derived graph ``councilgraph load`` computed into ``store`` (labels, statuses),
    as one N-Quads file: what CouncilGraph serves, for the peers to load.

    The graph is read by ``councilgraph export`` in its own process: a store opened
    here would leave RocksDB's threads' locks behind in every child forked later.
    """
    import shutil

    from councilgraph.derived import derived_graph_iri

    graph = derived_graph_iri()
    exported = out.with_suffix(".derived.nt")
    proc = subprocess.run(_cli("export", "--store", str(store), "--format", "ntriples", "--graph", graph,
                               "-o", str(exported)), capture_output=True)
    with open(out, "wb") as fh:
        with open(data, "rb") as src:
            shutil.copyfileobj(src, fh, 1 << 22)
        if proc.returncode == 0:  # no derived graph: nothing to add
            for line in exported.read_bytes().splitlines():
                if line.strip():
                    fh.write(line.rstrip()[:-1].rstrip() + f" <{graph}> .\n".encode())
    exported.unlink(missing_ok=True)
    return out


def _count(url: str) -> int:
    """Triples in the data graphs (Virtuoso's system graphs left out)."""
    query = 'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/councilgraph/")) }'
    r = requests.post(url, data={"query": query}, headers={"Accept": ACCEPT}, timeout=600)
    r.raise_for_status()
    return int(r.json()["results"]["bindings"][0]["n"]["value"])


# --- raw pyoxigraph in-process -----------------------------------------------------------
def _pyoxigraph_child(data: str, store_dir: str, load: bool, queries: dict[str, str], lookups: list[str], repeat: int,
                      seconds: float, connections: int, conn) -> None:
    """Load (if asked), then report each query as it completes, then the throughput run."""
    import pyoxigraph as ox

    json_fmt = ox.QueryResultsFormat.JSON
    t = time.perf_counter()
    store = ox.Store(store_dir)
    if load:
        store.bulk_load(path=data, format=ox.RdfFormat.N_QUADS)
        store.flush()
    conn.send(("loaded", time.perf_counter() - t, (len(store), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024)))

    def run(q: str) -> bytes:
        return store.query(q, use_default_graph_as_union=True).serialize(format=json_fmt)

    for name, q in queries.items():
        conn.send(("start", name, None))
        try:
            t = time.perf_counter()
            body = run(q)
            warm = time.perf_counter() - t
            conn.send(("warm", name, result_rows(body)))
            times = []
            for _ in range(runs_for(warm, repeat)):
                t = time.perf_counter()
                run(q)
                times.append((time.perf_counter() - t) * 1000)
            conn.send(("query", name, times))
        except Exception as exc:  # noqa: BLE001 - reported per query
            conn.send(("failed", name, str(exc)[:200]))

    deadline = time.monotonic() + seconds
    lats, lock = [], threading.Lock()

    def worker(i: int) -> None:
        n, mine = 0, []
        while time.monotonic() < deadline:
            t = time.perf_counter()
            run(lookups[(i + n) % len(lookups)])
            mine.append(time.perf_counter() - t)
            n += 1
        with lock:
            lats.extend(mine)

    started = time.monotonic()
    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(worker, range(connections)))
    elapsed = time.monotonic() - started
    lats.sort()
    result = LoadResult(len(lats), elapsed, 0, statistics.median(lats) * 1000, lats[int(len(lats) * 0.99)] * 1000, "threads")
    conn.send(("done", result, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))


def bench_pyoxigraph(data: Path, work: Path, queries: dict[str, str], lookups: Sequence[str], repeat: int,
                     seconds: float, connections: int, query_timeout: float = 30) -> Measured:
    """The limit: pyoxigraph in-process, bulk_load, query + JSON serialisation, no HTTP.

    pyoxigraph cannot stop a running query, so the child process that runs it
    is killed when one run of a query takes longer than ``query_timeout``,
    and a new child carries on with the rest.
    """
    m = Measured("pyoxigraph")
    store_dir = work / "pyoxigraph-store"
    todo = dict(queries)
    first = True
    peak = 0
    while True:
        parent, child = mp.Pipe()
        proc = mp.get_context("fork").Process(
            target=_pyoxigraph_child,
            args=(str(data), str(store_dir), first, todo, list(lookups), repeat, seconds, connections, child),
        )
        proc.start()
        with PeakRss(proc.pid) as sampler:
            _, load_s, (triples, load_rss) = parent.recv()
            if first:
                m.load_s, m.triples, m.load_peak_rss = load_s, triples, load_rss
                first = False
            current = None
            killed = False
            while True:
                if not parent.poll(query_timeout):
                    proc.kill()
                    killed = True
                    break
                tag, name, value = parent.recv()
                if tag in ("start", "warm"):
                    current = name
                    if tag == "warm":
                        m.rows[name] = value
                elif tag == "query":
                    m.latencies[name] = value
                    todo.pop(name)
                elif tag == "failed":
                    m.failed[name] = value
                    todo.pop(name)
                else:  # done
                    m.load = name
                    peak = max(peak, value)
                    break
        proc.join()
        peak = max(peak, sampler.peak)
        if not killed:
            break
        m.failed[current] = f"stopped after {query_timeout:.0f} s"
        todo.pop(current, None)
    m.peak_rss = peak
    m.disk_bytes = dir_bytes(store_dir)
    m.notes.append("in-process: Store.bulk_load; each query = query + JSON serialisation; throughput = 8 threads, no HTTP")
    return m


# --- rdflib -----------------------------------------------------------------------------------
def _rdflib_query_runs(ds, query: str, repeat: int, conn) -> None:
    """In a forked process: a first run (its rows counted), then timed runs, each reported as it ends.

    A first run over ``SLOW_QUERY_S`` is the measurement itself: rdflib keeps
    no cache a second run could use, and a second run would double the time.
    """
    try:
        t = time.perf_counter()
        body = ds.query(query).serialize(format="json")
        first = time.perf_counter() - t
        conn.send(("first", first * 1000, result_rows(body)))
        if first <= SLOW_QUERY_S:
            for _ in range(repeat):
                t = time.perf_counter()
                ds.query(query).serialize(format="json")
                conn.send(("run", (time.perf_counter() - t) * 1000, None))
        conn.send(("end", None, None))
    except Exception as exc:  # noqa: BLE001 - reported per query
        conn.send(("failed", f"{type(exc).__name__}: {str(exc)[:200]}", None))


def _time_rdflib_query(ds, query: str, repeat: int, limit: float) -> tuple[list[float], int | None, str | None]:
    """Run one query in a forked child; kill it if one run takes longer than ``limit``.

    Returns (times in ms, rows, why it failed or None)."""
    ctx = mp.get_context("fork")
    here, there = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_query_runs, args=(ds, query, repeat, there))
    proc.start()
    there.close()
    first, runs, rows, why = None, [], None, None
    while True:
        if not here.poll(limit):
            proc.kill()
            why = f"stopped after {limit:.0f} s"
            break
        try:
            tag, value, extra = here.recv()
        except EOFError:
            why = f"query process died (exit code {proc.exitcode})"
            break
        if tag == "first":
            first, rows = value, extra
        elif tag == "run":
            runs.append(value)
        elif tag == "failed":
            why = value
            break
        else:
            break
    proc.join()
    here.close()
    if why is not None:
        return [], rows, why
    return (runs or [first]), rows, None


def _rdflib_child(data: str, queries: dict[str, str], repeat: int, limit: float, port: int, conn) -> None:
    """Parse the N-Quads into an rdflib Dataset, time every query, then serve it with rdflib-endpoint."""
    import rdflib

    t = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data, format="nquads")
    load_s = time.perf_counter() - t
    quads = sum(len(g) for g in ds.graphs())
    conn.send(("loaded", load_s, (quads, len(ds)), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))
    for name, query in queries.items():
        conn.send(("query", name, _time_rdflib_query(ds, query, repeat, limit)))
    peak = max(resource.getrusage(who).ru_maxrss for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)) * 1024
    conn.send(("queried", None, peak))
    # what `rdflib-endpoint serve FILE` does after parsing FILE the same way
    import uvicorn
    from rdflib_endpoint import SparqlEndpoint

    try:
        uvicorn.run(SparqlEndpoint(graph=ds), host="127.0.0.1", port=port, log_level="warning")
    except BaseException as exc:  # noqa: BLE001 - the parent reports it
        conn.send(("serve-failed", None, f"{type(exc).__name__}: {exc}"))
        raise


def bench_rdflib(data: Path, queries: dict[str, str], lookups: Sequence[str], repeat: int, seconds: float,
                 connections: int, query_timeout: float = 20, load_limit: float = 1800) -> Measured:
    """rdflib on the whole data: a ``Dataset(default_union=True)`` parsed from the same N-Quads.

    Every query runs in a forked copy of the loaded process, killed when one run
    takes longer than ``query_timeout`` (reported as stopped: "> N s"), so a
    runaway query costs ``query_timeout`` and no re-parse. Then the same process
    serves the dataset through rdflib-endpoint for the throughput run.
    """
    m = Measured("rdflib")
    port = free_port()
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=_rdflib_child, args=(str(data), queries, repeat, query_timeout, port, child))
    proc.start()
    child.close()  # the child's end: closed here so that its death reads as end-of-file
    try:
        if not parent.poll(load_limit):
            m.notes.append(f"rdflib did not parse the data within {load_limit:.0f} s: not measured")
            return m
        _, m.load_s, (quads, distinct), m.load_peak_rss = parent.recv()
        m.triples = quads
        m.peak_rss = m.load_peak_rss
        while True:
            if not parent.poll(query_timeout * (repeat + 2) + 60):
                m.notes.append("rdflib stopped answering between queries")
                return m
            tag, name, value = parent.recv()
            if tag == "queried":
                m.peak_rss = max(m.peak_rss, value)
                break
            times, rows, why = value
            if rows is not None:
                m.rows[name] = rows
            if why is None:
                m.latencies[name] = times
            else:
                m.failed[name] = why
        m.notes.append(
            f"rdflib {_version('rdflib')} Dataset(default_union=True), memory store, parsed from the same N-Quads "
            f"({quads:,} quads; the union holds {distinct:,} distinct triples: rdflib's union de-duplicates); "
            f"each query in a forked copy of the loaded process, killed after {query_timeout:.0f} s per run; "
            f"a first run over {SLOW_QUERY_S:.0f} s is the measurement (no second run)")
        url = f"http://127.0.0.1:{port}/"
        with PeakRss(proc.pid) as serving:
            try:
                wait_http(url, 300)
            except RuntimeError as exc:
                why = parent.recv()[2] if parent.poll(0) else f"process alive: {proc.is_alive()}, exit code {proc.exitcode}"
                raise RuntimeError(f"{exc} ({why})") from exc
            m.load = run_load(url, lookups, connections, seconds)
        m.peak_rss = max(m.peak_rss, serving.peak)
        m.notes.append(f"throughput: rdflib-endpoint {_version('rdflib-endpoint')} (SparqlEndpoint + uvicorn, as "
                       f"`rdflib-endpoint serve` runs it) over the same parsed dataset, not re-parsed "
                       f"(serving RSS {serving.peak / 1e6:,.0f} MB)")
    except RuntimeError as exc:
        m.notes.append(f"rdflib-endpoint: {exc}")
    except EOFError:
        proc.join(5)
        m.notes.append(f"the rdflib process died (exit code {proc.exitcode}) after "
                       f"{'parsing' if m.load_s else 'starting'}: later rows not measured")
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join()
    return m


def _version(dist: str) -> str:
    from importlib.metadata import version

    try:
        return version(dist)
    except Exception:  # noqa: BLE001
        return "?"


# --- Virtuoso -----------------------------------------------------------------------------------
def bench_virtuoso(data: Path, work: Path, queries: dict[str, str], lookups: Sequence[str], repeat: int,
                   seconds: float, connections: int, buffers: int, query_timeout: float = 30) -> Measured:
    """Virtuoso 7 from Debian over HTTP, loaded with its own bulk loader (ld_dir + rdf_loader_run)."""
    from tests.support.virtuoso import run_virtuoso, virtuoso_available

    m = Measured("Virtuoso")
    if not virtuoso_available():
        m.notes.append("Virtuoso not installed (apt-get install virtuoso-opensource-7-bin): not measured")
        return m
    with run_virtuoso(work / "virtuoso", buffers=buffers, dirs_allowed=(data.parent,), grant_update=False) as v:
        t = time.perf_counter()
        v.load_file(data)
        m.load_s = time.perf_counter() - t
        m.triples = _count(v.sparql_url)
        http_latencies(v.sparql_url, queries, repeat, m, query_timeout)
        m.load = run_load(v.sparql_url, lookups, connections, seconds)
        m.peak_rss = v.peak_rss_bytes()
        m.disk_bytes = v.database_bytes()
        m.notes.append(f"Virtuoso 7.2.5 (Debian), VectorSize 1000 / MaxVectorSize 1000000 / AdjustVectorSize 0, "
                       f"NumberOfBuffers {buffers}, ResultSetMaxRows raised; load = ld_dir + rdf_loader_run + checkpoint")
    return m


# --- CouncilGraph on a Virtuoso backend ----------------------------------------------------
def bench_councilgraph_on_virtuoso(data: Path, work: Path, queries: dict[str, str], lookups: Sequence[str], repeat: int,
                                   seconds: float, connections: int, buffers: int, query_timeout: float = 30) -> Measured:
    """The scale-out set-up: ``councilgraph load`` / ``serve --backend sparql`` in front of Virtuoso."""
    from tests.support.virtuoso import run_virtuoso, virtuoso_available

    m = Measured("CG→Virtuoso")
    if not virtuoso_available():
        m.notes.append("Virtuoso not installed: not measured")
        return m
    env = {**os.environ, "COUNCILGRAPH_SPARQL_USER": "dba", "COUNCILGRAPH_SPARQL_PASSWORD": "dba",
           "COUNCILGRAPH_SPARQL_AUTH": "digest"}
    with run_virtuoso(work / "virtuoso-backend", buffers=buffers) as v:
        backend = ["--backend", "sparql", "--query-url", v.sparql_url, "--update-url", v.sparql_url,
                   "--graph-store-url", v.graph_store_url]
        t = time.perf_counter()
        proc = subprocess.run(_cli("load", str(data), *backend), capture_output=True, env=env, check=False)
        m.load_s = time.perf_counter() - t
        if proc.returncode != 0:
            raise RuntimeError(f"councilgraph load --backend sparql failed: {proc.stderr.decode()[-2000:]}")
        m.triples = _count(v.sparql_url)
        m.disk_bytes = v.database_bytes()
        port = free_port()
        server = subprocess.Popen(_cli("serve", "--port", str(port), "--query-timeout", str(query_timeout), *backend),
                                  stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True, env=env)
        url = f"http://127.0.0.1:{port}/sparql"
        try:
            with PeakRss(server.pid) as serve_peak:
                wait_http(url, 120, server)
                http_latencies(url, queries, repeat, m, query_timeout + 5)
                m.load = run_load(url, lookups, connections, seconds)
        finally:
            stop(server)
        m.peak_rss = serve_peak.peak + v.peak_rss_bytes()
        m.notes.append("load = `councilgraph load FILE --backend sparql` (Graph Store Protocol); RSS = CouncilGraph server + Virtuoso")
    return m


BENCHES: dict[str, Callable] = {
    "councilgraph": bench_councilgraph,
    "pyoxigraph": bench_pyoxigraph,
    "rdflib": bench_rdflib,
    "virtuoso": bench_virtuoso,
    "councilgraph-on-virtuoso": bench_councilgraph_on_virtuoso,
}
