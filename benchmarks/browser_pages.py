"""Browser page times on a store: every entity page and document, first view and repeat view.

    .venv/bin/python benchmarks/browser_pages.py var/store

Starts ``councilgraph serve`` on a copy of the store (tests/support/servers.py), lists every
typed resource through /sparql, fetches each page twice over HTTP and prints the median,
90th percentile and maximum, and how many pages answered within 200 ms.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import requests

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from councilgraph.server.linked_data import page_url  # noqa: E402
from tests.support.servers import run_councilgraph_server  # noqa: E402

LISTING = ("PREFIX cg: <https://w3id.org/councilgraph/ontology#> "
           "SELECT DISTINCT ?s WHERE { ?s a ?t FILTER(?t != cg:Evidence) }")


def fetch_all(base: str, urls: list[str]) -> list[tuple[float, str]]:
    times = []
    for u in urls:
        t = time.perf_counter()
        r = requests.get(base + u, timeout=60)
        times.append(((time.perf_counter() - t) * 1000, u))
        if r.status_code != 200:
            raise SystemExit(f"{u}: HTTP {r.status_code}")
    return times


def summary(label: str, times: list[tuple[float, str]]) -> str:
    ts = sorted(t for t, _ in times)
    return (f"{label}: {len(ts)} pages, median {statistics.median(ts):.0f} ms, p90 {ts[int(len(ts) * 0.9)]:.0f} ms, "
            f"max {ts[-1]:.0f} ms, within 200 ms: {sum(t < 200 for t in ts)}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("store", type=Path)
    parser.add_argument("--workers", default="2")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copytree(args.store, Path(tmp) / "store")
        with run_councilgraph_server(Path(tmp) / "store", "--workers", args.workers) as base:
            rows = requests.get(base + "/sparql", params={"query": LISTING, "format": "json"}).json()["results"]["bindings"]
            urls = sorted({u for b in rows if (u := page_url(b["s"]["value"]))})
            for warm_up in ("/", "/search?q=council", "/trace?from=a&to=b"):
                requests.get(base + warm_up)
            first = fetch_all(base, urls)
            print(summary("first view", first))
            for t, u in sorted(first)[-5:]:
                print(f"    {t:6.0f} ms {u}")
            print(summary("repeat view", fetch_all(base, urls)))
            for u in ("/search?q=crosroads+care", "/trace?from=Crossroads+Care+Kent&to=Clair+Bell",
                      "/query?example=04-attendance-rate"):
                t = time.perf_counter()
                requests.get(base + u)
                print(f"{u}: {(time.perf_counter() - t) * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
