"""How long the bundled documents take to extract and to load, the way docs/benchmarks.md
measures it (the "extraction" row of ``benchmarks/run.py``), repeated and summarised.

Per document: CPU seconds of :func:`extract_document` (``time.process_time``, best and
median of the runs). Then, per run, into a fresh temporary store: ``load_paths`` in-process
(wall) and ``python -m councilgraph.cli load data/documents --store DIR`` as a child process
(wall, the bar: < 5 s). Prints medians and every run.

    .venv/bin/python benchmarks/extraction_timing.py --runs 5
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from councilgraph import config
from councilgraph.loaders.document import read_source
from councilgraph.loaders.extract import extract_document
from councilgraph.pipeline import load_paths
from councilgraph.store import OxigraphStore


def extraction_cpu(docs: list[Path], runs: int) -> dict[str, list[float]]:
    """CPU seconds of extracting each document, ``runs`` times (file read not counted)."""
    sources = {p.name: read_source(p) for p in docs}
    out: dict[str, list[float]] = {name: [] for name in sources}
    for _ in range(runs):
        for name, source in sources.items():
            t = time.process_time()
            extract_document(source)
            out[name].append(time.process_time() - t)
    return out


def load_in_process() -> float:
    """Wall seconds of ``load_paths`` of the bundled documents into a fresh store."""
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
    args = parser.parse_args(argv)
    docs = sorted(p for p in config.BUNDLED_DOCUMENTS.iterdir() if p.is_file())
    cpu = extraction_cpu(docs, args.runs)
    total = [sum(run) for run in zip(*cpu.values())]
    for name, times in cpu.items():
        print(f"extract {name}: CPU median {statistics.median(times):.3f} s, best {min(times):.3f} s")
    print(f"extract all {len(docs)}: CPU median {statistics.median(total):.3f} s, best {min(total):.3f} s")
    in_process = [load_in_process() for _ in range(args.runs)]
    cli = [load_cli() for _ in range(args.runs)]
    print(f"load_paths in-process: wall median {statistics.median(in_process):.2f} s  "
          f"({', '.join(f'{t:.2f}' for t in in_process)})")
    print(f"councilgraph load:     wall median {statistics.median(cli):.2f} s  ({', '.join(f'{t:.2f}' for t in cli)})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
