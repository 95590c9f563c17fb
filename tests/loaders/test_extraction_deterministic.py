"""Extraction reads the same facts however often it runs: the helpers it remembers (pure
text functions under ``functools.lru_cache``, the per-document memo of
``parsers.paragraphs.PER_SOURCE``) never change what a document yields.

Compared through ``benchmarks/extraction_dump.py`` - every entity, statement, value and
evidence (lines and quote) of a document as sorted JSON - the record used to prove that the
speed-ups of extraction changed no fact."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from councilgraph.loaders.document import read_source
from councilgraph.loaders.extract import extract_document
from councilgraph.loaders.records import Entity, Evidence

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "benchmarks" / "extraction_dump.py"
BUNDLED = ROOT / "data" / "documents" / "000_85e50b6c2a77ab48.txt"
OTHER = ROOT / "tests" / "loaders" / "heldout" / "heldout_b.txt"


def _module():
    spec = importlib.util.spec_from_file_location("bench_extraction_dump", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


dump = _module()


def test_extracting_again_after_another_document_reads_the_same_facts():
    first = dump.dump_file(BUNDLED)
    dump.dump_file(OTHER)  # other lines and names through the same remembered helpers
    again = dump.dump_file(BUNDLED)
    assert again == first
    assert '"schema": "Organisation"' in first and '"schema": "Meeting"' in first


def test_the_dump_shows_every_statement_and_its_evidence():
    extraction = extract_document(read_source(BUNDLED))
    before = dump.dump_extraction(extraction)
    entity = next(e for e in extraction.entities if e.schema == "Organisation")
    line = next(iter(entity.properties["rdfs:label"][0].evidence)).start_line
    quote = extraction.source.line(line).strip()
    entity.add("skos:altLabel", "Another Printed Name", Evidence(extraction.source.document_id, line, line, quote))
    after = dump.dump_extraction(extraction)
    assert after != before and "Another Printed Name" in after and quote in after
    extraction.entities.put(Entity("Organisation", ("a-body-of-its-own",)))
    assert '"a-body-of-its-own"' in dump.dump_extraction(extraction)


def test_check_mode_compares_with_a_recorded_dump(tmp_path, capsys):
    assert dump.main(["--out", str(tmp_path), str(OTHER)]) == 0
    assert dump.main(["--check", str(tmp_path), str(OTHER)]) == 0
    assert "1 of 1 identical" in capsys.readouterr().out
    recorded = tmp_path / f"{OTHER.parent.name}__{OTHER.stem}.json"
    recorded.write_text(recorded.read_text(encoding="utf-8").replace('"Organisation"', '"Organization"', 1), encoding="utf-8")
    assert dump.main(["--check", str(tmp_path), str(OTHER)]) == 1
    assert "DIFFERENT" in capsys.readouterr().out
