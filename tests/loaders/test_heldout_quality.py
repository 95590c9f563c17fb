"""Extraction quality on the blind held-out packs (issue #3).

``tests/loaders/heldout/*.txt`` are invented agenda packs of the bundled kind;
their gold (``heldout/gold``) was written and committed before the extractor was
run on them, so these scores estimate quality on unseen papers (the bundled gold
is an upper bound). Run with ``-s`` to see the table and every miss.

The bar test is ``xfail(strict=False)`` while the parsers do not meet it: it
documents the state without turning CI red, and reports XPASS once they do
(then drop the marker).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from councilgraph.loaders.document import read_source
from councilgraph.loaders.extract import extract_document
from councilgraph.loaders.quality import (
    combine,
    format_misses,
    format_table,
    load_gold,
    score_extraction,
)

from tests.loaders.evidence_checks import assert_quotes_verbatim

HELDOUT = Path(__file__).resolve().parent / "heldout"
GOLD = HELDOUT / "gold"
DOCUMENTS = sorted(HELDOUT.glob("*.txt"))
#: every held-out pack, the sealed ones included: evidence and gold-quote checks need no gold
#: scores, so they run on packs nobody tunes on (their scores are printed by
#: ``councilgraph report-extraction --heldout <folder> --heldout-only``, never asserted here)
ALL_FOLDERS = sorted(p for p in HELDOUT.parent.glob("heldout*") if (p / "gold").is_dir())
ALL_DOCUMENTS = sorted(d for folder in ALL_FOLDERS for d in folder.glob("heldout_*.txt"))

#: issue #3: minimum F1 per category, micro-averaged over the held-out packs
F1_BAR = {"present": 0.9, "apologies": 0.9, "chair": 0.9, "decisions": 0.9, "minute_items": 0.9,
          "people": 0.8, "organisations": 0.8, "contracts": 0.8}
#: issue #3: share of matched contracts whose provider / value / dates are right
CONTRACT_ATTRIBUTES = ("provider", "value", "annual_value", "max_value", "start", "end", "extension_start", "extension_end", "extension_value")
CONTRACT_ATTRIBUTE_BAR = 0.8
#: every entity of these kinds must say where it was read
WITH_EVIDENCE = ("Meeting", "Decision", "Contract", "Organisation", "Person")


@pytest.fixture(scope="module")
def extractions():
    return {d: extract_document(read_source(d)) for d in DOCUMENTS}


@pytest.fixture(scope="module")
def scores(extractions):
    return {d: score_extraction(ex.entities, load_gold(d, GOLD)) for d, ex in extractions.items()}


def test_two_heldout_packs_with_gold_for_every_barred_category():
    assert len(DOCUMENTS) >= 2
    for d in DOCUMENTS:
        gold = load_gold(d, GOLD)
        assert set(F1_BAR) <= set(gold), f"{d.name}: gold lacks {set(F1_BAR) - set(gold)}"
        assert len(read_source(d)) >= 300, f"{d.name}: too short to be a realistic pack"


@pytest.fixture(scope="module")
def all_extractions():
    return {d: extract_document(read_source(d)) for d in ALL_DOCUMENTS}


def test_gold_quotes_are_printed_on_their_lines():
    """The gold was written by hand: each item's verbatim quote must be on the line it names."""
    checked = 0
    for d in ALL_DOCUMENTS:
        source = read_source(d)
        for category, spec in load_gold(d, d.parent / "gold").items():
            for item in spec["items"]:
                assert item["quote"] in source.line(item["line"]), f"{d.name} {category} line {item['line']}: {item['quote']!r}"
                checked += 1
    assert checked > 250


def test_heldout_scores_meet_the_issue_bars(scores):
    """F1 and contract-attribute bars of issue #3 on the held-out packs (see the module docstring)."""
    for d, s in scores.items():
        print("\n" + format_table(s, title=f"== {d.name}"))
        print(format_misses(s, title=f"-- misses in {d.name}"))
    total = combine(scores.values())
    print("\n" + format_table(total, title="== held-out total (micro-averaged)"))
    failures = [f"{c} F1 {total[c].f1:.2f} < {bar}" for c, bar in F1_BAR.items() if total[c].f1 < bar]
    for field in CONTRACT_ATTRIBUTES:
        correct, compared = total["contracts"].attributes.get(field, [0, 0])
        if compared and correct / compared < CONTRACT_ATTRIBUTE_BAR:
            failures.append(f"contract {field} {correct}/{compared} < {CONTRACT_ATTRIBUTE_BAR}")
    assert not failures, "held-out bars not met: " + "; ".join(failures)


def test_every_quote_is_verbatim_in_the_source(all_extractions):
    assert len(all_extractions) >= 10
    assert assert_quotes_verbatim(all_extractions) > 1000


def test_every_meeting_decision_contract_organisation_person_has_evidence(all_extractions):
    for d, ex in all_extractions.items():
        assert not [w for w in ex.warnings if "not read" in w or "not run" in w or "not merged" in w], ex.warnings
        for schema in WITH_EVIDENCE:
            entities = list(ex.entities.of(schema))
            assert entities, f"{d.name}: no {schema} extracted"
            for e in entities:
                assert e.evidence, f"{d.name}: {schema} {e.key} has no evidence"


def test_report_extraction_command_prints_the_heldout_section(capsys):
    from councilgraph.cli import main

    assert main(["report-extraction", "--heldout", "--heldout-only", "--misses"]) == 0
    out = capsys.readouterr().out
    assert "HELD-OUT" in out
    for d in DOCUMENTS:
        assert f"== {d.name}" in out and f"-- misses in {d.name}" in out
    assert f"== total over {len(DOCUMENTS)} documents" in out
    assert "000_85e50b6c2a77ab48" not in out  # --heldout-only: no bundled table


def test_heldout_report_without_gold_says_so(tmp_path):
    from councilgraph.loaders.quality import report_heldout

    assert report_heldout(tmp_path) == f"no held-out gold folder {tmp_path / 'gold'}"
