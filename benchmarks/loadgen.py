"""A bounded loopback load generator: N connections for a fixed time against a SPARQL endpoint.

Uses ``wrk`` (Debian package ``wrk``) when installed, with a Lua script that
rotates through the given queries and makes every request unique (a trailing
``# n`` comment, so no server-side result cache can answer it); otherwise a
Python thread pool with keep-alive ``requests`` sessions does the same.
Reports requests/s, errors (connection errors, timeouts and non-2xx) and
latency percentiles.
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import tempfile
import threading
import time
import urllib.parse
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import requests

__all__ = ["LoadResult", "run_load"]

ACCEPT = "application/sparql-results+json"


@dataclass
class LoadResult:
    """What one load run measured."""

    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p99_ms: float
    tool: str

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


_LUA = """
local queries = {%(queries)s}
local path = "%(path)s"
local counter = 0
local id = 0
setup = function(thread)
  thread:set("id", id)
  id = id + 1
end
request = function()
  counter = counter + 1
  local q = queries[(counter %% #queries) + 1] .. "%%0A%%23%%20" .. id .. "-" .. counter
  return wrk.format("GET", path .. "?query=" .. q, {["Accept"] = "%(accept)s"})
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%d %%f %%f\\n", summary.requests, summary.duration,
    e.connect + e.read + e.write + e.status + e.timeout, latency:percentile(50), latency:percentile(99)))
end
"""


def _lua_string(text: str) -> str:
    return '"' + urllib.parse.quote(text, safe="") + '"'


def _run_wrk(url: str, queries: Sequence[str], connections: int, seconds: float, threads: int) -> LoadResult:
    parsed = urllib.parse.urlsplit(url)
    script = _LUA % {
        "queries": ", ".join(_lua_string(q) for q in queries),
        "path": parsed.path or "/",
        "accept": ACCEPT,
    }
    with tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False) as fh:
        fh.write(script)
    try:
        proc = subprocess.run(
            ["wrk", "-t", str(threads), "-c", str(connections), "-d", f"{seconds:.0f}s", "--timeout", "10s",
             "-s", fh.name, f"{parsed.scheme}://{parsed.netloc}"],
            capture_output=True, text=True, timeout=seconds + 60, check=False,
        )
    finally:
        Path(fh.name).unlink(missing_ok=True)
    line = next((l for l in proc.stdout.splitlines() if l.startswith("RESULT ")), None)
    if line is None:
        raise RuntimeError(f"wrk failed: {proc.stdout[-1000:]} {proc.stderr[-1000:]}")
    _, n, duration_us, errors, p50_us, p99_us = line.split()
    return LoadResult(int(n), int(duration_us) / 1e6, int(errors), float(p50_us) / 1000, float(p99_us) / 1000, "wrk")


def _run_python(url: str, queries: Sequence[str], connections: int, seconds: float) -> LoadResult:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    deadline = time.monotonic() + seconds

    def worker(worker_id: int) -> None:
        nonlocal errors
        session = requests.Session()
        n = 0
        mine: list[float] = []
        failed = 0
        while time.monotonic() < deadline:
            n += 1
            q = f"{queries[n % len(queries)]}\n# {worker_id}-{n}"
            t = time.perf_counter()
            try:
                r = session.get(url, params={"query": q}, headers={"Accept": ACCEPT}, timeout=10)
                _ = r.content
                ok = r.status_code < 300
            except requests.RequestException:
                ok = False
            mine.append(time.perf_counter() - t)
            failed += not ok
        with lock:
            latencies.extend(mine)
            errors += failed

    started = time.monotonic()
    with ThreadPoolExecutor(connections) as pool:
        list(pool.map(worker, range(connections)))
    elapsed = time.monotonic() - started
    latencies.sort()
    p99 = latencies[min(len(latencies) - 1, int(len(latencies) * 0.99))] if latencies else 0.0
    return LoadResult(len(latencies), elapsed, errors, statistics.median(latencies) * 1000 if latencies else 0.0,
                      p99 * 1000, "python")


def run_load(url: str, queries: Sequence[str], connections: int = 8, seconds: float = 10, threads: int = 2) -> LoadResult:
    """Drive ``url`` (a SPARQL query endpoint) with ``connections`` clients for ``seconds``."""
    if shutil.which("wrk"):
        return _run_wrk(url, queries, connections, seconds, threads)
    return _run_python(url, queries, connections, seconds)


def lookup_queries(subjects: Sequence[str]) -> list[str]:
    """The simple-lookup workload: ``SELECT ?p ?o WHERE { <s> ?p ?o }`` for each subject."""
    return [f"SELECT ?p ?o WHERE {{ <{s}> ?p ?o }}" for s in subjects]


def main(argv: Sequence[str] | None = None) -> int:
    """``python benchmarks/loadgen.py URL SUBJECTS_FILE``: simple lookups (one subject IRI a line)."""
    import argparse  # noqa: PLC0415
    import os  # noqa: PLC0415

    parser = argparse.ArgumentParser(description=main.__doc__)
    parser.add_argument("url", help="the SPARQL query endpoint, e.g. http://127.0.0.1:5000/sparql")
    parser.add_argument("subjects", help="a file with one subject IRI per line (the lookups rotate over them)")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--seconds", type=float, default=15)
    args = parser.parse_args(argv)
    subjects = [line.strip().strip("<>") for line in Path(args.subjects).read_text().splitlines() if line.strip()]
    result = run_load(args.url, lookup_queries(subjects), args.connections, args.seconds)
    print(f"{args.url}: {result.rps:,.0f} lookups/s, {result.errors} errors, p50 {result.p50_ms:.1f} ms, "
          f"p99 {result.p99_ms:.1f} ms ({result.tool}, {args.connections} connections, {result.seconds:.0f} s; "
          f"load average {os.getloadavg()[0]:.2f})")
    return 0 if result.errors == 0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
