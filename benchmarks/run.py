"""CouncilGraph side by side with raw pyoxigraph, rdflib and Virtuoso, in one run, one table.

    .venv/bin/python benchmarks/run.py                 # 1 M triples
    .venv/bin/python benchmarks/run.py --quick         # 100 k smoke run
    .venv/bin/python benchmarks/run.py --triples 10000000 --skip rdflib

Measures, for each system on the same synthetic data (benchmarks/generate.py):
bulk load time and triples/s, store size on disk, peak resident memory;
median and p95 latency of every competency query in ``queries/*.rq`` and of
lookup-style queries (one warm-up, then ``--repeat`` runs, each request made
unique so no result cache answers it); throughput of simple lookups under
``--connections`` concurrent clients for ``--seconds`` (wrk, loopback), with
errors and p99. Then the extraction throughput of the loaders over
``data/documents``. Ratios are CouncilGraph / peer: below 1 for times and
memory means CouncilGraph is better; above 1 for throughput means better.
Results are also written as JSON (``--json``) and, with ``--markdown``, as a
Markdown table for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

import pyoxigraph as ox
from rich.console import Console
from rich.table import Table

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate
import systems
from systems import Measured

CG = "https://w3id.org/councilgraph/ontology#"
PREFIXES = (f"PREFIX cg: <{CG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
            "PREFIX dct: <http://purl.org/dc/terms/>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n")

# fall-back competency queries if queries/ is empty
FALLBACK_QUERIES = {
    "meetings-per-committee": PREFIXES + "SELECT ?c (COUNT(?m) AS ?n) WHERE { ?m a cg:Meeting ; cg:committee ?c } GROUP BY ?c ORDER BY DESC(?n)",
    "contracts-over-1m": PREFIXES + "SELECT ?c ?v WHERE { ?c a cg:Contract ; cg:valueGBP ?v FILTER(?v > 1000000) } ORDER BY DESC(?v) LIMIT 100",
}


# --- data -----------------------------------------------------------------------------
#: the code that decides what the synthetic data holds: a change to any of them means new data
DATA_SOURCES = ("benchmarks/generate.py", "councilgraph/rdf/mapping.py", "councilgraph/rdf/iris.py",
                "loaders/records.py")


def data_fingerprint() -> str:
    """A short hash of :data:`DATA_SOURCES`, so a cached data file never outlives the mapping that wrote it."""
    import hashlib

    digest = hashlib.sha256()
    for name in DATA_SOURCES:
        path = ROOT / name
        digest.update(path.read_bytes() if path.exists() else b"")
    return digest.hexdigest()[:10]


def ensure_data(triples: int, seed: int, folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"synthetic-{triples}-seed{seed}-{data_fingerprint()}.nq"
    if not path.exists():
        print(f"generating {triples:,} triples → {path}", file=sys.stderr)
        tmp = path.with_suffix(".tmp")
        with open(tmp, "wb") as fh:
            generate.generate(fh, triples, seed)
        tmp.rename(path)
    return path


def sample_terms(data: Path, n: int = 200) -> dict[str, list[str]]:
    """IRIs and labels to look up, taken from the data every system holds (the union of its graphs)."""
    store = ox.Store()
    store.bulk_load(path=str(data), format=ox.RdfFormat.N_QUADS)

    def pick(query: str) -> list[str]:
        values = [r[0].value for r in store.query(query, use_default_graph_as_union=True)]
        step = max(1, len(values) // n)
        return values[::step][:n]

    return {
        "meetings": pick(f"SELECT DISTINCT ?m WHERE {{ ?m a <{CG}Meeting> }} ORDER BY ?m"),
        "people": pick(f"SELECT DISTINCT ?p WHERE {{ ?p a <{CG}Person> }} ORDER BY ?p"),
        # the printed forms of names: each document states them (the display rdfs:label is derived)
        "labels": pick(f"SELECT DISTINCT ?l WHERE {{ ?p a <{CG}Person> ; <http://www.w3.org/2004/02/skos/core#altLabel> ?l }} ORDER BY ?l"),
        "subjects": pick(f"SELECT DISTINCT ?s WHERE {{ ?s a ?t FILTER(?t IN (<{CG}Meeting>, <{CG}Person>, <{CG}Decision>, <{CG}AgendaItem>, <{CG}Contract>)) }} ORDER BY ?s"),
    }


def competency_queries() -> dict[str, str]:
    queries = {p.stem: p.read_text() for p in sorted((ROOT / "queries").glob("*.rq"))}
    return queries or dict(FALLBACK_QUERIES)


def lookup_queries(terms: dict[str, list[str]]) -> dict[str, str]:
    meeting, person, label = terms["meetings"][0], terms["people"][0], terms["labels"][0]
    return {
        "lookup: all about one IRI": f"SELECT ?p ?o WHERE {{ <{meeting}> ?p ?o }}",
        "lookup: person by printed name": PREFIXES + f"SELECT ?s WHERE {{ ?s skos:altLabel {json.dumps(label)} }}",
        "lookup: a meeting's items": PREFIXES + f"SELECT ?i ?n ?t WHERE {{ <{meeting}> cg:agendaItem ?i . ?i cg:itemNumber ?n ; dct:title ?t }} ORDER BY ?n",
        "lookup: evidence of a fact": PREFIXES + f"SELECT ?doc ?start ?end ?quote WHERE {{ <{meeting}> cg:evidence ?e . ?e cg:evidenceProperty cg:date ; cg:sourceDocument ?doc ; cg:startLine ?start ; cg:endLine ?end ; cg:quote ?quote }}",
        "lookup: a person's meetings": PREFIXES + f"SELECT ?m ?d WHERE {{ ?m cg:present <{person}> ; cg:date ?d }} ORDER BY DESC(?d) LIMIT 20",
    }


def throughput_queries(terms: dict[str, list[str]]) -> list[str]:
    """Simple lookups, rotating over many subjects: ``SELECT ?p ?o WHERE { <iri> ?p ?o }``."""
    return [f"SELECT ?p ?o WHERE {{ <{s}> ?p ?o }}" for s in terms["subjects"]]


def extraction() -> dict:
    """The loaders over data/documents: in-process throughput, and `councilgraph load` wall clock."""

    from councilgraph import config
    from councilgraph.pipeline import extract_file, load_paths
    from councilgraph.store import OxigraphStore

    docs = sorted(p for p in config.BUNDLED_DOCUMENTS.iterdir() if p.is_file())
    size = sum(p.stat().st_size for p in docs)
    t = time.perf_counter()
    for p in docs:
        extract_file(p)
    extract_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp) / "s")
        t = time.perf_counter()
        results = load_paths([config.BUNDLED_DOCUMENTS], store)
        load_s = time.perf_counter() - t
        triples = sum(r.triples for r in results)
        store.close()
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "councilgraph.cli", "load", str(config.BUNDLED_DOCUMENTS), "--store", str(Path(tmp) / "c")],
                       check=True, capture_output=True)
        cli_s = time.perf_counter() - t
    return {"documents": len(docs), "bytes": size, "extract_s": extract_s, "load_s": load_s, "cli_s": cli_s, "triples": triples}


# --- table ------------------------------------------------------------------------------
def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    if len(values) < 2:
        return values[0]
    return statistics.quantiles(values, n=20, method="inclusive")[-1]


def build_rows(results: list[Measured], queries: dict[str, str], competency: list[str]) -> list[tuple[str, list[str], list[float | None], bool]]:
    """(label, cells per system, values per system for ratios, higher_is_better)."""
    rows = []

    def add(label, values, fmt, higher=False, cells=None):
        cells = cells or [fmt(v) if v is not None else "—" for v in values]
        rows.append((label, cells, values, higher))

    add("triples loaded", [m.triples or None for m in results], lambda v: f"{v:,}")
    add("bulk load (s)", [m.load_s for m in results], lambda v: f"{v:,.1f}")
    add("load rate (triples/s)", [m.triples / m.load_s if m.load_s else None for m in results], lambda v: f"{v:,.0f}", higher=True)
    add("store on disk (MB)", [m.disk_bytes / 1e6 if m.disk_bytes else None for m in results], lambda v: f"{v:,.0f}")
    add("peak RSS while loading (MB)", [m.load_peak_rss / 1e6 if m.load_peak_rss else None for m in results], lambda v: f"{v:,.0f}")
    add("peak RSS, load to serving (MB)", [m.peak_rss / 1e6 if m.peak_rss else None for m in results], lambda v: f"{v:,.0f}")
    for name in queries:
        values, cells = [], []
        for m in results:
            lat = m.latencies.get(name)
            if lat:
                values.append(median(lat))
                cells.append(f"{median(lat):,.1f} ({p95(lat):,.1f})" if len(lat) > 1 else f"{lat[0]:,.1f}")
            else:
                values.append(None)
                why = m.failed.get(name, "")
                cells.append("capped" if "budget" in why else (f"> {why.split()[-2]} s" if why.startswith("stopped") else ("error" if why else "—")))
        add(f"{name} ms: median (p95)", values, None, cells=cells)
    meds, cells = [], []
    for m in results:
        per, stopped = [], 0
        for q in competency:
            if q in m.latencies:
                per.append(median(m.latencies[q]))
            elif m.failed.get(q, "").startswith("stopped"):
                per.append(float(m.failed[q].split()[-2]) * 1000)  # counted at the time it was stopped
                stopped += 1
        value = median(per) if len(per) == len(competency) else None
        meds.append(value)
        # stopped queries count at their limit: the median is then a lower bound
        cells.append("—" if value is None else (f"≥ {value:,.1f}" if stopped else f"{value:,.1f}"))
    add("competency queries: median of medians (ms)", meds, None, cells=cells)
    add(f"lookups/s ({results[0].load.tool if results[0].load else ''})", [m.load.rps if m.load else None for m in results], lambda v: f"{v:,.0f}", higher=True)
    add("lookup p99 under load (ms)", [m.load.p99_ms if m.load else None for m in results], lambda v: f"{v:,.1f}")
    add("lookup errors under load", [float(m.load.errors) if m.load else None for m in results], lambda v: f"{v:,.0f}")
    return rows


def row_mismatches(results: list[Measured], queries: dict[str, str]) -> list[str]:
    """Queries whose result row counts differ between systems that answered them (from each warm-up run)."""
    out = []
    for name in queries:
        counts = {m.name: m.rows[name] for m in results if name in m.rows and name not in m.failed}
        if len(set(counts.values())) > 1:
            out.append(f"{name}: rows differ: " + ", ".join(f"{k} {v:,}" for k, v in counts.items()))
    return out


def ratio_cell(cg: float | None, peer: float | None, higher: bool) -> str:
    if cg is None or peer is None or peer == 0 or cg == 0:
        return "—"
    r = cg / peer
    better = r > 1 if higher else r < 1
    mark = "" if abs(r - 1) < 0.05 else (" ▲" if better else " ▼")
    return f"{r:,.2f}{mark}"


def render(results: list[Measured], queries: dict[str, str], competency: list[str], extract: dict | None, markdown: bool) -> str:
    rows = build_rows(results, queries, competency)
    peers = results[1:]
    header = ["metric", *(m.name for m in results), *(f"CG/{m.name}" for m in peers)]
    table_rows = []
    for label, cells, values, higher in rows:
        if label.startswith("triples loaded"):
            ratios = ["" for _ in peers]
        else:
            ratios = [ratio_cell(values[0], v, higher) for v in values[1:]]
        table_rows.append([label, *cells, *ratios])
    if extract:
        mb = extract["bytes"] / 1e6
        table_rows.append([
            f"extraction: {extract['documents']} bundled documents, {mb:.2f} MB",
            (f"{extract['documents'] / extract['extract_s']:.2f} docs/s, {mb / extract['extract_s']:.2f} MB/s; "
             f"extract+load {extract['load_s']:.1f} s in-process, {extract['cli_s']:.1f} s `councilgraph load`"),
            *["" for _ in range(len(header) - 2)],
        ])
    if markdown:
        lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
        lines += ["| " + " | ".join(r) + " |" for r in table_rows]
        return "\n".join(lines)
    table = Table(title="CouncilGraph side by side (▲ CouncilGraph better, ▼ worse)", show_lines=False)
    for i, h in enumerate(header):
        table.add_column(h, justify="left" if i == 0 else "right", overflow="fold")
    for r in table_rows:
        table.add_row(*r)
    console = Console(width=220, record=True)
    console.print(table)
    return ""


def machine() -> str:
    import psutil

    return (f"{platform.platform()}, Python {platform.python_version()}, {os.cpu_count()} cores, "
            f"{psutil.virtual_memory().total / 2**30:.0f} GiB RAM")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="100 k triples, fewer repeats, shorter load runs")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--data-dir", type=Path, default=ROOT / "var" / "bench")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs per query (after one warm-up)")
    parser.add_argument("--seconds", type=float, default=10, help="duration of each throughput run")
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--rdflib-timeout", type=float, default=20,
                        help="stop one rdflib query run after this many seconds (shown as '> N s')")
    parser.add_argument("--rdflib-load-limit", type=float, default=1800, help="give up on rdflib if parsing takes longer")
    parser.add_argument("--virtuoso-buffers", type=int, default=170_000, help="Virtuoso NumberOfBuffers (8 KB each)")
    parser.add_argument("--workers", type=int, default=None, help="councilgraph serve --workers")
    parser.add_argument("--query-timeout", type=float, default=30, help="stop a query after this many seconds")
    parser.add_argument("--skip", action="append", default=[], choices=list(systems.BENCHES), help="leave a system out")
    parser.add_argument("--no-extraction", action="store_true")
    parser.add_argument("--json", type=Path, default=None, help="write raw results here (default: data dir)")
    parser.add_argument("--markdown", action="store_true", help="also print the table as Markdown")
    parser.add_argument("--from-json", type=Path, default=None, help="print the table of a saved run, run nothing")
    args = parser.parse_args(argv)
    if args.from_json:
        results, data, saved = load_saved(args.from_json)
        report(results, data["queries"], data["competency"], data["extraction"], saved)
        return 0
    if args.quick:
        args.triples = min(args.triples, 100_000)
        args.repeat = min(args.repeat, 3)
        args.seconds = min(args.seconds, 5)
    if "councilgraph" in args.skip:
        parser.error("CouncilGraph is the system under test; it cannot be skipped")

    data = ensure_data(args.triples, args.seed, args.data_dir)
    terms = sample_terms(data)
    competency = competency_queries()
    queries = {**competency, **lookup_queries(terms)}
    lookups = throughput_queries(terms)
    print(f"data: {data} ({data.stat().st_size / 1e6:,.0f} MB); {len(competency)} competency + "
          f"{len(queries) - len(competency)} lookup queries; {len(lookups)} lookup subjects; {machine()}", file=sys.stderr)

    args.lookup_count, args.query_texts, args.competency_names = len(lookups), queries, list(competency)
    out = args.json or args.data_dir / f"results-{args.triples}.json"
    results: list[Measured] = []
    with tempfile.TemporaryDirectory(prefix="councilgraph-bench-", dir=args.data_dir) as tmp:
        work = Path(tmp)
        common = {"queries": queries, "lookups": lookups, "seconds": args.seconds, "connections": args.connections}
        timeout = {"query_timeout": args.query_timeout}
        for name in systems.BENCHES:
            if name in args.skip:
                continue
            print(f"· {name} …", file=sys.stderr)
            t = time.perf_counter()
            if name == "councilgraph":
                m = systems.bench_councilgraph(data, work, repeat=args.repeat, workers=args.workers, **common, **timeout)
                # the peers get what CouncilGraph serves: the same quads plus its derived graph
                data = systems.with_derived_graph(data, work / "councilgraph-store", work / "same-as-councilgraph.nq")
            elif name == "pyoxigraph":
                m = systems.bench_pyoxigraph(data, work, repeat=args.repeat, **common, **timeout)
            elif name == "rdflib":
                m = systems.bench_rdflib(data, repeat=args.repeat, query_timeout=args.rdflib_timeout,
                                         load_limit=args.rdflib_load_limit, **common)
            elif name == "virtuoso":
                m = systems.bench_virtuoso(data, work, repeat=args.repeat, buffers=args.virtuoso_buffers, **common, **timeout)
            else:
                m = systems.bench_councilgraph_on_virtuoso(data, work, repeat=args.repeat, buffers=args.virtuoso_buffers,
                                                           **common, **timeout)
            print(f"  done in {time.perf_counter() - t:,.0f} s; failed: {m.failed or 'none'}", file=sys.stderr)
            results.append(m)
            save(out, args, results, None)
    extract = None
    if not args.no_extraction:
        try:
            extract = extraction()
        except Exception as exc:  # noqa: BLE001 - the other rows still stand
            print(f"  extraction not measured: {type(exc).__name__}: {exc}", file=sys.stderr)
    save(out, args, results, extract)
    report(results, queries, list(competency), extract, args)
    return 0


def save(out: Path, args: argparse.Namespace, results: list[Measured], extract: dict | None) -> None:
    """Write the raw results (after every system, so a late failure loses nothing)."""
    out.write_text(json.dumps({
        "triples": args.triples, "seed": args.seed, "machine": machine(), "extraction": extract,
        "connections": args.connections, "seconds": args.seconds, "lookups": args.lookup_count,
        "queries": args.query_texts, "competency": args.competency_names,
        "results": [{**asdict(m), "load": asdict(m.load) if m.load else None} for m in results],
    }, indent=1, default=str))


def load_saved(path: Path) -> tuple[list[Measured], dict, argparse.Namespace]:
    from loadgen import LoadResult

    data = json.loads(path.read_text())
    results = []
    for d in data["results"]:
        raw = d.pop("load", None)
        load = LoadResult(**raw) if raw else None
        results.append(Measured(**d, load=load))
    args = argparse.Namespace(connections=data["connections"], seconds=data["seconds"], lookup_count=data["lookups"],
                              markdown=True, machine=data["machine"])
    return results, data, args


def report(results: list[Measured], queries: dict, competency: list[str], extract: dict | None, args) -> None:
    render(results, queries, competency, extract, markdown=False)

    for m in results:
        for note in m.notes:
            print(f"  {m.name}: {note}")
    mismatches = row_mismatches(results, queries)
    for line in mismatches:
        print(f"  MISMATCH {line}")
    if not mismatches:
        print("  result rows: every query that more than one system answered has the same row count on all of them")
        for q, why in m.failed.items():
            if "budget" not in why:
                print(f"  {m.name}: {q} failed: {why}")
    print(f"  machine: {getattr(args, 'machine', None) or machine()}; lookups: {args.connections} connections × "
          f"{args.seconds:.0f} s, {args.lookup_count} rotating subjects, every request unique")
    if args.markdown:
        print()
        print(render(results, queries, competency, extract, markdown=True))


if __name__ == "__main__":
    sys.exit(main())
