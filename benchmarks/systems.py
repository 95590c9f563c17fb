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


# --- helpers ------------------------------------------------------------------------
#: a query whose warm-up run takes longer than this gets one timed run instead of ``repeat``
SLOW_QUERY_S = 2.0


def runs_for(warm_up_s: float, repeat: int) -> int:
    """Timed runs after a warm-up that took ``warm_up_s`` (slow queries get one, to bound the run)."""
    return 1 if warm_up_s > SLOW_QUERY_S else repeat

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
        m.peak_rss = max(load_peak.peak, serve_peak.peak)
        m.notes.append("load = `councilgraph load` wall clock (process start included); RSS = load process, then server + workers")
    finally:
        stop(server)
    return m


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
    conn.send(("loaded", time.perf_counter() - t, len(store)))

    def run(q: str) -> bytes:
        return store.query(q, use_default_graph_as_union=True).serialize(format=json_fmt)

    for name, q in queries.items():
        conn.send(("start", name, None))
        try:
            t = time.perf_counter()
            run(q)
            warm = time.perf_counter() - t
            conn.send(("warm", name, None))
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
            _, load_s, triples = parent.recv()
            if first:
                m.load_s, m.triples = load_s, triples
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
def _rdflib_child(data: str, queries: dict[str, str], conn) -> None:
    import rdflib

    t = time.perf_counter()
    graph = rdflib.Graph()
    graph.parse(data, format="nt")
    conn.send(("loaded", time.perf_counter() - t, len(graph), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))
    for name, q in queries.items():
        t = time.perf_counter()
        try:
            graph.query(q).serialize(format="json")
            conn.send(("query", name, (time.perf_counter() - t) * 1000, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024))
        except Exception as exc:  # noqa: BLE001 - reported per query
            conn.send(("failed", name, str(exc)[:200], 0))
    conn.send(("done", 0, 0, 0))


def bench_rdflib(data_nt: Path, triples_cap: int, queries: dict[str, str], lookups: Sequence[str], budget: float,
                 seconds: float, connections: int) -> Measured:
    """rdflib in memory (one run per query, within ``budget`` seconds), then rdflib-endpoint over HTTP."""
    m = Measured("rdflib")
    parent, child = mp.Pipe()
    proc = mp.get_context("fork").Process(target=_rdflib_child, args=(str(data_nt), queries, child))
    proc.start()
    tag, m.load_s, m.triples, m.peak_rss = parent.recv()
    deadline = time.monotonic() + budget
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not parent.poll(remaining):
            proc.kill()
            break
        tag, name, value, peak = parent.recv()
        if tag == "done":
            break
        if tag == "query":
            m.latencies[name] = [value]
            m.peak_rss = max(m.peak_rss or 0, peak)
        else:
            m.failed[name] = value
    proc.join()
    skipped = [n for n in queries if n not in m.latencies and n not in m.failed]
    for name in skipped:
        m.failed[name] = f"not run: {budget:.0f}s query budget spent"
    m.notes.append(f"rdflib {_version('rdflib')} Graph (memory store) of the N-Triples of the first {m.triples:,} quads "
                   "(one graph: facts repeated across documents are stored once, which favours rdflib on joins); "
                   f"one run per query (no warm-up), {budget:.0f}s budget"
                   + (f"; {len(skipped)} queries not run" if skipped else ""))
    # throughput: rdflib-endpoint on the same capped file
    port = free_port()
    exe = Path(sys.executable).parent / "rdflib-endpoint"
    server = subprocess.Popen([str(exe), "serve", "--host", "127.0.0.1", "--port", str(port), str(data_nt)],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    url = f"http://127.0.0.1:{port}/"
    try:
        with PeakRss(server.pid) as peak:
            wait_http(url, 900, server)
            m.load = run_load(url, lookups, connections, seconds)
        m.notes.append(f"throughput: rdflib-endpoint {_version('rdflib-endpoint')} on the same capped data "
                       f"(peak RSS {peak.peak / 1e6:,.0f} MB)")
    except RuntimeError as exc:
        m.notes.append(f"rdflib-endpoint: {exc}")
    finally:
        stop(server)
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
