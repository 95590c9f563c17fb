"""The councilgraph command line, run as a real process against a real store on disk."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib

from councilgraph import config

BUNDLED = config.BUNDLED_DOCUMENTS
CLI = [str(Path(sys.executable).with_name("councilgraph"))]
COMMANDS = ["load", "query", "serve", "export", "validate", "documents", "remove", "report-extraction"]


def run(*args: str, ok: bool = True, stdin: str | None = None) -> subprocess.CompletedProcess:
    proc = subprocess.run(CLI + list(args), capture_output=True, text=True, input=stdin, timeout=600)
    if ok:
        assert proc.returncode == 0, proc.stderr
    return proc


def count(store: Path) -> int:
    """Quads in the named graphs (the default graph is their merge: a triple two documents state counts once there)."""
    proc = run("query", "--store", str(store), "--format", "json", "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    return int(json.loads(proc.stdout)["results"]["bindings"][0]["n"]["value"])


def dump(store: Path) -> set[str]:
    return set(run("export", "--store", str(store), "--format", "nquads").stdout.splitlines())


@pytest.mark.parametrize("command", [None] + COMMANDS)
def test_every_command_has_help(command):
    proc = run(*([command] if command else []), "--help")
    assert "usage: councilgraph" in proc.stdout
    if command:
        assert command in proc.stdout


def test_load_bundled_documents_then_query_json(tmp_path):
    store = tmp_path / "store"
    proc = run("load", str(BUNDLED), "--store", str(store))
    for doc in BUNDLED.iterdir():
        assert doc.name in proc.stdout
    n = count(store)
    assert n > 1000
    # reloading replaces each document's graph: nothing is duplicated
    run("load", str(BUNDLED), "--store", str(store), "--quiet")
    assert count(store) == n


def test_query_result_formats(bundled_store_dir):
    store = str(bundled_store_dir)
    q = "SELECT ?m WHERE { ?m a <https://w3id.org/councilgraph/ontology#Meeting> } LIMIT 3"
    csv = run("query", "--store", store, "--format", "csv", q).stdout
    assert csv.splitlines()[0] == "m" and len(csv.splitlines()) == 4
    tsv = run("query", "--store", store, "--format", "tsv", q).stdout
    assert tsv.splitlines()[0] == "?m"
    xml = run("query", "--store", store, "--format", "xml", q).stdout
    assert "http://www.w3.org/2005/sparql-results#" in xml
    table = run("query", "--store", store, q).stdout
    assert "3 rows" in table
    ask = run("query", "--store", store, "--format", "json", "ASK { ?s a ?t }").stdout
    assert json.loads(ask)["boolean"] is True
    ttl = run("query", "--store", store, "--format", "turtle", "CONSTRUCT { ?m a ?t } WHERE { ?m a ?t } LIMIT 5").stdout
    assert len(rdflib.Graph().parse(data=ttl, format="turtle")) == 5
    nt = run("query", "--store", store, "--format", "ntriples", "DESCRIBE ?m WHERE { ?m a <https://w3id.org/councilgraph/ontology#Meeting> } LIMIT 1").stdout
    assert len(rdflib.Graph().parse(data=nt, format="nt")) > 0


def test_query_from_file_and_stdin(bundled_store_dir, tmp_path):
    qfile = tmp_path / "q.rq"
    qfile.write_text("ASK { ?s ?p ?o }")
    assert "true" in run("query", "--store", str(bundled_store_dir), f"@{qfile}").stdout
    assert "true" in run("query", "--store", str(bundled_store_dir), "-", stdin="ASK { ?s ?p ?o }").stdout


def test_malformed_query_reports_position_and_exits_2(bundled_store_dir):
    proc = run("query", "--store", str(bundled_store_dir), "SELECT * WHERE {\n  ?s ?p }", ok=False)
    assert proc.returncode == 2
    assert "line 2, column" in proc.stderr


def test_query_on_missing_store_is_a_clear_error(tmp_path):
    proc = run("query", "--store", str(tmp_path / "nowhere"), "ASK {}", ok=False)
    assert proc.returncode == 3 and "no store at" in proc.stderr


def test_bad_files_are_reported_and_the_rest_loads(tmp_path):
    bad_pdf = tmp_path / "broken.pdf"
    bad_pdf.write_bytes(b"%PDF-1.4 this is not really a pdf")
    other = tmp_path / "notes.docx"
    other.write_bytes(b"PK\x03\x04")
    prose = tmp_path / "shopping.txt"
    prose.write_text("Eggs, milk and bread.\nRemember to call the plumber on Tuesday.\n")
    good = BUNDLED / sorted(p.name for p in BUNDLED.iterdir())[0]
    store = tmp_path / "store"
    proc = run("load", str(bad_pdf), str(other), str(prose), str(good), "--store", str(store), ok=False)
    assert proc.returncode == 1
    assert "broken.pdf" in proc.stderr and "not a readable PDF" in proc.stderr
    assert "notes.docx" in proc.stderr and "unsupported file type" in proc.stderr
    assert "shopping.txt" in proc.stderr and "not a committee paper" in proc.stderr
    docs = run("documents", "--store", str(store)).stdout
    assert good.name in docs and "2 graphs" in docs  # the document and the derived labels graph


def test_rdf_files_load_into_their_own_graph_and_bad_rdf_changes_nothing(bundled_store_copy, tmp_path):
    store = str(bundled_store_copy)
    ttl = tmp_path / "extra.ttl"
    ttl.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:c , ex:d .\n")
    run("load", str(ttl), "--store", store)
    graph = f"{config.DATA_BASE}graph/extra-ttl"
    assert graph in run("documents", "--store", store).stdout
    exported = run("export", "--store", store, "--format", "turtle", "--graph", graph).stdout
    assert len(rdflib.Graph().parse(data=exported, format="turtle")) == 2

    before = dump(bundled_store_copy)
    ttl.write_text("@prefix ex: <http://example.org/> .\nex:a ex:b ex:e .\nex:a ex:b .\n")  # malformed on line 3
    proc = run("load", str(ttl), "--store", store, ok=False)
    assert proc.returncode == 1 and "extra.ttl" in proc.stderr and "malformed" in proc.stderr
    assert dump(bundled_store_copy) == before


def test_export_formats_round_trip(bundled_store_dir, tmp_path):
    store = str(bundled_store_dir)
    nq = tmp_path / "all.nq"
    run("export", "--store", store, "--format", "nquads", "-o", str(nq))
    ds = rdflib.Dataset()
    ds.parse(nq, format="nquads")
    assert sum(len(g) for g in ds.graphs()) == count(bundled_store_dir)
    trig = run("export", "--store", store, "--format", "trig").stdout
    assert rdflib.Dataset().parse(data=trig, format="trig")
    jsonld = run("export", "--store", store, "--format", "jsonld").stdout
    assert json.loads(jsonld)


def test_documents_and_remove(bundled_store_copy):
    store = str(bundled_store_copy)
    listing = run("documents", "--store", store).stdout
    names = sorted(p.name for p in BUNDLED.iterdir())
    for name in names:
        assert name in listing
    total = count(bundled_store_copy)
    proc = run("remove", names[0], "--store", store)
    assert "removed" in proc.stdout
    after = run("documents", "--store", store).stdout
    assert names[0] not in after and names[1] in after
    assert count(bundled_store_copy) < total
    missing = run("remove", "no-such-document", "--store", store, ok=False)
    assert missing.returncode == 1 and "no loaded document" in missing.stderr


def test_validate_bundled_store_conforms(bundled_store_dir):
    proc = run("validate", "--store", str(bundled_store_dir), ok=False)
    assert proc.returncode == 0, proc.stdout[-4000:]
    assert "every graph and their union conform" in proc.stdout
