"""Helpers for the reports engineer's tests: bundled documents extracted once per run."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from councilgraph.loaders.document import SourceText, normalise_ws, read_source
from councilgraph.loaders.extract import Extraction, extract_document

from councilgraph import config

DOCS = config.BUNDLED_DOCUMENTS
GOLD = Path(__file__).resolve().parent / "gold"
STEMS = ["000_85e50b6c2a77ab48", "001_03b3e409ff055485", "003_4b3e521f3552e908", "004_acb2a405277538a0"]


@lru_cache(maxsize=None)
def extracted(stem: str) -> Extraction:
    return extract_document(read_source(DOCS / f"{stem}.txt"))


def extract_text(text: str, name: str = "synthetic.txt") -> Extraction:
    return extract_document(SourceText(name.rsplit(".", 1)[0], name, text))


def quote_is_verbatim(source: SourceText, ev) -> bool:
    return normalise_ws(ev.quote) in normalise_ws(source.span(ev.start_line, ev.end_line))


# --- contracts in small invented fragments (tests/loaders/test_contract_*.py) ----------------

def decided_contracts(x: Extraction, number: str) -> list:
    """The contracts (not lots) a decision authorises."""
    from councilgraph.loaders.records import Ref

    return [c for c in x.entities.of("Contract")
            if Ref("Decision", (number,)) in c.values("cg:authorisedBy") and not c.values("cg:lotOf")]


def decided_contract(x: Extraction, number: str):
    """The one contract (not a lot) a decision authorises."""
    found = decided_contracts(x, number)
    assert len(found) == 1, [(c.key, c.values("dct:title")) for c in x.entities.of("Contract")]
    return found[0]


def provider_label(x: Extraction, contract) -> str | None:
    ref = contract.first("cg:provider")
    return None if ref is None else str(x.entities.get(ref).first("rdfs:label"))


def assert_contract_evidence_verbatim(x: Extraction) -> None:
    for e in x.entities.of("Contract"):
        for st in (s for values in e.properties.values() for s in values):
            for ev in st.evidence:
                assert quote_is_verbatim(x.source, ev), (e.key, ev)


#: the head of a report on decisions taken outside the meeting cycle (its body follows)
OUTSIDE_CYCLE_HEAD = (
    "\nFrom: Dan Watkins, Cabinet Member for Adult Social Care and Public Health\n\n"
    "To: Adult Social Care Cabinet Committee – 7 July 2023\n\n"
    "Subject: DECISIONS TAKEN OUTSIDE OF THE CABINET COMMITTEE MEETING CYCLE\n\n"
    "Classification: Unrestricted\n\n"
)
