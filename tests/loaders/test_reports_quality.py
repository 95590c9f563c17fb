"""Precision / recall / F1 of decisions, reports, contracts and organisations against the hand-checked gold."""

from __future__ import annotations

import pytest

from councilgraph.loaders import quality_reports  # noqa: F401  (registers the categories)
from councilgraph.loaders.quality import format_table, load_gold, score_extraction

from tests.loaders.reports_support import DOCS, GOLD, extracted

GOLD_STEMS = ["000_85e50b6c2a77ab48", "001_03b3e409ff055485"]
#: gold written after the parsers (a check, not a target): scored and printed, bars on precision only
LATE_GOLD = ["004_acb2a405277538a0"]
MINE = ("decisions", "reports", "contracts", "organisations")

#: category -> (minimum precision, minimum recall) on the hand-checked documents
BARS = {"decisions": (0.9, 0.9), "reports": (0.9, 0.9), "contracts": (0.8, 0.5), "organisations": (0.8, 0.5)}


@pytest.mark.parametrize("stem", GOLD_STEMS)
def test_scores_against_gold(stem):
    gold = {k: v for k, v in load_gold(DOCS / f"{stem}.txt", GOLD).items() if k in MINE}
    assert set(gold) == set(MINE)
    scores = score_extraction(extracted(stem).entities, gold)
    print()
    print(format_table(scores, title=stem))
    for category, (p, r) in BARS.items():
        s = scores[category]
        assert s.precision >= p and s.recall >= r, (category, s.precision, s.recall, s.missed, s.spurious)


def test_contract_attributes_of_matched_contracts():
    """Provider, value and dates correct for at least 0.8 of matched contracts (where the gold states them)."""
    right = total = 0
    for stem in GOLD_STEMS:
        gold = {"contracts": load_gold(DOCS / f"{stem}.txt", GOLD)["contracts"]}
        s = score_extraction(extracted(stem).entities, gold)["contracts"]
        for field in ("provider", "value", "annual_value", "max_value", "start", "end"):
            ok, n = s.attributes.get(field, [0, 0])
            right, total = right + ok, total + n
    assert total and right / total >= 0.8, (right, total)


@pytest.mark.parametrize("stem", LATE_GOLD)
def test_scores_against_late_gold(stem):
    gold = {k: v for k, v in load_gold(DOCS / f"{stem}.txt", GOLD).items() if k in MINE}
    scores = score_extraction(extracted(stem).entities, gold)
    print()
    print(format_table(scores, title=f"{stem} (gold written after the parsers)"))
    for category, s in scores.items():
        assert s.precision >= 0.8, (category, s.precision, s.spurious)
