"""The side-by-side benchmark's own machinery: same data for every system, rdflib's
per-query limit, result row counts compared between systems."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))

import run  # noqa: E402  (benchmarks/ is not a package)
import systems  # noqa: E402

from councilgraph.derived import derived_graph_iri  # noqa: E402
from councilgraph.pipeline import load_paths  # noqa: E402
from councilgraph.store import OxigraphStore  # noqa: E402

EX = "https://example.org/"


def _nquads(n: int) -> bytes:
    return "".join(f'<{EX}s/{i}> <{EX}p> "v{i}" <{EX}g/{i % 3}> .\n' for i in range(n)).encode()


def test_peers_get_the_data_plus_councilgraphs_derived_graph(tmp_path):
    store_dir = tmp_path / "store"
    store = OxigraphStore(store_dir)
    load_paths([ROOT / "data" / "documents" / "004_acb2a405277538a0.txt"], store)
    derived = store.graphs()[derived_graph_iri()]
    store.close()
    data = tmp_path / "data.nq"
    data.write_bytes(_nquads(30))

    out = systems.with_derived_graph(data, store_dir, tmp_path / "peers.nq")

    loaded = ox.Store()
    loaded.bulk_load(path=str(out), format=ox.RdfFormat.N_QUADS)
    assert derived > 0
    assert len(loaded) == 30 + derived
    in_derived = list(loaded.quads_for_pattern(None, None, None, ox.NamedNode(derived_graph_iri())))
    assert len(in_derived) == derived
    assert out.read_bytes().startswith(data.read_bytes())


def test_result_rows_counts_bindings_and_booleans():
    assert systems.result_rows(json.dumps({"head": {"vars": ["x"]}, "results": {"bindings": [{}, {}, {}]}}).encode()) == 3
    assert systems.result_rows(b'{"head": {}, "boolean": false}') == 1


def test_rows_that_differ_between_systems_are_reported_and_failed_queries_ignored():
    a = systems.Measured("A", rows={"q1": 3, "q2": 5, "q3": 7})
    b = systems.Measured("B", rows={"q1": 3, "q2": 4, "q3": 1}, failed={"q3": "stopped after 20 s"})
    c = systems.Measured("C", rows={"q1": 3})
    lines = run.row_mismatches([a, b, c], {"q1": "", "q2": "", "q3": ""})
    assert lines == ["q2: rows differ: A 5, B 4"]


def test_an_rdflib_query_over_its_limit_is_stopped_and_a_quick_one_is_timed():
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=_nquads(300).decode(), format="nquads")
    quick = f"SELECT ?s WHERE {{ ?s <{EX}p> ?o }}"
    times, rows, why = systems._time_rdflib_query(ds, quick, repeat=2, limit=60)
    assert why is None and rows == 300 and len(times) == 2
    # 300^3 rows: minutes in rdflib, stopped after one second
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?p ?b . ?c ?q ?d . ?e ?r ?f }"
    times, rows, why = systems._time_rdflib_query(ds, slow, repeat=2, limit=1)
    assert times == [] and why == "stopped after 1 s"


def test_a_failing_rdflib_query_reports_why():
    ds = rdflib.Dataset(default_union=True)
    times, rows, why = systems._time_rdflib_query(ds, "SELECT ?x WHERE { ?x <unterminated", repeat=1, limit=30)
    assert times == [] and why is not None and ("Exception" in why or "Error" in why)


def test_cached_data_is_named_after_the_code_that_wrote_it(tmp_path, monkeypatch):
    first = run.data_fingerprint()
    assert first == run.data_fingerprint() and len(first) == 10
    fake_root = tmp_path / "root"
    for name in run.DATA_SOURCES:
        (fake_root / name).parent.mkdir(parents=True, exist_ok=True)
        (fake_root / name).write_bytes((ROOT / name).read_bytes())
    monkeypatch.setattr(run, "ROOT", fake_root)
    assert run.data_fingerprint() == first
    (fake_root / "councilgraph/rdf/mapping.py").write_bytes(b"# changed\n")
    assert run.data_fingerprint() != first


@pytest.mark.parametrize("stopped", [True, False])
def test_median_of_medians_is_a_lower_bound_when_a_query_was_stopped(stopped):
    m = systems.Measured("X", latencies={"a": [10.0], "b": [30.0]})
    if stopped:
        m.failed["c"] = "stopped after 20 s"
    else:
        m.latencies["c"] = [20.0]
    rows = run.build_rows([m], {"a": "", "b": "", "c": ""}, ["a", "b", "c"])
    label, cells, values, _ = next(r for r in rows if r[0].startswith("competency queries"))
    assert cells == (["≥ 30.0"] if stopped else ["20.0"])


def test_rdflib_that_cannot_parse_its_data_is_reported_not_fatal(tmp_path):
    bad = tmp_path / "bad.nq"
    bad.write_text(f"<{EX}a> <{EX}b> .\n")
    m = systems.bench_rdflib(bad, {"q": "ASK {}"}, ["ASK {}"], repeat=1, seconds=1, connections=1, load_limit=120)
    assert m.load_s is None and m.latencies == {}
    assert any("died" in note for note in m.notes)
