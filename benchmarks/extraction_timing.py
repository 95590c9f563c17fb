"""How long the bundled documents take to extract and to load, the way docs/benchmarks.md
measures it (the "extraction" row of ``benchmarks/run.py``), repeated and summarised.

Per document: CPU seconds of :func:`extract_document` (``time.process_time``) in a fresh
Python process for every run - cold, as ``councilgraph load`` meets it (nothing remembered
from an earlier run). Then, per run, into a fresh temporary store: ``load_paths`` in-process
(wall) and ``python -m councilgraph.cli load data/documents --store DIR`` as a child process
(wall, the bar: < 5 s). Prints medians and every run.

    .venv/bin/python benchmarks/extraction_timing.py --runs 5
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from councilgraph import config


def _documents() -> list[Path]:
    return sorted(p for p in config.BUNDLED_DOCUMENTS.iterdir() if p.is_file())


def extract_once() -> dict[str, float]:
    """CPU seconds of extracting each bundled document once, in this process (file read not counted)."""
    from councilgraph.loaders.document import read_source
    from councilgraph.loaders.extract import extract_document

    out = {}
    for path in _documents():
        source = read_source(path)
        t = time.process_time()
        extract_document(source)
        out[path.name] = time.process_time() - t
    return out


def extraction_cpu(runs: int) -> dict[str, list[float]]:
    """:func:`extract_once` in ``runs`` fresh child processes."""
    out: dict[str, list[float]] = {}
    for _ in range(runs):
        done = subprocess.run([sys.executable, __file__, "--extract-once"], check=True, capture_output=True, text=True)
        for name, seconds in json.loads(done.stdout).items():
            out.setdefault(name, []).append(seconds)
    return out


def load_in_process() -> float:
    """Wall seconds of ``load_paths`` of the bundled documents into a fresh store."""
    from councilgraph.pipeline import load_paths
    from councilgraph.store import OxigraphStore

    with tempfile.TemporaryDirectory() as tmp:
        store = OxigraphStore(Path(tmp) / "s")
        t = time.perf_counter()
        load_paths([config.BUNDLED_DOCUMENTS], store)
        elapsed = time.perf_counter() - t
        store.close()
    return elapsed


def load_cli() -> float:
    """Wall seconds of ``councilgraph load data/documents`` into a fresh store (child process)."""
    with tempfile.TemporaryDirectory() as tmp:
        t = time.perf_counter()
        subprocess.run([sys.executable, "-m", "councilgraph.cli", "load", str(config.BUNDLED_DOCUMENTS),
                        "--store", str(Path(tmp) / "c")], check=True, capture_output=True)
        return time.perf_counter() - t


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--extract-once", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.extract_once:
        print(json.dumps(extract_once()))
        return 0
    cpu = extraction_cpu(args.runs)
    total = [sum(run) for run in zip(*cpu.values())]
    for name, times in cpu.items():
        print(f"extract {name}: CPU median {statistics.median(times):.3f} s, best {min(times):.3f} s (cold)")
    print(f"extract all {len(cpu)}: CPU median {statistics.median(total):.3f} s, best {min(total):.3f} s (cold)")
    in_process = [load_in_process() for _ in range(args.runs)]
    cli = [load_cli() for _ in range(args.runs)]
    print(f"load_paths in-process: wall median {statistics.median(in_process):.2f} s  "
          f"({', '.join(f'{t:.2f}' for t in in_process)})")
    print(f"councilgraph load:     wall median {statistics.median(cli):.2f} s  ({', '.join(f'{t:.2f}' for t in cli)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
