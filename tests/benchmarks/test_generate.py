"""The synthetic data generator: deterministic, one graph per document, SHACL-valid, loadable."""

from __future__ import annotations

import importlib.util
import io
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
from councilgraph.ontology.validate import validate_graph
from rdflib import Dataset

from councilgraph.store import OxigraphStore

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "generate.py"


def _module():
    spec = importlib.util.spec_from_file_location("bench_generate", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


generate = _module()


def _run(tmp_path: Path, triples: int, seed: int, name: str) -> Path:
    out = tmp_path / name
    subprocess.run([sys.executable, str(SCRIPT), "--triples", str(triples), "--seed", str(seed), "--out", str(out), "--quiet"],
                   check=True, cwd=ROOT)
    return out


def test_same_seed_same_bytes_other_seed_other_data(tmp_path):
    a = _run(tmp_path, 20_000, 3, "a.nq")
    b = _run(tmp_path, 20_000, 3, "b.nq")
    c = _run(tmp_path, 20_000, 4, "c.nq")
    assert a.read_bytes() == b.read_bytes()
    assert a.read_bytes() != c.read_bytes()


def test_at_least_the_asked_triples_one_graph_per_document(tmp_path):
    path = _run(tmp_path, 20_000, 1, "d.nq")
    store = OxigraphStore(tmp_path / "store")
    counts = store.load_file(str(path), "application/n-quads")
    assert sum(counts.values()) >= 20_000
    graphs = store.graphs()
    assert graphs == counts
    # every graph is a document graph holding its own cg:SourceDocument and its text
    rows = store.select(
        "PREFIX cg: <https://w3id.org/councilgraph/ontology#> SELECT ?g WHERE { GRAPH ?g { ?g a cg:SourceDocument ; cg:text ?t } }"
    )
    assert {str(r["g"]) for r in rows} == set(graphs)
    store.close()


def test_every_evidence_quote_is_the_line_it_points_at(tmp_path):
    world = generate._World(5, 1)
    doc_id, entities = generate.synthetic_document(world, 0)
    source = next(e for e in entities if e.schema == "SourceDocument")
    lines = source.first("cg:text").split("\n")
    checked = 0
    for e in entities:
        for statements in e.properties.values():
            for st in statements:
                for ev in st.evidence:
                    assert ev.document_id == doc_id
                    assert lines[ev.start_line - 1] == ev.quote
                    checked += 1
    assert checked > 100


def test_generated_documents_conform_to_the_shapes():
    world = generate._World(11, 2)
    buf = io.BytesIO()
    for i in range(6):
        _, quads = generate.document_quads(world, i)
        ox.serialize(quads, buf, ox.RdfFormat.N_QUADS)
    ds = Dataset()
    ds.parse(data=buf.getvalue().decode(), format="nquads")
    conforms, text, _ = validate_graph(ds)
    assert conforms, text[:3000]
